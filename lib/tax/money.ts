/**
 * Exact money arithmetic. Amounts are whole NTD; rates are exact fractions, so a result is a
 * ratio of integers rounded once. BigInt keeps products like 10^11 NTD × 1.725% × 366 days exact,
 * where floating point would mis-round a half.
 */
import { MONEY_ROUNDING, type RoundingMode } from './data/rounding';

/** numerator / denominator (non-negative integers) → whole NTD, by the rounding rule in data. */
export function roundRatio(numerator: bigint, denominator: bigint, mode: RoundingMode = MONEY_ROUNDING.mode): number {
  if (numerator < 0n || denominator <= 0n) throw new RangeError('roundRatio expects a non-negative ratio');
  const whole = mode === 'half-up' ? (2n * numerator + denominator) / (2n * denominator) : numerator / denominator;
  return Number(whole);
}

/** A percentage with up to three decimals (1.725) as an exact integer of thousandths (1725). */
export function percentToMilli(percent: number): number {
  const milli = Math.round(percent * 1000);
  if (Math.abs(milli - percent * 1000) > 1e-6) throw new RangeError(`More than three decimals: ${percent}`);
  return milli;
}

/** 100000 → '100,000' (language-neutral grouping for formulas). */
export function formatNtd(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 1725 (thousandths of a percent) → '1.725%'; 3000 → '3%'. */
export function formatMilliPercent(milli: number): string {
  const text = (milli / 1000).toFixed(3).replace(/\.?0+$/, '');
  return `${text}%`;
}
