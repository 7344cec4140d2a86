import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PasskeySignIn } from '@/components/citizens/passkey-sign-in';
import { CitizenSignInForm } from '@/components/citizens/sign-in-form';
import { SIGN_IN_UNAVAILABLE_CODE } from '@/lib/auth/unavailable-code';
import { citizenMetadata } from '@/lib/citizens/page-metadata';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; code?: string; notice?: string }> };

export const generateMetadata = citizenMetadata('signInTitle', '/sign-in');

/** Notices a redirect brings here (?notice=…), after sign-out, a code change or a reset. */
const NOTICES: Record<string, string> = {
  'signed-out': 'signedOutNotice',
  'code-changed': 'codeChangedNotice',
  reset: 'resetDoneNotice',
  'deletion-requested': 'deletionRequestedNotice',
};

export default async function CitizenSignInPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { next, code, notice } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Citizen' });
  const noticeKey = typeof notice === 'string' ? NOTICES[notice] : undefined;
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('signInTitle')}</h1>
      <p className="mt-4 mb-8 max-w-2xl">{t('signInLead')}</p>
      <CitizenSignInForm
        locale={locale}
        next={typeof next === 'string' ? next : undefined}
        // A sign-in posted straight to Auth.js while the database is down comes back here with this code.
        notice={code === SIGN_IN_UNAVAILABLE_CODE ? t('signInUnavailable') : noticeKey ? t(noticeKey) : undefined}
        labels={{
          barcode: t('barcode'),
          barcodeHint: t('barcodeHint'),
          code: t('code'),
          submit: t('submit'),
          errorSummary: t('errorSummary'),
          sessionNote: t('sessionNote'),
        }}
      />
      <PasskeySignIn
        locale={locale}
        next={typeof next === 'string' ? next : undefined}
        labels={{ signIn: t('passkeySignIn'), failed: t('passkeySignInFailed'), or: t('passkeyOr') }}
      />
      <ul className="mt-8 space-y-2">
        <li>
          {t('noAccount')} <Link href="/register">{t('registerLink')}</Link>
        </li>
        <li>
          <Link href="/sign-in/reset">{t('forgotLink')}</Link>
        </li>
        <li>
          <Link href="/staff/sign-in">{t('staffLink')}</Link>
        </li>
      </ul>
    </div>
  );
}
