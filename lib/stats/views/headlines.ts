/**
 * The overview's headline figures for one year, from the carrier-type topic (which covers every
 * invoice of a month, so its cells add up to the month). Pure. A figure is null when any cell it
 * needs is suppressed.
 */
import { ROUNDING } from '../pipeline/suppression';
import { cellIndex, type TopicData } from './topics';

export type Headlines = {
  year: string;
  /** Invoices in the synthetic sample (not a national total). */
  invoices: number | null;
  meanTicket: number | null;
  /** Kept in a carrier or donated, % of all invoices. */
  cloudSharePct: number | null;
  donatedSharePct: number | null;
};

export function headlines(carrier: TopicData, year: string): Headlines {
  const periods = carrier.periods.map((p, i) => ({ p, i })).filter(({ p }) => p.startsWith(year));
  const cells = (s: number) => periods.map(({ i }) => carrier.count[cellIndex(carrier, i, 0, s)] ?? null);
  const amounts = (s: number) => periods.map(({ i }) => carrier.amount[cellIndex(carrier, i, 0, s)] ?? null);
  const sum = (values: (number | null)[]) => (values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + v!, 0));
  const all = carrier.series.map((_, s) => s);
  const total = sum(all.flatMap(cells));
  const amount = sum(all.flatMap(amounts));
  const of = (key: string) => sum(cells(carrier.series.findIndex((s) => s.key === key)));
  const none = of('none');
  const donated = of('donation');
  return {
    year,
    invoices: total,
    meanTicket: total === null || amount === null ? null : ROUNDING.meanTicket(amount, total),
    cloudSharePct: total === null || none === null ? null : ROUNDING.sharePct(total - none, total),
    donatedSharePct: total === null || donated === null ? null : ROUNDING.sharePct(donated, total),
  };
}
