import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BillCard } from '@/components/tax-bills/bill-card';
import { CalendarFeed } from '@/components/tax-bills/calendar-feed';
import { yearText, yearValue } from '@/components/tax-bills/labels';
import { DataTable } from '@/components/ui/data-table';
import { FilterForm } from '@/components/ui/filter-form';
import { SelectField } from '@/components/ui/select-field';
import { requireCitizenPage } from '@/lib/auth/principal';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { BILL_TAX_TYPES } from '@/lib/tax-bills/rules';
import { billFiltersSchema, filterInput } from '@/lib/tax-bills/schemas';
import { calendarFeedSince } from '@/lib/tax-bills/reminders';
import { billYears, listBills } from '@/lib/tax-bills/store';
import { timelineOf, yearlyTotals } from '@/lib/tax-bills/summary';

// Personal: rendered for each request, never cached or prerendered.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TaxPassbookPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const citizen = await requireCitizenPage(locale, '/me/tax');
  const t = await getTranslations({ locale, namespace: 'TaxBills' });
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams)) if (typeof v === 'string') search.set(k, v);
  const values = filterInput(search);
  const parsed = billFiltersSchema.safeParse(values);
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= t(`invalid.${issue.message}`);
  const [years, bills, feedSince] = await Promise.all([
    billYears(citizen.id),
    parsed.success ? listBills(citizen.id, parsed.data) : Promise.resolve([]),
    calendarFeedSince(citizen.id),
  ]);
  const n = (v: number) => formatNumber(v, locale);
  const totals = yearlyTotals(bills);
  const timeline = timelineOf(bills);
  const tr = t as unknown as (key: string, values?: Record<string, string | number>) => string;

  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl">{t('lead')}</p>
      <p className="mt-2 max-w-3xl text-muted">{t('synthetic')}</p>
      <p className="mt-2">
        <Link href="/me/tax/data">{t('dataLink')}</Link>
      </p>

      <FilterForm label={t('filtersLabel')} errorSummary={t('errorSummary')} errors={errors} submit={t('show')} className="max-w-3xl">
        <SelectField
          id="tax"
          name="tax"
          label={t('tax')}
          error={errors.tax}
          defaultValue={values.tax ?? ''}
          options={[{ value: '', label: t('allTaxes') }, ...BILL_TAX_TYPES.map((v) => ({ value: v, label: t(`taxNames.${v}`) }))]}
        />
        <SelectField
          id="year"
          name="year"
          label={t('year')}
          error={errors.year}
          defaultValue={values.year ?? ''}
          options={[{ value: '', label: t('allYears') }, ...years.map((y) => ({ value: String(y), label: t('yearOption', { year: yearValue(y, locale) }) }))]}
        />
      </FilterForm>

      {bills.length === 0 ? (
        <p className="mt-6">{t('none')}</p>
      ) : (
        <>
          <section className="mt-8" aria-labelledby="yearly-heading">
            <h2 id="yearly-heading" className="text-2xl font-bold">
              {t('yearlyHeading')}
            </h2>
            <DataTable label={t('yearlyLabel')} className="max-w-3xl" testId="tax-yearly">
              <thead>
                <tr>
                  <th scope="col">{t('yearCol')}</th>
                  <th scope="col" className="num">{t('billsCol')}</th>
                  <th scope="col" className="num">{t('chargedCol')}</th>
                  <th scope="col" className="num">{t('paidCol')}</th>
                  <th scope="col" className="num">{t('refundedCol')}</th>
                  <th scope="col" className="num">{t('dueCol')}</th>
                </tr>
              </thead>
              <tbody>
                {totals.map((row) => (
                  <tr key={row.year}>
                    <th scope="row">{yearText(row.year, locale)}</th>
                    <td className="num">{n(row.bills)}</td>
                    <td className="num">{n(row.charged)}</td>
                    <td className="num">{n(row.paid)}</td>
                    <td className="num">{n(row.refunded)}</td>
                    <td className="num font-semibold">{n(row.dueToday)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </section>

          <section className="mt-8" aria-label={t('title')}>
            {bills.map((bill) => (
              <BillCard key={bill.id} bill={bill} locale={locale} t={tr} />
            ))}
          </section>

          <section className="mt-8 max-w-3xl" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" className="text-2xl font-bold">
              {t('timelineHeading')}
            </h2>
            <ol className="mt-3 border-l-4 border-line pl-4" data-testid="tax-timeline">
              {timeline.map((item) => {
                const values = { tax: t(`taxNames.${item.bill.taxType}`), year: yearValue(item.bill.taxYear, locale), amount: n(item.amount) };
                return (
                  <li key={`${item.bill.id}-${item.kind}`} className="py-1">
                    <span className="font-semibold">{formatDate(item.date, locale)}</span>　
                    {item.kind === 'due' ? t('timelineDue', values) : item.kind === 'payment' ? t('timelinePayment', values) : t('timelineRefund', values)}
                    {item.kind === 'due' ? `（${t(`statuses.${item.bill.status}`)}）` : null}
                  </li>
                );
              })}
            </ol>
          </section>
        </>
      )}

      <section className="mt-8 max-w-3xl" aria-labelledby="reminders-heading">
        <h2 id="reminders-heading" className="text-2xl font-bold">
          {t('reminders.heading')}
        </h2>
        <p className="mt-2">{t('reminders.lead')}</p>
        {feedSince ? <p className="mt-2">{t('reminders.active', { date: formatDate(feedSince, locale) })}</p> : null}
        <CalendarFeed
          locale={locale}
          active={feedSince !== null}
          labels={{
            create: t('reminders.create'),
            renew: t('reminders.renew'),
            revoke: t('reminders.revoke'),
            urlLabel: t('reminders.urlLabel'),
            urlNote: t('reminders.urlNote'),
          }}
        />
      </section>
    </div>
  );
}

