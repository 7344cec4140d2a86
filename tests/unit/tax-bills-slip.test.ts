import { describe, expect, it } from 'vitest';
import { billNumber, charValue, checkCharacters, checkDigit, parseStoreBarcodes, storeBarcodes } from '@/lib/tax-bills/slip';
import { billStatus } from '@/lib/tax-bills/rules';
import { STORE_LIMIT } from '@/lib/tax-bills/data/slip-format';

describe('convenience-store barcodes (domain §5)', () => {
  it('maps letters to digits: A–I → 1–9, J–R → 1–9, S–Z → 2–9', () => {
    expect(['A', 'I', 'J', 'R', 'S', 'Z', '0', '7'].map(charValue)).toEqual([1, 9, 1, 9, 2, 9, 0, 7]);
  });

  it('computes the check characters from odd and even positions, mod 11, with A/B and X/Y', () => {
    // 0 → A / X; "9" (odd) + "1" (odd, its own segment) = 10 → B; "9" + "1" in even places = 10 → Y.
    expect(checkCharacters('000000000', '0000000000000000', '000000000000000')).toBe('AX');
    expect(checkCharacters('A', '', '')).toBe('1X');
    expect(checkCharacters('9', '1', '')).toBe('BX');
    expect(checkCharacters('09', '01', '')).toBe('AY');
  });

  it('builds 9/16/15 segments that parse back', () => {
    const b = storeBarcodes(101, 13_354, '2026-12-01')!;
    expect(b.segment1).toBe('151201TC1');
    expect(b.segment2).toHaveLength(16);
    expect(b.segment3).toMatch(/^1201[0-9AB][0-9XY]000013354$/);
    expect(parseStoreBarcodes(b)).toMatchObject({ amount: 13_354, serial: 101, checkOk: true, billNumberOk: true });
    expect(parseStoreBarcodes({ ...b, segment3: b.segment3.replace(/13354$/, '13355') }).checkOk).toBe(false);
  });

  it('adds a 3-7-1 weighted check digit to the bill number', () => {
    expect(billNumber(1)).toMatch(/^005500123000001\d$/);
    expect(checkDigit('123')).toBe(String((10 - ((1 * 3 + 2 * 7 + 3 * 1) % 10)) % 10));
  });

  it('prints no store barcodes above NT$20,000 or below NT$8', () => {
    expect(storeBarcodes(1, STORE_LIMIT, '2026-12-01')).not.toBeNull();
    expect(storeBarcodes(1, STORE_LIMIT + 1, '2026-12-01')).toBeNull();
    expect(storeBarcodes(1, 7, '2026-12-01')).toBeNull();
  });
});

describe('bill status', () => {
  const bill = { direction: 'payable' as const, taxType: 'house' as const, principal: 12_840, dueDate: '2026-11-16', paid: false, refunded: false };
  it('is unpaid until the due date, overdue after it, and in enforcement after the 30-day surcharge period', () => {
    expect(billStatus(bill, '2026-11-16')).toBe('unpaid');
    expect(billStatus(bill, '2026-11-30')).toBe('overdue');
    expect(billStatus(bill, '2026-12-17')).toBe('enforcement');
    expect(billStatus({ ...bill, paid: true }, '2026-12-17')).toBe('paid');
  });
  it('counts a due date on a day off as moved to the next working day', () => {
    expect(billStatus({ ...bill, dueDate: '2026-05-31' }, '2026-06-01')).toBe('unpaid');
  });
  it('tells a refund to come from one paid', () => {
    expect(billStatus({ ...bill, direction: 'refund', taxType: 'house' }, '2026-11-30')).toBe('refund_due');
    expect(billStatus({ ...bill, direction: 'refund', refunded: true }, '2026-11-30')).toBe('refunded');
  });
});
