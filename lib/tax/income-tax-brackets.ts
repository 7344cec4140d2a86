/**
 * Tax on net taxable income by the official quick formula (速算公式): net × rate − progressive
 * difference, which equals the bracket-by-bracket sum because the differences are continuous.
 * Rounded once to whole NTD by the rule in data/rounding.ts.
 */
import type { Bracket } from './data/income-tax-years';
import { formatNtd, roundRatio } from './money';

export type BracketTax = Readonly<{ net: number; ratePercent: number; progressiveDifference: number; tax: number; formula: string }>;

export function bracketFor(brackets: readonly Bracket[], net: number): Bracket {
  const bracket = brackets.find((b) => b.upTo === null || net <= b.upTo);
  if (!bracket) throw new RangeError('Bracket table has no open top bracket');
  return bracket;
}

export function bracketTax(brackets: readonly Bracket[], net: number): BracketTax {
  const b = bracketFor(brackets, Math.max(0, net));
  const positive = Math.max(0, net);
  const tax = Math.max(0, roundRatio(BigInt(positive) * BigInt(b.ratePercent), 100n) - b.progressiveDifference);
  const formula = `${formatNtd(positive)} × ${b.ratePercent}% − ${formatNtd(b.progressiveDifference)} = ${formatNtd(tax)}`;
  return { net: positive, ratePercent: b.ratePercent, progressiveDifference: b.progressiveDifference, tax, formula };
}
