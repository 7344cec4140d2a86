/**
 * The convenience-store barcodes of a payment slip (data/slip-format.ts has the layout and its
 * sources). Pure and unit-tested: the slip page, the PDF and the decoding test use these.
 */
import { rocCompact } from '@/lib/taiwan';
import { SLIP_AGENT_CODE, SLIP_PAYEE_ACCOUNT, STORE_LIMIT, STORE_MINIMUM } from './data/slip-format';

export type StoreBarcodes = Readonly<{ segment1: string; segment2: string; segment3: string }>;

/** Letters as digits for the check characters: A–I → 1–9, J–R → 1–9, S–Z → 2–9. */
export function charValue(c: string): number {
  if (/^[0-9]$/.test(c)) return Number(c);
  const code = c.charCodeAt(0);
  if (code >= 65 && code <= 73) return code - 64; // A–I
  if (code >= 74 && code <= 82) return code - 73; // J–R
  if (code >= 83 && code <= 90) return code - 81; // S–Z
  throw new Error(`not a barcode character: ${c}`);
}

/** The bill number (銷帳編號): 00 + payee account (7) + serial (6) + check digit. */
export function billNumber(serial: number): string {
  const body = `00${SLIP_PAYEE_ACCOUNT}${String(serial).padStart(6, '0')}`;
  return body + checkDigit(body);
}

/** Weights 3, 7, 1 from the left, 10's complement of the last digit (our choice; data/slip-format.ts 'bill_number'). */
export function checkDigit(digits: string): string {
  const weights = [3, 7, 1];
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * weights[i % 3]!, 0);
  return String((10 - (sum % 10)) % 10);
}

/** The two check characters over the three segments, segment 3's own two places counted as 0. */
export function checkCharacters(segment1: string, segment2: string, segment3WithoutCheck: string): string {
  let odd = 0;
  let even = 0;
  for (const segment of [segment1, segment2, segment3WithoutCheck]) {
    [...segment].forEach((c, i) => {
      if (i % 2 === 0) odd += charValue(c);
      else even += charValue(c);
    });
  }
  const first = odd % 11;
  const second = even % 11;
  return (first === 0 ? 'A' : first === 10 ? 'B' : String(first)) + (second === 0 ? 'X' : second === 10 ? 'Y' : String(second));
}

export function storePayable(amount: number): boolean {
  return amount >= STORE_MINIMUM && amount <= STORE_LIMIT;
}

/**
 * The three segments for paying `amount` by `deadline` (ISO), or null when a store may not take
 * it (over NT$20,000 or under NT$8).
 */
export function storeBarcodes(serial: number, amount: number, deadline: string): StoreBarcodes | null {
  if (!storePayable(amount)) return null;
  const segment1 = rocCompact(deadline).slice(-6) + SLIP_AGENT_CODE;
  const segment2 = billNumber(serial);
  const mmdd = deadline.slice(5, 7) + deadline.slice(8, 10);
  const amountText = String(amount).padStart(9, '0');
  const check = checkCharacters(segment1, segment2, `${mmdd}00${amountText}`);
  return { segment1, segment2, segment3: `${mmdd}${check}${amountText}` };
}

/** Reads the segments back (the decoding test, and anyone checking a slip). */
export function parseStoreBarcodes(b: StoreBarcodes): { deadlineRoc: string; agent: string; serial: number; amount: number; checkOk: boolean; billNumberOk: boolean } {
  const check = checkCharacters(b.segment1, b.segment2, `${b.segment3.slice(0, 4)}00${b.segment3.slice(6)}`);
  return {
    deadlineRoc: b.segment1.slice(0, 6),
    agent: b.segment1.slice(6),
    serial: Number(b.segment2.slice(9, 15)),
    amount: Number(b.segment3.slice(6)),
    checkOk: check === b.segment3.slice(4, 6),
    billNumberOk: checkDigit(b.segment2.slice(0, 15)) === b.segment2.slice(15),
  };
}
