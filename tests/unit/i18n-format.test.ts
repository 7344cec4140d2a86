import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '@/lib/i18n/format';

describe('formatDate', () => {
  it('shows Traditional Chinese dates in the Minguo (ROC) calendar', () => {
    expect(formatDate('2026-11-22', 'zh-Hant-TW')).toBe('民國115年11月22日');
    expect(formatDate('2026-01-01', 'zh-Hant-TW')).toBe('民國115年1月1日');
    expect(formatDate('1912-01-01', 'zh-Hant-TW')).toBe('民國1年1月1日');
  });

  it('shows English dates in the Gregorian calendar', () => {
    expect(formatDate('2026-11-22', 'en')).toBe('November 22, 2026');
  });

  it('reads a YYYY-MM-DD string as a Taipei calendar date, whatever the server time zone', () => {
    expect(formatDate('2026-12-31', 'en')).toBe('December 31, 2026');
    expect(formatDate('2027-01-01', 'zh-Hant-TW')).toBe('民國116年1月1日');
  });

  it('shows the Taipei date for an instant just after midnight in Taipei (still the previous day in UTC)', () => {
    const instant = new Date('2026-11-21T16:30:00Z'); // 2026-11-22 00:30 in Taipei
    expect(formatDate(instant, 'zh-Hant-TW')).toBe('民國115年11月22日');
    expect(formatDate(instant, 'en')).toBe('November 22, 2026');
  });

  it('shows the Taipei date for an instant just before midnight in Taipei', () => {
    const instant = new Date('2026-11-22T15:59:00Z'); // 2026-11-22 23:59 in Taipei
    expect(formatDate(instant, 'zh-Hant-TW')).toBe('民國115年11月22日');
    expect(formatDate(instant, 'en')).toBe('November 22, 2026');
  });
});

describe('formatDateTime', () => {
  const evening = new Date('2026-11-22T15:05:00Z'); // 23:05 in Taipei
  const midnight = new Date('2026-11-21T16:00:00Z'); // 00:00 on 22 Nov in Taipei

  it('uses a 24-hour clock in Taipei time', () => {
    for (const locale of ['en', 'zh-Hant-TW'] as const) {
      const text = formatDateTime(evening, locale);
      expect(text).toContain('23:05');
      expect(text).not.toMatch(/AM|PM|上午|下午|晚上/);
      expect(formatDateTime(midnight, locale)).toMatch(/(^|\D)0?0:00/);
      expect(formatDateTime(midnight, locale)).not.toMatch(/12:00|24:00|AM|PM|上午|下午|午夜/);
    }
  });

  it('includes the date in the right calendar', () => {
    expect(formatDateTime(evening, 'zh-Hant-TW')).toMatch(/^民國115/);
    expect(formatDateTime(evening, 'en')).toContain('2026');
    expect(formatDateTime(midnight, 'en')).toContain('22');
  });
});
