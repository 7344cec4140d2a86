import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { banFromPrefix, fromDayNumber, gregorianYearOf, isoFromRocCompact, isValidBan, rocCompact, rocDate, rocDateText, rocYearOf, todayInTaipei, toDayNumber } from '@/lib/taiwan';

describe('ROC calendar', () => {
  it('converts years and dates', () => {
    expect(rocYearOf(2026)).toBe(115);
    expect(gregorianYearOf(114)).toBe(2025);
    expect(rocDate('2026-01-26')).toBe('115/01/26');
    expect(rocDateText('2025-10-13')).toBe('114年10月13日');
    expect(isoFromRocCompact('1140624')).toBe('2025-06-24');
    expect(isoFromRocCompact('1140231')).toBeNull();
    expect(rocCompact('2025-06-24')).toBe('1140624');
  });

  it('round-trips every date', () => {
    const date = fc.integer({ min: toDayNumber('1912-01-01'), max: toDayNumber('2810-12-31') }).map(fromDayNumber);
    fc.assert(fc.property(date, (iso) => {
      expect(isoFromRocCompact(rocCompact(iso))).toBe(iso);
    }), { numRuns: 1_000 });
  });
});

describe('today in Taipei (UTC+8)', () => {
  it('turns at 16:00 UTC', () => {
    expect(todayInTaipei(new Date('2025-12-31T15:59:59Z'))).toBe('2025-12-31');
    expect(todayInTaipei(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
  });

  it('agrees with Intl for any instant', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit' });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(todayInTaipei(new Date(ms))).toBe(intl.format(new Date(ms)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('business ID checksum', () => {
  it('accepts the FIA examples and the 7th-digit-7 case', () => {
    expect(isValidBan('04595257')).toBe(true);
    expect(isValidBan('10458575')).toBe(true); // 7th digit 7: passes with the sum + 1
    expect(isValidBan('04595258')).toBe(false);
    expect(isValidBan('1234567')).toBe(false);
  });

  it('a BAN built from a prefix passes both rules', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), (prefix) => {
        const ban = banFromPrefix(prefix);
        expect(isValidBan(ban, 'before-2023-04')).toBe(true);
        expect(isValidBan(ban)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
