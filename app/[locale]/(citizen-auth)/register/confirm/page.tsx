import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ConfirmForm } from '@/components/citizens/confirm-form';
import { TokenProblem } from '@/components/citizens/token-problem';
import { peekLinkToken } from '@/lib/citizens/links';
import { citizenMetadata } from '@/lib/citizens/page-metadata';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

export const generateMetadata = citizenMetadata('confirmTitle', '/register/confirm');

/** Where the confirmation e-mail's link lands. Opening it changes nothing; the button does. */
export default async function ConfirmPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Citizen' });
  const problem = await peekLinkToken(token, 'confirm-email');
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t('confirmTitle')}</h1>
      {problem ? (
        <TokenProblem message={t(problem)} action={{ href: '/register', label: t('registerTitle') }} />
      ) : (
        <>
          <p className="mt-4 mb-8">{t('confirmLead')}</p>
          <ConfirmForm
            locale={locale}
            token={token!}
            labels={{
              submit: t('confirmSubmit'),
              errorSummary: t('errorSummary'),
              doneTitle: t('confirmedTitle'),
              done: t('confirmedBody', { barcode: '{barcode}' }),
              signIn: t('signInNow'),
            }}
          />
        </>
      )}
    </div>
  );
}
