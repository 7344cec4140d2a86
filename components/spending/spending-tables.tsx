/**
 * The tables of My spending, rendered on the server in the one DataTable of the site: what
 * screen readers, keyboards and readers without JavaScript use, and what the CSV holds.
 */
import { DataTable } from '@/components/ui/data-table';
import { formatMonth, formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import { sharePct } from '@/lib/spending/aggregate';
import type { SpendingDto, SpendingLine } from '@/lib/spending/dto';

export type TableLabels = {
  caption: string;
  month: string;
  category: string;
  merchant: string;
  ban: string;
  invoices: string;
  amount: string;
  mean: string;
  share: string;
  others: string;
  total: string;
};

const n = (v: number | null, locale: string, decimals = 0) =>
  v === null ? '—' : formatNumber(v, locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

function Measures({ line, locale }: { line: SpendingLine; locale: string }) {
  return (
    <>
      <td className="num">{n(line.invoices, locale)}</td>
      <td className="num">{n(line.amount, locale)}</td>
      <td className="num">{n(line.mean, locale, 1)}</td>
    </>
  );
}

function MeasureHeads({ l }: { l: TableLabels }) {
  return (
    <>
      <th scope="col" className="num">{l.invoices}</th>
      <th scope="col" className="num">{l.amount}</th>
      <th scope="col" className="num">{l.mean}</th>
    </>
  );
}

export function MonthTable({ dto, locale, l }: { dto: SpendingDto; locale: Locale; l: TableLabels }) {
  return (
    <DataTable label={l.caption} caption={l.caption} testId="spending-month-table">
      <thead>
        <tr>
          <th scope="col">{l.month}</th>
          <MeasureHeads l={l} />
        </tr>
      </thead>
      <tbody>
        {dto.byMonth.map((m) => (
          <tr key={m.month}>
            <th scope="row" className="nowrap font-semibold">{formatMonth(m.month, locale)}</th>
            <Measures line={m} locale={locale} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{l.total}</th>
          <Measures line={dto.total} locale={locale} />
        </tr>
      </tfoot>
    </DataTable>
  );
}

export function CategoryTable({ dto, locale, l }: { dto: SpendingDto; locale: Locale; l: TableLabels }) {
  return (
    <DataTable label={l.caption} caption={l.caption} testId="spending-category-table">
      <thead>
        <tr>
          <th scope="col">{l.category}</th>
          <MeasureHeads l={l} />
          <th scope="col" className="num">{l.share}</th>
        </tr>
      </thead>
      <tbody>
        {dto.byCategory.map((c) => (
          <tr key={c.key}>
            <th scope="row" className="nowrap font-semibold">{locale === 'en' ? c.nameEn : c.name}</th>
            <Measures line={c} locale={locale} />
            <td className="num">{n(c.share, locale, 1)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{l.total}</th>
          <Measures line={dto.total} locale={locale} />
          <td className="num">{n(dto.total.invoices ? 100 : 0, locale, 1)}</td>
        </tr>
      </tfoot>
    </DataTable>
  );
}

export function MerchantTable({ dto, locale, l }: { dto: SpendingDto; locale: Locale; l: TableLabels }) {
  const others = dto.otherMerchants;
  return (
    <DataTable label={l.caption} caption={l.caption} testId="spending-merchant-table">
      <thead>
        <tr>
          <th scope="col">{l.merchant}</th>
          <th scope="col">{l.ban}</th>
          <MeasureHeads l={l} />
          <th scope="col" className="num">{l.share}</th>
        </tr>
      </thead>
      <tbody>
        {dto.byMerchant.map((m) => (
          <tr key={`${m.ban}-${m.name}`}>
            <th scope="row" className="nowrap font-semibold">{m.name}</th>
            <td className="nowrap">{m.ban}</td>
            <Measures line={m} locale={locale} />
            <td className="num">{n(m.share, locale, 1)}</td>
          </tr>
        ))}
        {others ? (
          <tr>
            <th scope="row" className="nowrap font-semibold">{l.others}</th>
            <td />
            <Measures line={others} locale={locale} />
            <td className="num">{n(sharePct(others.amount, dto.total.amount), locale, 1)}</td>
          </tr>
        ) : null}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{l.total}</th>
          <td />
          <Measures line={dto.total} locale={locale} />
          <td className="num">{n(dto.total.invoices ? 100 : 0, locale, 1)}</td>
        </tr>
      </tfoot>
    </DataTable>
  );
}
