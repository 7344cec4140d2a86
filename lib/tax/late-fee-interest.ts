/**
 * Interest on the unpaid tax (never on the surcharge): daily from the day after the surcharge
 * period until the payment date, at the post office one-year rate in force on 1 January of each
 * year, so the days are split at each year boundary (MOF ruling GL007187). Each period is
 * rounded on its own and the interest is their sum.
 */
import { INTEREST_DAY_BASIS, postalRateFor } from './data/interest-rates';
import { daysBetween, yearOf } from '../taiwan';
import { TaxInputError } from './errors';
import { percentToMilli, roundRatio } from './money';
import type { Confidence } from './types';

export type InterestPeriod = Readonly<{
  from: string;
  to: string;
  days: number;
  /** Annual rate as a fraction (0.01725 = 1.725% a year). */
  rate: number;
  /** The same rate in thousandths of a percent (1725), exact. */
  rateMilliPercent: number;
  amount: number;
  confidence: Confidence;
}>;

/** Interest periods from `from` to `to`, both inclusive; empty when `to` is before `from`. */
export function interestPeriods(amount: number, from: string, to: string): InterestPeriod[] {
  if (daysBetween(from, to) < 0) return [];
  const periods: InterestPeriod[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year += 1) {
    const start = year === yearOf(from) ? from : `${year}-01-01`;
    const end = year === yearOf(to) ? to : `${year}-12-31`;
    const row = postalRateFor(year);
    if (!row) throw new TaxInputError('interest_rate_year_not_supported', ['paidOn'], { year });
    const milli = percentToMilli(row.ratePercent);
    const days = daysBetween(start, end) + 1;
    // amount × (milli / 100,000) × days / basis, as one exact ratio.
    const value = roundRatio(BigInt(amount) * BigInt(milli) * BigInt(days), 100_000n * BigInt(INTEREST_DAY_BASIS.days));
    periods.push({ from: start, to: end, days, rate: milli / 100_000, rateMilliPercent: milli, amount: value, confidence: row.confidence });
  }
  return periods;
}
