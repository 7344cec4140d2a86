import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainData } from '../support/domain';
import { addDays, daysBetween, fromDayNumber, isOfficeOpen, nextOfficeDay, OFFICE_CALENDAR_YEARS, toDayNumber, weekday } from '@/lib/taiwan';
import { OFFICE_CALENDAR } from '@/lib/taiwan/office-calendar-data';

type DomainCalendar = {
  years: Record<string, { confidence: string; closedWeekdays: { date: string; name: string }[]; makeUpWorkdays: { date: string; name: string }[] }>;
};

const moved = (deadline: string) => nextOfficeDay(deadline).effective;

describe('office calendar: the table is the domain file', () => {
  it('has every closed weekday and make-up workday of data/domain/data/office-calendar.json, and nothing else', () => {
    const domain = domainData<DomainCalendar>('office-calendar.json');
    expect(OFFICE_CALENDAR.map((y) => String(y.year))).toEqual(Object.keys(domain.years));
    for (const row of OFFICE_CALENDAR) {
      const d = domain.years[String(row.year)]!;
      expect(row.confidence).toBe(d.confidence);
      expect(row.closedWeekdays).toEqual(d.closedWeekdays);
      expect(row.makeUpWorkdays).toEqual(d.makeUpWorkdays);
    }
  });

  it('lists closed days on weekdays only and make-up days on weekends only', () => {
    for (const row of OFFICE_CALENDAR) {
      for (const d of row.closedWeekdays) expect([0, 6], d.date).not.toContain(weekday(d.date));
      for (const d of row.makeUpWorkdays) expect([0, 6], d.date).toContain(weekday(d.date));
    }
  });

  it('covers 2021–2027', () => {
    expect(OFFICE_CALENDAR_YEARS).toEqual({ from: 2021, to: 2027 });
  });
});

describe('office calendar: deadlines move to the next working day (稅捐稽徵法, addenda §E)', () => {
  it('National Day 2025-10-10 (a Friday) moves to Monday 10-13', () => {
    const shift = nextOfficeDay('2025-10-10');
    expect(shift.effective).toBe('2025-10-13');
    expect(shift.skipped.map((s) => s.reason)).toEqual(['holiday', 'saturday', 'sunday']);
    expect(shift.skipped[0]?.name).toBe('國慶日');
    expect(shift.uncoveredYears).toEqual([]);
  });

  it.each([
    ['2021-02-10', '2021-02-17'],
    ['2022-01-31', '2022-02-07'],
    ['2023-01-20', '2023-01-30'],
    ['2024-02-08', '2024-02-15'],
    ['2025-01-27', '2025-02-03'],
    ['2026-02-16', '2026-02-23'],
    ['2027-02-04', '2027-02-11'],
  ])('Lunar New Year: a deadline on %s moves to %s', (deadline, expected) => {
    expect(moved(deadline)).toBe(expected);
  });

  it('a make-up Saturday is a working day: a deadline on it does not move', () => {
    expect(moved('2025-02-08')).toBe('2025-02-08');
    expect(moved('2023-01-07')).toBe('2023-01-07');
    expect(isOfficeOpen('2024-02-17')).toBe(true);
    // An ordinary Saturday still moves.
    expect(moved('2025-02-15')).toBe('2025-02-17');
  });

  it('Labour Day closes offices from 2026: 2026-05-01 (Friday) moves to Monday 05-04; 2025-05-01 did not close them', () => {
    expect(moved('2026-05-01')).toBe('2026-05-04');
    expect(moved('2025-05-01')).toBe('2025-05-01');
  });

  it('bridge and substitute days close offices: 2023-06-23 (bridge) and 2025-10-24 (substitute for 10/25)', () => {
    expect(moved('2023-06-22')).toBe('2023-06-26');
    expect(moved('2025-10-24')).toBe('2025-10-27');
    expect(moved('2025-12-25')).toBe('2025-12-26');
  });

  it('user-given closures (a typhoon day) are skipped too', () => {
    const shift = nextOfficeDay('2025-07-28', ['2025-07-28', '2025-07-29']);
    expect(shift.effective).toBe('2025-07-30');
    expect(shift.skipped.map((s) => s.reason)).toEqual(['closed', 'closed']);
  });

  it('names the years outside the table, and only those', () => {
    expect(nextOfficeDay('2028-03-01').uncoveredYears).toEqual([2028]);
    expect(nextOfficeDay('2020-12-31').uncoveredYears).toEqual([2020]);
    // 2027-12-31 is closed (the substitute day for 2028-01-01): it moves into uncovered 2028.
    expect(nextOfficeDay('2027-12-31')).toMatchObject({ effective: '2028-01-03', uncoveredYears: [2028] });
    expect(nextOfficeDay('2026-11-30').uncoveredYears).toEqual([]);
  });
});

describe('office calendar: properties', () => {
  const date = fc.integer({ min: toDayNumber('2019-01-01'), max: toDayNumber('2029-12-31') }).map(fromDayNumber);
  const closures = fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 6 });

  it('a moved deadline is an open day, never earlier than the printed one, and every day skipped is closed', () => {
    fc.assert(
      fc.property(date, closures, (deadline, offsets) => {
        const extra = offsets.map((n) => addDays(deadline, n));
        const { effective, skipped } = nextOfficeDay(deadline, extra);
        const closed = new Set(extra);
        expect(daysBetween(deadline, effective)).toBeGreaterThanOrEqual(0);
        expect(isOfficeOpen(effective, closed)).toBe(true);
        expect(skipped.map((s) => s.date)).toEqual(Array.from({ length: daysBetween(deadline, effective) }, (_, i) => addDays(deadline, i)));
        for (const s of skipped) expect(isOfficeOpen(s.date, closed)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });

  it('an open day is its own deadline, and moving is idempotent', () => {
    fc.assert(
      fc.property(date, (deadline) => {
        const once = moved(deadline);
        expect(moved(once)).toBe(once);
        if (isOfficeOpen(deadline)) expect(once).toBe(deadline);
      }),
      { numRuns: 2_000 },
    );
  });
});
