import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { SelectField } from '@/components/ui/select-field';
import { requireCitizenPage } from '@/lib/auth/principal';
import { queryFromValues } from '@/lib/calculators/form-values';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { yearValue } from '@/components/tax-bills/labels';
import { rocYearOf } from '@/lib/taiwan';
import { incomeTaxFormValues } from '@/lib/tax-bills/income';
import { dataYearSchema } from '@/lib/tax-bills/schemas';
import { getTaxData, taxDataYears } from '@/lib/tax-bills/tax-data';

// Personal: rendered for each request, never cached or prerendered.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TaxDataPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const citizen = await requireCitizenPage(locale, '/me/tax/data');
  const t = await getTranslations({ locale, namespace: 'TaxBills' });
  const years = await taxDataYears(citizen.id);
  const asked = dataYearSchema.safeParse((await searchParams).year);
  const year = asked.success && years.includes(asked.data) ? asked.data : years[0];
  const n = (v: number) => formatNumber(v, locale);
  const data = year === undefined ? null : await getTaxData(citizen.id, year);
  const yearLabel = (y: number) => (locale === 'en' ? String(y) : `${rocYearOf(y)}年度`);
  const sum = (key: 'amount' | 'withheld') => data?.income.reduce((acc, r) => acc + r[key], 0) ?? 0;
  const prefill = data && year !== undefined ? queryFromValues(incomeTaxFormValues(data.income, rocYearOf(year))) : null;
  const incomeTypes = t.raw('data.incomeTypes') as Record<string, string>;

  return (
    <div>
      <p>
        <Link href="/me/tax">{t('back')}</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold">{t('data.title')}</h1>
      <p className="mt-2 text-muted">{t('synthetic')}</p>
      {!data || year === undefined ? (
        <p className="mt-6">{t('data.none')}</p>
      ) : (
        <>
          <p className="mt-3 max-w-3xl">{t('data.lead', { year: yearValue(year, locale) })}</p>
          <form method="get" className="mt-4 flex max-w-md items-end gap-4">
            <SelectField id="year" name="year" label={t('data.yearSelect')} defaultValue={String(year)} options={years.map((y) => ({ value: String(y), label: yearLabel(y) }))} />
            <button type="submit" className="btn mb-5">
              {t('show')}
            </button>
          </form>

          <section className="mt-6" aria-labelledby="income-heading">
            <h2 id="income-heading" className="text-2xl font-bold">
              {t('data.incomeHeading')}
            </h2>
            <DataTable label={t('data.incomeLabel', { year: yearValue(year, locale) })} testId="tax-income">
              <thead>
                <tr>
                  <th scope="col">{t('data.payer')}</th>
                  <th scope="col">{t('data.payerBan')}</th>
                  <th scope="col">{t('data.incomeType')}</th>
                  <th scope="col" className="num">{t('data.amount')}</th>
                  <th scope="col" className="num">{t('data.withheld')}</th>
                </tr>
              </thead>
              <tbody>
                {data.income.map((r, i) => (
                  <tr key={i}>
                    <th scope="row" className="cell-prose font-normal">{r.payerName}</th>
                    <td className="font-mono">{r.payerBan}</td>
                    <td>{incomeTypes[r.code] ?? r.code}</td>
                    <td className="num">{n(r.amount)}</td>
                    <td className="num">{n(r.withheld)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>{t('data.total')}</th>
                  <td className="num font-semibold">{n(sum('amount'))}</td>
                  <td className="num font-semibold">{n(sum('withheld'))}</td>
                </tr>
              </tfoot>
            </DataTable>
            {prefill ? (
              <p className="mt-4">
                <Link href={`/calculators/income-tax?${prefill}`} className="btn" data-testid="income-tax-prefill">
                  {t('data.prefill')}
                </Link>
                <span className="mt-2 block text-muted">{t('data.prefillHint')}</span>
              </p>
            ) : null}
          </section>

          <section className="mt-8" aria-labelledby="property-heading">
            <h2 id="property-heading" className="text-2xl font-bold">
              {t('data.propertyHeading')}
            </h2>
            <DataTable label={t('data.propertyLabel')} testId="tax-properties">
              <thead>
                <tr>
                  <th scope="col">{t('data.kind')}</th>
                  <th scope="col">{t('data.description')}</th>
                  <th scope="col">{t('data.measure')}</th>
                  <th scope="col" className="num">{t('data.value')}</th>
                  <th scope="col">{t('data.acquiredOn')}</th>
                </tr>
              </thead>
              <tbody>
                {data.properties.map((p, i) => (
                  <tr key={i}>
                    <th scope="row">{t(`data.kinds.${p.kind}`)}</th>
                    <td className="cell-prose">{locale === 'en' ? p.descriptionEn : p.description}</td>
                    <td className="nowrap">{p.measure}</td>
                    <td className="num">{p.kind === 'vehicle' ? '—' : n(p.value)}</td>
                    <td className="nowrap">{formatDate(p.acquiredOn, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </section>

          <section className="mt-8" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading" className="text-2xl font-bold">
              {t('data.downloads')}
            </h2>
            <ul className="mt-2 list-disc pl-6">
              <li>
                <a href={`/api/v1/me/tax/data?year=${year}&format=csv`} download>
                  {t('data.csv')}
                </a>
              </li>
              <li>
                <a href={`/api/v1/me/tax/data?year=${year}&format=json`} download>
                  {t('data.json')}
                </a>
              </li>
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
