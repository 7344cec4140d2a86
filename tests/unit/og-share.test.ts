import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextPeriod, pageKey } from '@/lib/lottery/period';
import { sourcedPeriods, type PeriodRecord } from '@/lib/lottery/records';
import { lotteryShare, shareCharacters } from '@/lib/og/lottery-share';
import { STATS_SHARE_TEXT, statsShare, statsShareCharacters } from '@/lib/og/stats-share';
import { datasetMetadata, topicData } from '@/lib/stats/read-datasets';
import { overviewShareInput, topicShareInput } from '@/lib/stats/views/share';
import { TOPICS, TOPIC_IDS } from '@/lib/stats/views/topics';

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

describe('statistics share images', () => {
  const inputs = [
    overviewShareInput(topicData('carrier', 'zh-Hant-TW'), '2026-11-22'),
    ...TOPIC_IDS.map((topic) => topicShareInput(topicData(topic, 'zh-Hant-TW'), datasetMetadata(TOPICS[topic].dataset).modified)),
  ];

  it('say the data are synthetic, and show the title in both languages, the range and the update', () => {
    const share = statsShare(inputs[2]!);
    expect(share.title).toBe(STATS_SHARE_TEXT.topics.county.zh);
    expect(share.subtitle).toBe(STATS_SHARE_TEXT.topics.county.en);
    expect(share.badge).toContain('合成資料');
    expect(share.badge).toContain('Synthetic data');
    expect(share.range).toMatch(/^\d{4}-\d{2} – \d{4}-\d{2}$/);
    expect(share.footer.endsWith(datasetMetadata(TOPICS.county.dataset).modified)).toBe(true);
    // Kinmen, Lienchiang and Penghu are suppressed in the default year: outlines, not zero bars.
    expect(share.bars.filter((b) => b === null).length).toBeGreaterThan(0);
    expect(Math.max(...share.bars.filter((b): b is number => b !== null))).toBe(1);
  });

  it('label the bars when there are few, with a dash for a suppressed one', () => {
    expect(statsShare(inputs[0]!).labels).toHaveLength(5);
    expect(statsShare(inputs[0]!).labels![0]).toMatch(/^\d+\.\d%$/);
    expect(statsShare({ ...inputs[0]!, values: [1, null] }).labels).toEqual(['1.0%', STATS_SHARE_TEXT.suppressedBar]);
  });

  // The same guard as the lottery's: every character of every statistics image is in the subset.
  it('have every character in the subset font', () => {
    const texts = [statsShareCharacters(), ...inputs.flatMap((input) => Object.values(statsShare(input)).filter((v): v is string => typeof v === 'string'))];
    const labels = inputs.flatMap((input) => statsShare(input).labels ?? []);
    const missing = [...new Set([...texts, ...labels].join(''))].filter((c) => !glyphs.has(c));
    expect(missing).toEqual([]);
  });
});
