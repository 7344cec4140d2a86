import { getTranslations } from 'next-intl/server';
import { ChangeCodeForm } from '@/components/citizens/change-code-form';
import { PasskeyAdd } from '@/components/citizens/passkey-add';
import { PasskeyRemove } from '@/components/citizens/passkey-remove';
import { listPasskeys } from '@/lib/citizens/passkeys';
import { formatDate } from '@/lib/i18n/format';
import { SignOutForm } from '@/components/ui/sign-out-form';
import { citizenSignOutAction } from '@/lib/citizens/actions';
import { requireCitizenPage } from '@/lib/auth/principal';
import { citizenMetadata } from '@/lib/citizens/page-metadata';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = citizenMetadata('securityTitle', '/me/security');

export default async function SecurityPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const citizen = await requireCitizenPage(locale, '/me/security');
  const t = await getTranslations({ locale, namespace: 'Citizen' });
  const passkeys = await listPasskeys(citizen.id);
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/me">{t('backToMe')}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t('securityTitle')}</h1>
      <h2 className="mt-8 mb-4 text-2xl font-bold">{t('changeCodeTitle')}</h2>
      <ChangeCodeForm
        locale={locale}
        labels={{
          currentCode: t('currentCode'),
          newCode: t('newCode'),
          codeRules: t('codeRules'),
          codeConfirm: t('codeConfirm'),
          submit: t('changeSubmit'),
          errorSummary: t('errorSummary'),
          note: t('changeNote'),
        }}
      />
      <h2 className="mt-10 mb-4 text-2xl font-bold">{t('passkeysTitle')}</h2>
      <p className="mb-4">{t('passkeysLead')}</p>
      {passkeys.length === 0 ? (
        <p className="mb-6 text-muted">{t('passkeyNone')}</p>
      ) : (
        <ul className="mb-6 space-y-4">
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line p-4">
              <div>
                <p className="font-semibold">{passkey.name}</p>
                <p className="text-muted">
                  {t('passkeyCreated', { date: formatDate(passkey.createdAt, locale) })}
                  {passkey.lastUsedAt ? ` · ${t('passkeyLastUsed', { date: formatDate(passkey.lastUsedAt, locale) })}` : ''}
                </p>
              </div>
              <PasskeyRemove locale={locale} id={passkey.id} label={t('passkeyRemove', { name: passkey.name })} />
            </li>
          ))}
        </ul>
      )}
      <PasskeyAdd
        labels={{
          name: t('passkeyName'),
          nameHint: t('passkeyNameHint'),
          nameRequired: t('passkeyNameRequired'),
          add: t('passkeyAdd'),
          added: t('passkeyAdded', { name: '{name}' }),
          failed: t('passkeyAddFailed'),
          unsupported: t('passkeyUnsupported'),
        }}
      />
      <h2 className="mt-10 mb-4 text-2xl font-bold">{t('signOut')}</h2>
      <SignOutForm signOut={citizenSignOutAction} locale={locale} label={t('signOut')} note={t('signOutNote')} />
    </div>
  );
}
