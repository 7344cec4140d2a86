import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ResetForm } from '@/components/citizens/reset-form';
import { TokenProblem } from '@/components/citizens/token-problem';
import { peekLinkToken } from '@/lib/citizens/links';
import { citizenMetadata } from '@/lib/citizens/page-metadata';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

export const generateMetadata = citizenMetadata('newCodeTitle', '/sign-in/reset/new');

/** Where the reset e-mail's link lands: choose a new code (the form uses the link once). */
export default async function NewCodePage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Citizen' });
  const problem = await peekLinkToken(token, 'reset-code');
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t('newCodeTitle')}</h1>
      {problem ? (
        <TokenProblem message={t(problem)} action={{ href: '/sign-in/reset', label: t('resetTitle') }} />
      ) : (
        <>
          <p className="mt-4 mb-8">{t('newCodeLead')}</p>
          <ResetForm
            locale={locale}
            token={token!}
            labels={{
              newCode: t('newCode'),
              codeRules: t('codeRules'),
              codeConfirm: t('codeConfirm'),
              submit: t('newCodeSubmit'),
              errorSummary: t('errorSummary'),
            }}
          />
        </>
      )}
    </div>
  );
}
