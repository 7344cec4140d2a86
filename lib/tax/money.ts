/**
 * Exact money arithmetic. Amounts are whole NTD; rates are exact fractions, so a result is a
 * ratio of integers rounded once. BigInt keeps products like 10^11 NTD × 1.725% × 366 days exact,
 * where floating point would mis-round a half.
 */
import { MONEY_ROUNDING, type RoundingMode } from './data/rounding';
import type { LocalizedText } from './types';

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
  const text = String(amount);
  // Whole amounts (all of them, in practice) are grouped by hand: an explanation formats dozens
  // of amounts, and the look-ahead expression below was a seventh of an income-tax answer's
  // time (issue 17). Anything else keeps the expression, exactly as before.
  if (!Number.isSafeInteger(amount)) return text.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = amount < 0 ? 1 : 0;
  const digits = text.length - sign;
  if (digits <= 3) return text;
  let head = sign + (digits % 3 || 3);
  let out = text.slice(0, head);
  for (; head < text.length; head += 3) out += `,${text.slice(head, head + 3)}`;
  return out;
}

/** 1725 (thousandths of a percent) → '1.725%'; 3000 → '3%'. */
export function formatMilliPercent(milli: number): string {
  const text = (milli / 1000).toFixed(3).replace(/\.?0+$/, '');
  return `${text}%`;
}

/** 「a 元與 b 元，兩者取較小者：c 元」 / 'the smaller of a and b: c', as the law's text says it. */
export function smallerOf(a: number, b: number): LocalizedText {
  const c = Math.min(a, b);
  return { 'zh-Hant-TW': `${formatNtd(a)} 元與 ${formatNtd(b)} 元，兩者取較小者：${formatNtd(c)} 元`, en: `the smaller of ${formatNtd(a)} and ${formatNtd(b)}: ${formatNtd(c)}` };
}

/** 「a 元與 b 元，兩者取較大者：c 元」 / 'the larger of a and b: c'. */
export function largerOf(a: number, b: number): LocalizedText {
  const c = Math.max(a, b);
  return { 'zh-Hant-TW': `${formatNtd(a)} 元與 ${formatNtd(b)} 元，兩者取較大者：${formatNtd(c)} 元`, en: `the larger of ${formatNtd(a)} and ${formatNtd(b)}: ${formatNtd(c)}` };
}
