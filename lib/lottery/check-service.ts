/**
 * Checking numbers against a period: shared by the check API, the checker page's form action
 * and bulk checks. Pure given the period record (or its absence) and the moment.
 *
 * Every item has a `status`: 'checked' (with the prize, or null for none), 'error' (the number
 * could not be read), or 'unavailable' (this site does not have the period's numbers, so the
 * answer is "not yet available", never "no prize").
 */
import { compactInvoiceNumber, parseInvoiceNumber, type InvoiceNumberError } from './invoice-number';
import { isDrawn } from './now';
import { netPayout } from './payout';
import { claimWindow, drawDate, pageKey, type Period } from './period';
import { createChecker, type PrizeKey } from './prizes';
import type { PeriodRecord } from './records';
import { todayInTaipei } from '@/lib/i18n/format';

export const MAX_CHECK_NUMBERS = 10_000;

export type CheckedItem = {
  number: string;
  period: string;
  status: 'checked';
  prize: PrizeKey | null;
  amount: number;
  net: number;
  claim: { from: string; to: string };
  /** Tiers this period's numbers cannot check (e.g. an unknown special prize). */
  unchecked?: PrizeKey[];
};

/**
 * Why a period cannot be checked: not drawn yet; drawn, still claimable, and its numbers not
 * here yet ('awaiting'); or an older period whose numbers this site never had.
 */
export type UnavailableReason = 'not_drawn' | 'awaiting' | 'no_numbers';

export type UnavailableItem = { number: string; period: string; status: 'unavailable'; reason: UnavailableReason; drawDate: string };

export type ErrorItem = { number: string; period: string; status: 'error'; error: InvoiceNumberError };

export type CheckItem = CheckedItem | UnavailableItem | ErrorItem;

export function checkNumbers(record: PeriodRecord, inputs: readonly string[]): CheckItem[] {
  const check = createChecker(record.numbers);
  const claim = claimWindow(record.period);
  const period = pageKey(record.period);
  return inputs.map((raw) => {
    const parsed = parseInvoiceNumber(String(raw));
    if (!parsed.ok) return { number: String(raw), period, status: 'error', error: parsed.error };
    const result = check(parsed.value);
    return {
      number: compactInvoiceNumber(parsed.value),
      period,
      status: 'checked',
      prize: result.prize,
      amount: result.amount,
      net: netPayout(result.amount).net,
      claim,
      ...(result.unchecked.length ? { unchecked: result.unchecked } : {}),
    };
  });
}

/** Why `period`, whose numbers are not here, cannot be checked at `at`. */
export function unavailableReason(period: Period, at: Date): UnavailableReason {
  if (!isDrawn(period, at)) return 'not_drawn';
  return todayInTaipei(at) <= claimWindow(period).to ? 'awaiting' : 'no_numbers';
}

/**
 * Checks `inputs` in `period`: against its record when this site has its numbers, otherwise
 * each readable number is 'unavailable' (and an unreadable one still an error, so the caller
 * can fix it now).
 */
export function checkNumbersIn(period: Period, record: PeriodRecord | null, inputs: readonly string[], at: Date): CheckItem[] {
  if (record) return checkNumbers(record, inputs);
  const key = pageKey(period);
  const reason = unavailableReason(period, at);
  const draw = drawDate(period);
  return inputs.map((raw) => {
    const parsed = parseInvoiceNumber(String(raw));
    if (!parsed.ok) return { number: String(raw), period: key, status: 'error', error: parsed.error };
    return { number: compactInvoiceNumber(parsed.value), period: key, status: 'unavailable', reason, drawDate: draw };
  });
}
