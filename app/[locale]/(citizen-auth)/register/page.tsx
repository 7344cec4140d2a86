import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RegisterForm } from '@/components/citizens/register-form';
import { citizenMetadata } from '@/lib/citizens/page-metadata';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = citizenMetadata('registerTitle', '/register');

export default async function RegisterPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Citizen' });
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('registerTitle')}</h1>
      <p className="mt-4 mb-8 max-w-2xl">{t('registerLead')}</p>
      <RegisterForm
        locale={locale}
        labels={{
          email: t('email'),
          newCode: t('newCode'),
          codeRules: t('codeRules'),
          codeConfirm: t('codeConfirm'),
          submit: t('registerSubmit'),
          errorSummary: t('errorSummary'),
          sentTitle: t('registerSentTitle'),
          // Filled in on the client with the address just typed.
          sent: t('registerSent', { email: '{email}' }),
        }}
      />
      <p className="mt-8">
        {t('haveAccount')} <Link href="/sign-in">{t('signInTitle')}</Link>
      </p>
    </div>
  );
}
