/**
 * The CSV of one spending table, as the page shows it: a UTF-8 BOM (spreadsheets then read
 * Chinese correctly), then the header row on line one (no notes above it: data tools read line
 * one as the header; the range and "synthetic" are in the file name) and the rows. Every cell goes through csvCell (lib/csv.ts), so a merchant name that
 * begins with = + - @ cannot run as a formula. Numbers without digit grouping. Pure.
 */
import { csvLine } from '@/lib/csv';
import { sharePct } from './aggregate';
import type { SpendingDto } from './dto';
import type { SpendingView } from './schemas';

export type SpendingCsvLabels = {
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
  /** How a category is named in this language. */
  categoryName(line: { name: string; nameEn: string }): string;
};

const num = (v: number | null, decimals = 0) => (v === null ? '' : v.toFixed(decimals));

export function spendingCsv(dto: Omit<SpendingDto, 'comparison'>, view: SpendingView, labels: SpendingCsvLabels): string {
  const lines: string[] = [];
  const measures = [labels.invoices, labels.amount, labels.mean];
  const values = (l: { invoices: number; amount: number; mean: number | null }) => [num(l.invoices), num(l.amount), num(l.mean, 1)];
  if (view === 'month') {
    lines.push(csvLine([labels.month, ...measures]));
    for (const m of dto.byMonth) lines.push(csvLine([m.month, ...values(m)]));
  } else if (view === 'category') {
    lines.push(csvLine([labels.category, ...measures, labels.share]));
    for (const c of dto.byCategory) lines.push(csvLine([labels.categoryName(c), ...values(c), num(c.share, 1)]));
  } else {
    lines.push(csvLine([labels.merchant, labels.ban, ...measures, labels.share]));
    for (const m of dto.byMerchant) lines.push(csvLine([m.name, m.ban, ...values(m), num(m.share, 1)]));
    const o = dto.otherMerchants;
    if (o) lines.push(csvLine([labels.others, '', ...values(o), num(sharePct(o.amount, dto.total.amount), 1)]));
  }
  lines.push(csvLine([labels.total, ...(view === 'merchant' ? [''] : []), ...values(dto.total), ...(view === 'month' ? [] : ['100.0'])]));
  return `\uFEFF${lines.join('')}`;
}
