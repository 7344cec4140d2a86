// lib/taiwan/civil-date.ts counts days by arithmetic (issue 17: Date objects and regular
// expressions were most of a late-fee answer's time); these hold it to what Date itself says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, isRealDate, toDayNumber, weekday } from '@/lib/taiwan/civil-date';

const MS_PER_DAY = 86_400_000;
const viaDate = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

describe('civil dates by arithmetic', () => {
  it('writes every day from year 100 to 9999 as Date does, and reads it back', () => {
    const day = fc.integer({ min: Date.UTC(100, 0, 1) / MS_PER_DAY, max: Date.UTC(9999, 11, 31) / MS_PER_DAY });
    fc.assert(
      fc.property(day, (n) => {
        const iso = fromDayNumber(n);
        expect(iso).toBe(viaDate(n));
        expect(toDayNumber(iso)).toBe(n);
      }),
      { numRuns: 5_000 },
    );
  });

  it('agrees with Date on every day of 1990–2110, the calculators’ years', () => {
    for (let n = Date.UTC(1990, 0, 1) / MS_PER_DAY; n <= Date.UTC(2110, 11, 31) / MS_PER_DAY; n += 1) {
      const iso = viaDate(n);
      if (fromDayNumber(n) !== iso || toDayNumber(iso) !== n) throw new Error(`differs on ${iso}`);
    }
  });

  it('writes days outside four-digit years, and part days, as Date does', () => {
    for (const n of [Date.UTC(10_000, 0, 1) / MS_PER_DAY, Date.UTC(-1, 0, 1) / MS_PER_DAY - 5, 0.5, -0.5]) expect(fromDayNumber(n)).toBe(viaDate(n));
    expect(() => fromDayNumber(Number.NaN)).toThrow(RangeError);
  });

  it('knows real dates and refuses the rest', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '2025-12-31', '2025-01-01']) expect(isRealDate(ok)).toBe(true);
    for (const bad of ['2023-02-29', '1900-02-29', '2025-02-30', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-1-01', '2025-01-011', '２０２５-01-01', '2025/01/01', ' 2025-01-01', 'abcd-ef-gh', '']) {
      expect(isRealDate(bad)).toBe(false);
      expect(() => toDayNumber(bad)).toThrow(RangeError);
    }
  });

  it('reads any ten characters as Date.UTC would for a real date, and refuses the others', () => {
    const digit = fc.constantFrom(...'0123456789');
    const text = fc.tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 2, maxLength: 2 })).map(([y, m, d]) => `${y.join('')}-${m.join('')}-${d.join('')}`);
    fc.assert(
      fc.property(text, (iso) => {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const date = new Date(Date.UTC(2000, m - 1, d));
        date.setUTCFullYear(y);
        const real = m >= 1 && m <= 12 && d >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        expect(isRealDate(iso)).toBe(real);
        if (real) expect(toDayNumber(iso)).toBe(Math.round(date.getTime() / MS_PER_DAY));
      }),
      { numRuns: 5_000 },
    );
  });

  it('adds, subtracts and names weekdays across month, year and leap-day ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2025-05-31', '2025-07-31')).toBe(61);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('2025-06-02')).toBe(1);
  });
});
