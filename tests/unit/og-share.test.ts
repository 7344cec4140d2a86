import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextPeriod, pageKey } from '@/lib/lottery/period';
import { sourcedPeriods, type PeriodRecord } from '@/lib/lottery/records';
import { lotteryShare, shareCharacters } from '@/lib/og/lottery-share';

const glyphs = new Set(readFileSync('lib/og/fonts/glyphs.txt', 'utf8').trimEnd());
const records = sourcedPeriods();

describe('lottery share images', () => {
  it('show the period, the numbers and the claim window', () => {
    const share = lotteryShare(records.find((r) => r.key === '11409')!);
    expect(share.title).toBe('114年09-10月 統一發票中獎號碼');
    expect(share.rows.map((r) => r.label)).toEqual(['特別獎', '特獎', '頭獎']);
    expect(share.rows[2]!.numbers).toHaveLength(3);
    expect(share.footer).toBe('領獎期間 2025-12-06 至 2026-03-05');
  });

  it('say 未公布 for a number the sources lack', () => {
    const unknown = records.find((r) => r.numbers.special === null);
    if (unknown) expect(lotteryShare(unknown).rows[0]!.numbers).toEqual(['未公布']);
  });

  // A glyph missing from the subset makes next/og fetch a font at request time, which fails offline.
  it('have every character in the subset font, for every period and the next ten years', () => {
    const future: PeriodRecord[] = [];
    let p = records[0]!.period;
    for (let i = 0; i < 60; i += 1) {
      p = nextPeriod(p);
      future.push({ ...records[0]!, key: pageKey(p), period: p });
    }
    const missing = [...new Set(shareCharacters([...records, ...future]))].filter((c) => !glyphs.has(c));
    expect(missing).toEqual([]);
  });
});
