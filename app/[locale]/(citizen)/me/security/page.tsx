import { getTranslations } from 'next-intl/server';
import { ChangeCodeForm } from '@/components/citizens/change-code-form';
import { CitizenSignOutForm } from '@/components/citizens/sign-out-form';
import { requireCitizenPage } from '@/lib/auth/principal';
import { citizenMetadata } from '@/lib/citizens/page-metadata';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = citizenMetadata('securityTitle', '/me/security');

export default async function SecurityPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  await requireCitizenPage(locale, '/me/security');
  const t = await getTranslations({ locale, namespace: 'Citizen' });
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
      <h2 className="mt-10 mb-4 text-2xl font-bold">{t('signOut')}</h2>
      <CitizenSignOutForm locale={locale} label={t('signOut')} note={t('signOutNote')} />
    </div>
  );
}
