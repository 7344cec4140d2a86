import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { FilterForm } from '@/components/ui/filter-form';
import { LinkRegion } from '@/components/ui/link-region';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { requireCitizenPage } from '@/lib/auth/principal';
import { now } from '@/lib/clock';
import { formatDate, formatNumber, todayInTaipei } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { textOnce } from '@/lib/i18n/text-once';
import { localizedHref, type Locale } from '@/lib/i18n/routing';
import type { InvoiceSummaryDto } from '@/lib/invoices/dto';
import { carrierLabel, printedNumber } from '@/lib/invoices/labels';
import { invoiceListQuerySchema, queryInput } from '@/lib/invoices/schemas';
import { listInvoices, ownCarrierOptions } from '@/lib/invoices/store';
import { apiTerm, periodLabel, periodOfDate, previousPeriod, type Period } from '@/lib/lottery/period';

// Personal: rendered for each request, never cached or prerendered.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTERS = ['period', 'carrierId', 'seller', 'q', 'minAmount', 'maxAmount', 'from', 'to'] as const;
const MORE_FILTERS = ['seller', 'q', 'minAmount', 'maxAmount', 'from', 'to'] as const;
/**
 * Rows per page (a `limit` in the address still chooses, as in the API, up to 100). Each row is
 * rendered twice, as HTML and again in the page's inline RSC payload, and the rows were most of
 * the page's CPU and bytes at 50 (issue 12's profile); 25 is a screenful or two on a phone, and
 * the next page is one link away with the filters kept.
 */
const PAGE_ROWS = 25;

export default async function MyInvoicesPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const citizen = await requireCitizenPage(locale, '/me/invoices');
  const t = await getTranslations({ locale, namespace: 'MyInvoices' });
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams)) if (typeof v === 'string') search.set(k, v);
  const values = queryInput(search);

  // The periods a citizen can look at here: today's and the five before it (about a year).
  const periods: Period[] = [periodOfDate(todayInTaipei(now()))];
  while (periods.length < 6) periods.push(previousPeriod(periods.at(-1)!));
  const parsed = invoiceListQuerySchema.safeParse({ period: apiTerm(periods[0]!), limit: PAGE_ROWS, ...values });
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'period');
      errors[field] ??= t(`invalid.${(FILTERS as readonly string[]).includes(field) ? field : 'period'}`);
    }
  }
  const [carriers, listed] = await Promise.all([
    ownCarrierOptions(citizen.id),
    parsed.success ? listInvoices(citizen.id, parsed.data) : Promise.resolve(null),
  ]);
  // A carrier id that is not one of the citizen's own (someone else's, or gone): said by the
  // field, as the API's 404 says it, rather than an empty list that looks like "no invoices".
  const carrierId = parsed.success ? parsed.data.carrierId : undefined;
  const page = carrierId !== undefined && !carriers.some((c) => c.id === carrierId) ? null : listed;
  if (listed && !page) errors.carrierId = t('invalid.carrierId');
  const selected = parsed.success ? parsed.data.period : periods[0]!;
  const winners = page?.invoices.filter((inv) => inv.prize).length ?? 0;
  const text = rowTexts(locale, t);
  const nextHref = page?.nextCursor ? `/me/invoices?${new URLSearchParams({ ...values, cursor: page.nextCursor })}` : null;

  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl">{t('lead')}</p>
      <p className="mt-2 max-w-3xl text-muted">{t('synthetic')}</p>

      <FilterForm label={t('filtersLabel')} errorSummary={t('errorSummary')} errors={errors} submit={t('show')}>
        <SelectField
          id="period"
          name="period"
          label={t('period')}
          error={errors.period}
          defaultValue={apiTerm(selected)}
          options={periods.map((p) => ({ value: apiTerm(p), label: periodLabel(p, locale) }))}
        />
        <SelectField
          id="carrierId"
          name="carrierId"
          label={t('carrier')}
          error={errors.carrierId}
          defaultValue={values.carrierId ?? ''}
          options={[{ value: '', label: t('allCarriers') }, ...carriers.map((c) => ({ value: String(c.id), label: carrierLabel(c, locale) }))]}
        />
        {/* The period and the carrier answer most visits; the rest stays folded so the list is near the top on a phone. */}
        <details className="sm:col-span-2" open={MORE_FILTERS.some((f) => values[f] || errors[f])}>
          <summary className="cursor-pointer py-2 font-semibold">{t('moreFilters')}</summary>
          <div className="grid gap-x-6 sm:grid-cols-2">
            <TextField id="seller" label={t('seller')} hint={t('sellerHint')} error={errors.seller} defaultValue={values.seller ?? ''} autoComplete="off" />
            <TextField id="q" label={t('search')} hint={t('searchHint')} error={errors.q} defaultValue={values.q ?? ''} autoComplete="off" />
            <TextField id="minAmount" label={t('minAmount')} error={errors.minAmount} defaultValue={values.minAmount ?? ''} inputMode="numeric" autoComplete="off" />
            <TextField id="maxAmount" label={t('maxAmount')} error={errors.maxAmount} defaultValue={values.maxAmount ?? ''} inputMode="numeric" autoComplete="off" />
            <TextField id="from" type="date" label={t('from')} error={errors.from} defaultValue={values.from ?? ''} />
            <TextField id="to" type="date" label={t('to')} error={errors.to} defaultValue={values.to ?? ''} />
          </div>
        </details>
      </FilterForm>

      {page ? (
        <section className="mt-8" aria-labelledby="results-heading">
          <h2 id="results-heading" className="text-2xl font-bold">
            {t('results', { period: periodLabel(selected, locale), count: page.invoices.length })}
          </h2>
          {winners > 0 ? <p className="mt-3 font-bold">{t('winners', { count: winners })}</p> : null}
          {page.invoices.length === 0 ? (
            <p className="mt-3">{t('none')}</p>
          ) : (
            <LinkRegion>
              {/* Column looks (monospace numbers, right-aligned amounts, no wrapping) come from the
                  table's class by position (app/globals.css .invoice-table), not a class on every cell. */}
              <DataTable label={t('tableLabel', { period: periodLabel(selected, locale) })} testId="my-invoices" className="invoice-table">
                <thead>
                  <tr>
                    <th scope="col">{t('number')}</th>
                    <th scope="col">{t('result')}</th>
                    <th scope="col" className="num">
                      {t('amount')}
                    </th>
                    <th scope="col">{t('date')}</th>
                    <th scope="col">{t('sellerColumn')}</th>
                    <th scope="col">{t('carrier')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.invoices.map((inv) => (
                    <tr key={inv.number}>
                      <th scope="row">
                        {/* A plain link: LinkRegion navigates on the client for the whole table. */}
                        <a href={localizedHref(locale, `/me/invoices/${inv.number}`)}>{printedNumber(inv.number)}</a>
                      </th>
                      {/* A win is marked up (strong), not styled by a class: an unset className is still sent in the payload. */}
                      <td>{inv.prize ? <strong>{text.result(inv)}</strong> : text.result(inv)}</td>
                      <td>{formatNumber(inv.amount, locale)}</td>
                      <td>{text.date(inv.issuedAt.slice(0, 10))}</td>
                      <td>{inv.seller.name}</td>
                      <td>{text.carrier(inv.carrier)}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </LinkRegion>
          )}
          {nextHref ? (
            <p className="mt-4">
              <Link href={nextHref}>{t('nextPage')}</Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<'MyInvoices'>>>;

/** What the draw means for this invoice, in words. */
function resultText(inv: InvoiceSummaryDto, locale: Locale, t: T): string {
  if (inv.prize) return t('won', { prize: locale === 'en' ? inv.prize.nameEn : inv.prize.name, amount: formatNumber(inv.prize.amount, locale) });
  if (inv.draw.state === 'not_drawn') return t('notDrawn', { date: formatDate(inv.draw.drawDate, locale) });
  if (inv.draw.state === 'awaiting_numbers') return t('awaiting');
  return t('noPrize');
}

/**
 * The row texts that repeat down the table, each worded once per request: a page of one period
 * has one draw, a handful of carriers and dates, and few prizes; worded per row, through ICU
 * messages and Intl, formatting was about 1.5 ms of the page's 17 ms of CPU (issue 12's profile).
 */
function rowTexts(locale: Locale, t: T) {
  const result = textOnce((inv: InvoiceSummaryDto) => resultText(inv, locale, t));
  const date = textOnce((day: string) => formatDate(day, locale));
  const carrier = textOnce((c: InvoiceSummaryDto['carrier']) => carrierLabel(c, locale));
  return {
    // What resultText reads: the prize, and the draw's state and date.
    result: (inv: InvoiceSummaryDto) => result(`${inv.prize?.key ?? ''}|${inv.draw.state}|${inv.draw.drawDate}`, inv),
    date: (day: string) => date(day, day),
    carrier: (c: InvoiceSummaryDto['carrier']) => carrier(`${c.typeCode}|${c.number}`, c),
  };
}

