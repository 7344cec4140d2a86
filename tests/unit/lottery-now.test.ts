import { describe, expect, it } from 'vitest';
import { now } from '@/lib/clock';
import { lotteryNow } from '@/lib/lottery/now';
import { pageKey, type Period } from '@/lib/lottery/period';
import { sourcedPeriods, type PeriodRecord } from '@/lib/lottery/records';

// The sourced periods end with 115年07-08月 (11507); 115年09-10月 was drawn on 2026-11-25 and is not among them.
const records = sourcedPeriods();
const keys = (periods: Period[]) => periods.map(pageKey);
const at = (iso: string) => lotteryNow(records, new Date(iso));

describe('lotteryNow', () => {
  it('after a draw whose numbers are not here: that period is awaiting, both periods are open, the countdown moves on', () => {
    const n = at('2026-11-30T04:00:00Z');
    expect(n.today).toBe('2026-11-30');
    expect(n.latest?.key).toBe('11507');
    expect(n.awaiting).toEqual({ rocYear: 115, startMonth: 9 });
    expect(keys(n.claimable)).toEqual(['11509', '11507']);
    expect(n.nextDraw).toEqual({ period: { rocYear: 115, startMonth: 11 }, date: '2027-01-25' });
  });

  it('on draw day before 14:00 in Taiwan the draw is still to come; after it the period awaits its numbers', () => {
    const before = at('2026-11-25T05:59:00Z'); // 13:59 in Taipei
    expect(before.awaiting).toBeNull();
    expect(keys(before.claimable)).toEqual(['11507']);
    expect(before.nextDraw).toEqual({ period: { rocYear: 115, startMonth: 9 }, date: '2026-11-25' });
    const after = at('2026-11-25T06:00:00Z'); // 14:00
    expect(after.awaiting).toEqual({ rocYear: 115, startMonth: 9 });
    expect(after.nextDraw.date).toBe('2027-01-25');
  });

  it('numbers published before 14:00 count as drawn', () => {
    const published: PeriodRecord = { ...records[0]!, key: '11509', period: { rocYear: 115, startMonth: 9 }, origin: 'published' };
    const n = lotteryNow([published, ...records], new Date('2026-11-25T05:30:00Z'));
    expect(n.latest?.key).toBe('11509');
    expect(n.awaiting).toBeNull();
    expect(n.nextDraw.date).toBe('2027-01-25');
  });

  it('keeps a period open to its weekend-adjusted claim deadline, in Taiwan time', () => {
    // 2026-09-05 is a Saturday: 115年03-04月 can be claimed until Monday 2026-09-07 (addenda §C).
    expect(keys(at('2026-09-07T15:59:00Z').claimable)).toEqual(['11505', '11503']); // 23:59 on the 7th
    expect(keys(at('2026-09-07T16:00:00Z').claimable)).toEqual(['11505']); // 00:00 on the 8th
    // 115年07-08月, drawn on 2026-09-25, can be claimed until 2027-01-05.
    expect(keys(at('2027-01-05T15:59:00Z').claimable)).toEqual(['11509', '11507']);
    expect(keys(at('2027-01-05T16:00:00Z').claimable)).toEqual(['11509']);
  });

  it('crosses the year and period boundaries', () => {
    const newYear = at('2027-01-01T00:00:00Z');
    expect(newYear.today).toBe('2027-01-01');
    expect(pageKey(newYear.awaiting!)).toBe('11509');
    expect(newYear.nextDraw).toEqual({ period: { rocYear: 115, startMonth: 11 }, date: '2027-01-25' });
    // 00:30 on 2026-11-01 in Taipei is still 10-31 in UTC: Taiwan's date decides.
    expect(at('2026-10-31T16:30:00Z').today).toBe('2026-11-01');
    // In an odd month before its draw, the last drawn period is two back.
    const march = at('2027-03-02T00:00:00Z'); // 115年09-10月 can be claimed until 2027-03-05
    expect(march.nextDraw.date).toBe('2027-03-25');
    expect(pageKey(march.awaiting!)).toBe('11511');
    expect(keys(march.claimable)).toEqual(['11511', '11509']);
  });

  it('the latest period is the newest with numbers, whatever the order given', () => {
    expect(lotteryNow([...records].reverse(), new Date('2026-11-30T04:00:00Z')).latest?.key).toBe('11507');
    expect(lotteryNow([], new Date('2026-11-30T04:00:00Z')).latest).toBeNull();
  });
});

describe('now', () => {
  it('is TAX_CLOUD_NOW when set to a valid time, else the real time', () => {
    const saved = process.env.TAX_CLOUD_NOW;
    try {
      process.env.TAX_CLOUD_NOW = '2026-11-30T04:00:00Z';
      expect(now().toISOString()).toBe('2026-11-30T04:00:00.000Z');
      process.env.TAX_CLOUD_NOW = 'not a date';
      expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(5_000);
    } finally {
      if (saved === undefined) delete process.env.TAX_CLOUD_NOW;
      else process.env.TAX_CLOUD_NOW = saved;
    }
  });
});

describe('period names for sentences', async () => {
  const { monthDay, periodMonths, periodName } = await import('@/lib/lottery/period');
  const sepOct = { rocYear: 115, startMonth: 9 } as const;

  it('names a period and a draw day as the one-line notice needs them', () => {
    expect(periodName(sepOct, 'zh-Hant-TW')).toBe('115年09-10月');
    expect(periodName(sepOct, 'en')).toBe('Sep–Oct 2026');
    expect(periodMonths(sepOct, 'zh-Hant-TW')).toBe('09-10月');
    expect(periodMonths({ rocYear: 115, startMonth: 11 }, 'en')).toBe('Nov–Dec');
    expect(monthDay('2026-11-25', 'zh-Hant-TW')).toBe('11月25日');
    expect(monthDay('2026-11-25', 'en')).toBe('November 25');
  });
});
