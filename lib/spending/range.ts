/**
 * Months as 'YYYY-MM' strings: the default range (the 12 months up to this one, in Taiwan), the
 * months of a range, and the SQL bounds (Taiwan local timestamps, as the store keeps them). Pure.
 */
import type { MonthRange } from './dto';

/** A range longer than this is refused: 5 years of months is already a long table. */
export const MAX_RANGE_MONTHS = 60;

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthsBetween(range: MonthRange): string[] {
  const out: string[] = [];
  for (let m = range.from; m <= range.to && out.length <= MAX_RANGE_MONTHS; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The month of a Taiwan date 'YYYY-MM-DD'. */
export const monthOf = (isoDate: string) => isoDate.slice(0, 7);

/** What the page shows before anything is chosen: the last 12 months, this one included. */
export function defaultRange(todayTaipei: string): MonthRange {
  const to = monthOf(todayTaipei);
  return { from: addMonths(to, -11), to };
}

/** The range asked for, with either end missing taken from the default. */
export function resolveRange(asked: Partial<MonthRange>, todayTaipei: string): MonthRange {
  const fallback = defaultRange(todayTaipei);
  const to = asked.to ?? (asked.from && asked.from > fallback.to ? asked.from : fallback.to);
  const from = asked.from ?? (addMonths(to, -11) < to ? addMonths(to, -11) : to);
  return { from, to };
}

/** [start, end) as Taiwan local timestamps for `issued_at`. */
export function rangeBounds(range: MonthRange): { start: string; end: string } {
  return { start: `${range.from}-01 00:00:00`, end: `${addMonths(range.to, 1)}-01 00:00:00` };
}

/** Months the range offers to choose from: 5 years back to this month, newest first. */
export function monthOptions(todayTaipei: string): string[] {
  const to = monthOf(todayTaipei);
  return monthsBetween({ from: addMonths(to, -(MAX_RANGE_MONTHS - 1)), to }).reverse();
}
