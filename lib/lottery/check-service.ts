/**
 * Checking numbers against a period: shared by the check API, the checker page's form action
 * and bulk checks. Pure given the period record.
 */
import { compactInvoiceNumber, parseInvoiceNumber } from './invoice-number';
import { netPayout } from './payout';
import { claimWindow, pageKey } from './period';
import { createChecker, type PrizeKey } from './prizes';
import type { PeriodRecord } from './records';

export const MAX_CHECK_NUMBERS = 10_000;

export type CheckItem =
  | {
      number: string;
      period: string;
      prize: PrizeKey | null;
      amount: number;
      net: number;
      claim: { from: string; to: string };
      unchecked?: PrizeKey[];
    }
  | { number: string; period: string; error: { code: string; message: string } };

export function checkNumbers(record: PeriodRecord, inputs: readonly string[]): CheckItem[] {
  const check = createChecker(record.numbers);
  const claim = claimWindow(record.period);
  const period = pageKey(record.period);
  return inputs.map((raw) => {
    const parsed = parseInvoiceNumber(String(raw));
    if (!parsed.ok) return { number: String(raw), period, error: parsed.error };
    const result = check(parsed.value);
    return {
      number: compactInvoiceNumber(parsed.value),
      period,
      prize: result.prize,
      amount: result.amount,
      net: netPayout(result.amount).net,
      claim,
      ...(result.unchecked.length ? { unchecked: result.unchecked } : {}),
    };
  });
}
