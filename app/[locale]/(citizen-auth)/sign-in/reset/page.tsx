import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ResetRequestForm } from '@/components/citizens/reset-request-form';
import { citizenMetadata } from '@/lib/citizens/page-metadata';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = citizenMetadata('resetTitle', '/sign-in/reset');

export default async function ResetRequestPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Citizen' });
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('resetTitle')}</h1>
      <p className="mt-4 mb-8 max-w-2xl">{t('resetLead')}</p>
      <ResetRequestForm
        locale={locale}
        labels={{
          email: t('email'),
          submit: t('resetSubmit'),
          errorSummary: t('errorSummary'),
          sentTitle: t('resetSentTitle'),
          sent: t('resetSent', { email: '{email}' }),
        }}
      />
    </div>
  );
}
