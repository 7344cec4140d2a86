/**
 * The citizen's spending beside the open statistics: the mean ticket (NT$ per invoice) of the
 * county's published monthly rows (einvoice-county-monthly, by the seller's place of business,
 * the same way the citizen's invoices are placed). The range's own months when at least half of
 * them are published; otherwise (the statistics end before most of the range) the latest 12
 * published months, and the page says so. Suppressed months are left out of the sum, never
 * counted as 0. Pure.
 */
import type { CountyAverage, CountyChoice, MonthRange } from './dto';
import { meanTicket } from './aggregate';
import { addMonths, monthsBetween } from './range';

export type CountyMonthRow = { month: string; countyCode: string; invoices: number | null; amount: number | null; suppressed: boolean };

export function countyAverage(rows: readonly CountyMonthRow[], county: CountyChoice, range: MonthRange): CountyAverage {
  const own = rows.filter((r) => r.countyCode === county.code && !r.suppressed && r.invoices !== null && r.amount !== null);
  const wanted = monthsBetween(range);
  const published = new Set(rows.map((r) => r.month));
  const covered = wanted.filter((m) => published.has(m)).length;
  let basis: CountyAverage['basis'] = 'same';
  let used = covered * 2 >= wanted.length ? own.filter((r) => wanted.includes(r.month)) : [];
  if (used.length === 0) {
    const latest = rows.reduce((max, r) => (r.month > max ? r.month : max), '');
    if (!latest) return { county, mean: null, months: null, basis: 'none' };
    const from = addMonths(latest, -11);
    used = own.filter((r) => r.month >= from && r.month <= latest);
    basis = 'latest';
    if (used.length === 0) return { county, mean: null, months: null, basis: 'none' };
  }
  const months = used.map((r) => r.month).sort();
  const invoices = used.reduce((n, r) => n + r.invoices!, 0);
  const amount = used.reduce((n, r) => n + r.amount!, 0);
  return { county, mean: meanTicket(amount, invoices), months: { from: months[0]!, to: months.at(-1)! }, basis };
}
