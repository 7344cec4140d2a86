/**
 * From the store's sums to the spending DTO: every month of the range (months without invoices
 * are zero, so the chart has no holes), the categories in the world's industry order, the top
 * merchants with the rest summed, means and shares. Pure.
 */
import { INDUSTRIES } from '@/lib/stats/industries';
import type { CategoryLine, MerchantLine, MonthRange, SpendingDto, SpendingLine, SpendingSums } from './dto';
import { monthsBetween } from './range';

/** Merchants listed by name; the rest are one line. */
export const TOP_MERCHANTS = 10;

/** NT$ per invoice to one decimal, as the open statistics publish their mean ticket. */
export function meanTicket(amount: number, invoices: number): number | null {
  return invoices > 0 ? Math.round((amount / invoices) * 10) / 10 : null;
}

/** Percent of the whole to one decimal (0 of nothing is 0). */
export function sharePct(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

const line = (invoices: number, amount: number): SpendingLine => ({ invoices, amount, mean: meanTicket(amount, invoices) });

export function buildSpending(range: MonthRange, sums: SpendingSums): Omit<SpendingDto, 'comparison'> {
  const byMonthSums = new Map(sums.byMonth.map((m) => [m.month, m]));
  const byMonth = monthsBetween(range).map((month) => {
    const m = byMonthSums.get(month);
    return { month, ...line(m?.invoices ?? 0, m?.amount ?? 0) };
  });
  const invoices = byMonth.reduce((n, m) => n + m.invoices, 0);
  const amount = byMonth.reduce((n, m) => n + m.amount, 0);

  const byIndustry = new Map(sums.byIndustry.map((s) => [s.industryCode, s]));
  const byCategory: CategoryLine[] = INDUSTRIES.filter((i) => byIndustry.has(i.code)).map((i) => {
    const s = byIndustry.get(i.code)!;
    return { key: i.key, name: i.name, nameEn: i.nameEn, ...line(s.invoices, s.amount), share: sharePct(s.amount, amount) };
  });

  // Highest amount first; equal amounts by name, so the order never changes between requests.
  const merchants = [...sums.byMerchant].sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name) || a.ban.localeCompare(b.ban));
  const top = merchants.slice(0, TOP_MERCHANTS);
  const rest = merchants.slice(TOP_MERCHANTS);
  const byMerchant: MerchantLine[] = top.map((m) => ({ ban: m.ban, name: m.name, ...line(m.invoices, m.amount), share: sharePct(m.amount, amount) }));
  const restInvoices = rest.reduce((n, m) => n + m.invoices, 0);
  const restAmount = rest.reduce((n, m) => n + m.amount, 0);

  return {
    range,
    total: line(invoices, amount),
    byMonth,
    byCategory,
    byMerchant,
    otherMerchants: rest.length ? { ...line(restInvoices, restAmount), merchants: rest.length } : null,
    synthetic: true,
  };
}

/** The county where most of the range's invoices were issued (ties: the larger amount, then the code). */
export function mostInvoicesCounty(byCounty: SpendingSums['byCounty']): string | null {
  const sorted = [...byCounty].filter((c) => c.invoices > 0).sort((a, b) => b.invoices - a.invoices || b.amount - a.amount || a.countyCode.localeCompare(b.countyCode));
  return sorted[0]?.countyCode ?? null;
}
