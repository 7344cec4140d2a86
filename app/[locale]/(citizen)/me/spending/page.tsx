import { getTranslations } from 'next-intl/server';
import { SpendingChart } from '@/components/spending/spending-chart';
import { CategoryTable, MerchantTable, MonthTable, type TableLabels } from '@/components/spending/spending-tables';
import { SelectField } from '@/components/ui/select-field';
import { requireCitizenPage } from '@/lib/auth/principal';
import { citizenMetadata } from '@/lib/citizens/page-metadata';
import { now } from '@/lib/clock';
import { formatMonth, formatNumber, todayInTaipei } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { TOP_MERCHANTS } from '@/lib/spending/aggregate';
import type { SpendingDto } from '@/lib/spending/dto';
import { monthOptions } from '@/lib/spending/range';
import { queryInput, spendingQuerySchema, type SpendingView } from '@/lib/spending/schemas';
import { getSpending } from '@/lib/spending/store';
import { COUNTIES } from '@/lib/stats/geography';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = citizenMetadata('spendingTitle', '/me/spending');

function csvHref(dto: SpendingDto, view: SpendingView, locale: Locale, county: string | undefined): string {
  const q = new URLSearchParams({ from: dto.range.from, to: dto.range.to, view, lang: locale, ...(county ? { county } : {}) });
  return `/api/v1/me/spending.csv?${q}`;
}

export default async function SpendingPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  const citizen = await requireCitizenPage(locale, '/me/spending');
  const t = await getTranslations({ locale, namespace: 'Spending' });
  const tc = await getTranslations({ locale, namespace: 'Citizen' });
  const parsed = spendingQuerySchema.safeParse(queryInput(await searchParams));
  const query = parsed.success ? parsed.data : {};
  const dto = await getSpending(citizen.id, query);
  const month = (m: string) => formatMonth(m, locale);
  const money = (v: number | null, decimals = 0) => (v === null ? '—' : formatNumber(v, locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }));
  const span = (from: string, to: string) => (from === to ? month(from) : t('span', { from: month(from), to: month(to) }));
  const range = { months: span(dto.range.from, dto.range.to) };
  const options = monthOptions(todayInTaipei(now())).map((m) => ({ value: m, label: month(m) }));
  const named = (c: { name: string; nameEn: string }) => (locale === 'en' ? c.nameEn : c.name);
  const cmp = dto.comparison;
  const labels = (caption: string): TableLabels => ({
    caption: t('tableCaption', { title: caption, ...range }),
    month: t('month'),
    category: t('category'),
    merchant: t('merchant'),
    ban: t('ban'),
    invoices: t('invoices'),
    amount: t('amount'),
    mean: t('mean'),
    share: t('share'),
    others: t('others', { count: dto.otherMerchants?.merchants ?? 0 }),
    total: t('total'),
  });
  const sections: { view: SpendingView; title: string; rows: { key: string; label: string; value: number }[] }[] = [
    { view: 'month', title: t('byMonth'), rows: dto.byMonth.map((m) => ({ key: m.month, label: formatMonth(m.month, locale, 'short'), value: m.amount })) },
    { view: 'category', title: t('byCategory'), rows: dto.byCategory.map((c) => ({ key: c.key, label: named(c), value: c.amount })) },
    { view: 'merchant', title: t('byMerchant'), rows: dto.byMerchant.map((m) => ({ key: `${m.ban}-${m.name}`, label: m.name, value: m.amount })) },
  ];

  return (
    <div className="max-w-5xl">
      <p>
        <Link href="/me">{tc('backToMe')}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('lead')}</p>
      <p role="note" className="mt-3 max-w-3xl border-l-8 border-danger bg-[#fdf3f2] px-4 py-2">
        {t('synthetic')}
      </p>

      <form method="get" className="mt-6 rounded-md border-2 border-line p-4" aria-labelledby="spending-form-heading">
        <h2 id="spending-form-heading" className="text-xl font-bold">
          {t('formHeading')}
        </h2>
        {parsed.success ? null : (
          <p id="range-error" role="alert" className="field-error mt-2">
            {t('rangeError')}
          </p>
        )}
        <div className="mt-3 flex flex-wrap items-end gap-x-6">
          <SelectField id="from" name="from" label={t('from')} className="w-auto" defaultValue={dto.range.from} options={options} />
          <SelectField id="to" name="to" label={t('to')} className="w-auto" defaultValue={dto.range.to} options={options} />
          <SelectField
            id="county"
            name="county"
            label={t('county')}
            className="w-auto"
            defaultValue={query.county ?? ''}
            options={[{ value: '', label: t('countyAuto') }, ...COUNTIES.map((c) => ({ value: c.code, label: named(c) }))]}
          />
          <div className="mb-5">
            <button type="submit" className="btn">
              {t('show')}
            </button>
          </div>
        </div>
      </form>

      <p className="mt-6 text-lg" data-testid="spending-summary">
        {dto.total.invoices > 0
          ? t('summary', { ...range, invoices: money(dto.total.invoices), amount: money(dto.total.amount), mean: money(dto.total.mean, 1) })
          : t('noInvoices', range)}
      </p>

      {cmp ? (
        <section aria-labelledby="compare-heading" className="mt-6 rounded-md border-2 border-brand-700 bg-brand-50 p-4" data-testid="spending-compare">
          <h2 id="compare-heading" className="text-2xl font-bold">
            {t('compareHeading')}
          </h2>
          <p className="mt-2">{t('compareWhat', { county: named(cmp.county) })}</p>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-lg">
            <dt className="font-semibold">{t('mine')}</dt>
            <dd className="tabular-nums">{dto.total.mean === null ? '—' : t('money', { amount: money(dto.total.mean, 1) })}</dd>
            <dt className="font-semibold">{t('theirs', { county: named(cmp.county) })}</dt>
            <dd className="tabular-nums">{cmp.mean === null ? '—' : t('money', { amount: money(cmp.mean, 1) })}</dd>
          </dl>
          <p className="mt-3">
            {cmp.months
              ? t(cmp.basis === 'latest' ? 'basisLatest' : 'basisSame', { county: named(cmp.county), months: span(cmp.months.from, cmp.months.to), to: month(cmp.months.to) })
              : t('basisNone', { county: named(cmp.county) })}
          </p>
          <p className="mt-2">{t(cmp.county.how === 'chosen' ? 'countyHowChosen' : 'countyHowAuto', { county: named(cmp.county) })}</p>
          <p className="mt-2">
            <a href={`${locale === 'en' ? '/en' : ''}/data/einvoice-county-monthly`}>{t('compareSource')}</a>
          </p>
        </section>
      ) : null}

      {sections.map((s) => (
        <section key={s.view} aria-labelledby={`${s.view}-heading`} className="mt-10">
          <h2 id={`${s.view}-heading`} className="text-2xl font-bold">
            {s.title}
          </h2>
          {s.view === 'merchant' ? <p className="mt-1 text-muted">{t('merchantNote', { count: TOP_MERCHANTS })}</p> : null}
          {s.rows.length > 0 ? (
            <SpendingChart locale={locale} label={t('chartLabel', { title: s.title, ...range })} seriesName={t('amount')} rows={s.rows} testId={`spending-chart-${s.view}`} />
          ) : null}
          {s.view === 'month' ? <MonthTable dto={dto} locale={locale} l={labels(s.title)} /> : null}
          {s.view === 'category' ? <CategoryTable dto={dto} locale={locale} l={labels(s.title)} /> : null}
          {s.view === 'merchant' ? <MerchantTable dto={dto} locale={locale} l={labels(s.title)} /> : null}
          <p className="mt-3">
            <a href={csvHref(dto, s.view, locale, query.county)} download>
              {t('downloadCsv', { title: s.title })}
            </a>
          </p>
        </section>
      ))}

      <p className="mt-10">
        <Link href="/me/data">{t('myDataLink')}</Link>
      </p>
    </div>
  );
}
