/**
 * Checking numbers against a period: shared by the check API, the checker page's form action
 * and bulk checks. Pure given the period record (or its absence) and the moment.
 *
 * Every item has a `status`: 'checked' (with the prize, or null for none), 'error' (the number
 * could not be read), or 'unavailable' (this site does not have the period's numbers, so the
 * answer is "not yet available", never "no prize").
 */
import { compactInvoiceNumber, parseInvoiceNumber, quickCompact, type InvoiceNumber, type InvoiceNumberError } from './invoice-number';
import { isDrawn } from './now';
import { netPayout } from './payout';
import { claimWindow, drawDate, pageKey, type Period } from './period';
import { createChecker, PRIZE_TIERS, winningEndings, type Checker, type PrizeKey, type WinningNumbers } from './prizes';
import type { PeriodRecord } from './records';
import { todayInTaipei } from '@/lib/taiwan';

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

/**
 * A period's numbers prepared for checking many invoices: which 3-digit endings can win
 * anything at all (a table of 1,000 flags), so most numbers are settled by one lookup.
 */
type Prepared = { check: Checker; mayWin: Uint8Array; unchecked: PrizeKey[]; net: Map<number, number> };

const prepared = new WeakMap<WinningNumbers, Prepared>();

function prepare(numbers: WinningNumbers): Prepared {
  let p = prepared.get(numbers);
  if (!p) {
    const mayWin = new Uint8Array(1000);
    const cloud = Object.values(numbers.cloud ?? {}).flat();
    for (const n of [...winningEndings(numbers), ...cloud.map((c) => c.slice(-3))]) {
      if (/^\d{3}$/.test(n)) mayWin[Number(n)] = 1;
    }
    const net = new Map<number, number>(Object.values(PRIZE_TIERS).map((t) => [t.amount, netPayout(t.amount).net]));
    const check = createChecker(numbers);
    // What the checker reports as unchecked depends on the period only.
    const unchecked = check({ track: null, digits: '' }).unchecked;
    p = { check, mayWin, unchecked, net };
    prepared.set(numbers, p);
  }
  return p;
}

/** The number's last three digits as 0–999 (its compact form ends in 8 digits). */
function ending(compact: string): number {
  const n = compact.length;
  return (compact.charCodeAt(n - 3) - 48) * 100 + (compact.charCodeAt(n - 2) - 48) * 10 + (compact.charCodeAt(n - 1) - 48);
}

export function checkNumbers(record: PeriodRecord, inputs: readonly string[]): CheckItem[] {
  const { check, mayWin, unchecked, net } = prepare(record.numbers);
  const claim = claimWindow(record.period);
  const period = pageKey(record.period);
  const flagged = unchecked.length > 0;
  const out = new Array<CheckItem>(inputs.length);
  for (let i = 0; i < inputs.length; i += 1) {
    const raw = inputs[i]!;
    const text = typeof raw === 'string' ? raw : String(raw);
    let number = quickCompact(text);
    let invoice: InvoiceNumber | undefined;
    if (number === null) {
      const parsed = parseInvoiceNumber(text);
      if (!parsed.ok) {
        out[i] = { number: text, period, status: 'error', error: parsed.error };
        continue;
      }
      invoice = parsed.value;
      number = compactInvoiceNumber(invoice);
    }
    // The common case: an ending nothing in this period has, so no prize of any tier.
    if (mayWin[ending(number)] === 0) {
      out[i] = flagged
        ? { number, period, status: 'checked', prize: null, amount: 0, net: 0, claim, unchecked }
        : { number, period, status: 'checked', prize: null, amount: 0, net: 0, claim };
      continue;
    }
    invoice ??= number.length === 10 ? { track: number.slice(0, 2), digits: number.slice(2) } : { track: null, digits: number };
    const result = check(invoice);
    const item: CheckedItem = { number, period, status: 'checked', prize: result.prize, amount: result.amount, net: net.get(result.amount) ?? netPayout(result.amount).net, claim };
    if (flagged) item.unchecked = unchecked;
    out[i] = item;
  }
  return out;
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
