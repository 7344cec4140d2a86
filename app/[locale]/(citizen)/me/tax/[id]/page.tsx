import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BillCard } from '@/components/tax-bills/bill-card';
import { billTitle } from '@/components/tax-bills/labels';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { requireCitizenPage } from '@/lib/auth/principal';
import { queryFromValues } from '@/lib/calculators/form-values';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { PayNowButton } from '@/components/tax/pay-now-button';
import { lateFeeInputFor } from '@/lib/tax-bills/rules';
import { billIdSchema, payOnSchema } from '@/lib/tax-bills/schemas';
import { getBill, lateFeeDto } from '@/lib/tax-bills/store';

// Personal: rendered for each request, never cached or prerendered.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TaxBillPage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const citizen = await requireCitizenPage(locale, `/me/tax/${encodeURIComponent(id)}`);
  const parsedId = billIdSchema.safeParse(id);
  // A malformed id, someone else's bill and a missing one all look the same: not found.
  const bill = parsedId.success ? await getBill(citizen.id, parsedId.data) : null;
  if (!bill) notFound();
  const t = await getTranslations({ locale, namespace: 'TaxBills' });
  const tr = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const n = (v: number) => formatNumber(v, locale);
  const payable = bill.amountDue > 0;

  const rawPayOn = (await searchParams).payOn;
  const payOn = typeof rawPayOn === 'string' && rawPayOn !== '' ? rawPayOn : null;
  const payOnParsed = payOn === null ? null : payOnSchema.safeParse(payOn);
  const payOnError = payOnParsed && !payOnParsed.success ? t('invalid.pay_on') : undefined;
  const fee = payOnParsed?.success ? lateFeeDto(bill, payOnParsed.data) : null;
  const calculatorQuery = payOnParsed?.success
    ? queryFromValues(Object.fromEntries(Object.entries(lateFeeInputFor(bill, payOnParsed.data)).map(([k, v]) => [k, String(v)])))
    : null;

  return (
    <div>
      <p>
        <Link href="/me/tax">{t('back')}</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold">{billTitle(bill, tr, locale)}</h1>
      <p className="mt-2 text-muted">{t('synthetic')}</p>
      <BillCard bill={bill} locale={locale} t={tr} links={false} headingLevel={2} />
      {payable ? (
        <>
          <div className="mt-4 flex flex-wrap items-start gap-3">
            <PayNowButton locale={locale} billId={bill.id} amountDue={bill.amountDue} />
            <Link href={`/me/tax/${bill.id}/slip`} className="btn-secondary">
              {t('printSlip')}
            </Link>
          </div>
          <section className="mt-8 max-w-3xl" aria-labelledby="pay-on-heading">
            <h2 id="pay-on-heading" className="text-2xl font-bold">
              {t('payOnHeading')}
            </h2>
            <p className="mt-2">{t('payOnLead')}</p>
            <form method="get" className="mt-3 max-w-sm">
              <ErrorSummary title={t('errorSummary')} errors={payOnError ? [{ field: 'payOn', message: payOnError }] : []} />
              <TextField id="payOn" type="date" label={t('payOn')} error={payOnError} defaultValue={payOn ?? ''} />
              <button type="submit" className="btn">
                {t('payOnSubmit')}
              </button>
            </form>
            {payOnParsed?.success ? (
              <div className="mt-4" aria-live="polite" data-testid="pay-on-result">
                {fee === null ? (
                  <p>{t('payOnUnknown')}</p>
                ) : fee.daysLate === 0 ? (
                  <p className="font-semibold">{t('payOnOnTime', { date: formatDate(fee.paidOn, locale), total: n(fee.total) })}</p>
                ) : (
                  <p className="font-semibold">
                    {t('payOnResult', { date: formatDate(fee.paidOn, locale), principal: n(bill.principal), surcharge: n(fee.surcharge), interest: n(fee.interest), total: n(fee.total) })}
                  </p>
                )}
                {calculatorQuery ? (
                  <p className="mt-2">
                    <Link href={`/calculators/late-fee?${calculatorQuery}`}>{t('calculatorLink')}</Link>
                  </p>
                ) : null}
              </div>
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  );
}
