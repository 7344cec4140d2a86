import { describe, expect, it } from 'vitest';
import { domainData } from '../support/domain';
import { daysBetween, isOfficeOpen, nextOfficeDay } from '@/lib/taiwan';
import {
  apiTerm,
  claimWindow,
  drawDate,
  nextPeriod,
  pageKey,
  parsePeriod,
  periodLabel,
  periodOfDate,
  periodOrThrow,
  periodStartDate,
  previousPeriod,
} from '@/lib/lottery/period';

type DomainPeriod = { label: string; drawDateDerived: string; claimStartDerived: string; claimEndWeekendAdjusted: string | null };
const domain = domainData<{
  periods: DomainPeriod[];
}>('winning-numbers.json');

describe('period keys', () => {
  it('names the first day of a period in Gregorian', () => {
    expect(periodStartDate(periodOrThrow('11509'))).toBe('2026-09-01');
    expect(periodStartDate(periodOrThrow('11401'))).toBe('2025-01-01');
  });

  it('parses the page key (odd month) and the API term (even month) to the same period', () => {
    expect(periodOrThrow('11409')).toEqual({ rocYear: 114, startMonth: 9 });
    expect(periodOrThrow('11410')).toEqual({ rocYear: 114, startMonth: 9 });
    expect(pageKey(periodOrThrow('11410'))).toBe('11409');
    expect(apiTerm(periodOrThrow('11409'))).toBe('11410');
  });

  it('accepts the forms people write', () => {
    for (const input of ['114-09', '114/09-10', '114年09-10月', '１１４０９', ' 11409 ', '114年9-10月']) {
      expect(parsePeriod(input)).toEqual({ ok: true, period: { rocYear: 114, startMonth: 9 } });
    }
    expect(periodOrThrow('9910')).toEqual({ rocYear: 99, startMonth: 9 });
  });

  it('explains what is wrong', () => {
    expect(parsePeriod('abc')).toMatchObject({ ok: false, error: { code: 'period_format' } });
    expect(parsePeriod('11413')).toMatchObject({ ok: false, error: { code: 'period_month' } });
    expect(parsePeriod('114/10-11')).toMatchObject({ ok: false, error: { code: 'period_month' } });
    expect(parsePeriod('11400')).toMatchObject({ ok: false, error: { code: 'period_month' } });
  });

  it('steps across year boundaries', () => {
    expect(nextPeriod({ rocYear: 114, startMonth: 11 })).toEqual({ rocYear: 115, startMonth: 1 });
    expect(previousPeriod({ rocYear: 115, startMonth: 1 })).toEqual({ rocYear: 114, startMonth: 11 });
  });

  it('puts a date in its period', () => {
    expect(periodOfDate('2025-06-24')).toEqual({ rocYear: 114, startMonth: 5 });
    expect(periodOfDate('2026-01-01')).toEqual({ rocYear: 115, startMonth: 1 });
    expect(periodOfDate('2025-12-31')).toEqual({ rocYear: 114, startMonth: 11 });
  });

  it('labels in both languages', () => {
    expect(periodLabel({ rocYear: 114, startMonth: 9 }, 'zh-Hant-TW')).toBe('114年09-10月');
    expect(periodLabel({ rocYear: 114, startMonth: 11 }, 'en')).toBe('Nov–Dec 2025');
  });
});

describe('draw date and claim window', () => {
  it('matches every period in the domain data (draw on the 25th; claim end moved off weekends)', () => {
    for (const p of domain.periods) {
      const period = periodOrThrow(p.label);
      expect(drawDate(period), p.label).toBe(p.drawDateDerived);
      expect(claimWindow(period).from, p.label).toBe(p.claimStartDerived);
      if (p.claimEndWeekendAdjusted) expect(claimWindow(period).to, p.label).toBe(p.claimEndWeekendAdjusted);
    }
  });

  it('agrees with claim ends observed in official notices (addenda §C)', () => {
    const observed: Record<string, string> = {
      '107/11-12': '2019-05-06',
      '108/07-08': '2020-01-06',
      '111/05-06': '2022-11-07',
      '112/11-12': '2024-05-06',
      '113/07-08': '2025-01-06',
      '114/01-02': '2025-07-07',
      '115/03-04': '2026-09-07',
    };
    for (const [label, end] of Object.entries(observed)) expect(claimWindow(periodOrThrow(label)).to, label).toBe(end);
  });

  it('never moves the first claim day (114/01-02 opened on Sunday 2025-04-06)', () => {
    expect(claimWindow(periodOrThrow('11401')).from).toBe('2025-04-06');
  });

  it('moves the last claim day with the office calendar of lib/taiwan: always an open day, never before the 5th', () => {
    // Every period whose claim window ends in the years the calendar covers (2021–2027).
    for (let p = periodOrThrow('10911'); p.rocYear < 116 || p.startMonth < 11; p = nextPeriod(p)) {
      const { to } = claimWindow(p);
      const nominal = `${to.slice(0, 8)}05`;
      expect(isOfficeOpen(to), periodLabel(p, 'en')).toBe(true);
      expect(to, periodLabel(p, 'en')).toBe(nextOfficeDay(nominal).effective);
      expect(daysBetween(nominal, to)).toBeGreaterThanOrEqual(0);
    }
  });

  it('draws 11–12 in January of the next year', () => {
    expect(drawDate(periodOrThrow('11411'))).toBe('2026-01-25');
  });
});
