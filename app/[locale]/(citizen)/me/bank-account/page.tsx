import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BankAccountForm } from '@/components/citizen/bank-account-form';
import { requireCitizenPage } from '@/lib/auth/principal';
import { getBankAccount } from '@/lib/bank-account/store';
import { formatDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'BankAccount' });
  return { title: t('title'), robots: { index: false } };
}

export default async function BankAccountPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const citizen = await requireCitizenPage(locale, '/me/bank-account');
  const t = await getTranslations({ locale, namespace: 'BankAccount' });
  const account = await getBankAccount(citizen.id);
  const keys = ['bankCode', 'bankCodeHint', 'accountNumber', 'accountNumberHint', 'verificationCode', 'verificationCodeHint', 'submit', 'errorSummary'] as const;
  const labels = Object.fromEntries(keys.map((k) => [k, t(k)])) as Record<(typeof keys)[number], string>;
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 max-w-3xl">{t('lead')}</p>

      <section aria-labelledby="current-heading" className="mt-8">
        <h2 id="current-heading" className="text-2xl font-bold">
          {t('current')}
        </h2>
        {account ? (
          <>
            <dl className="mt-3 grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-2">
              <dt className="font-semibold">{t('bankCodeLabel')}</dt>
              <dd className="font-mono text-lg">{account.bankCode}</dd>
              <dt className="font-semibold">{t('accountLabel')}</dt>
              <dd className="font-mono text-lg">{account.accountNumberMasked}</dd>
              <dt className="font-semibold">{t('updatedLabel')}</dt>
              <dd>{formatDate(account.updatedAt, locale)}</dd>
            </dl>
            <p className="mt-2 text-muted">{t('maskedNote')}</p>
          </>
        ) : (
          <p className="mt-3">{t('none')}</p>
        )}
      </section>

      <section aria-labelledby="form-heading" className="mt-10">
        <h2 id="form-heading" className="mb-4 text-2xl font-bold">
          {t(account ? 'formHeadingChange' : 'formHeadingNew')}
        </h2>
        <BankAccountForm locale={locale} labels={labels} />
      </section>
    </div>
  );
}
