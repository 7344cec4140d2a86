import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextPeriod, pageKey } from '@/lib/lottery/period';
import { sourcedPeriods, type PeriodRecord } from '@/lib/lottery/records';
import { lotteryShare, shareCharacters } from '@/lib/og/lottery-share';
import { FORUM_SHARE_TEXT, big5CommonCharacters, drawable, forumShare, type ForumShareInput } from '@/lib/og/forum-share';
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

describe('forum share images', () => {
  const forumGlyphs = new Set(readFileSync('lib/og/fonts/forum-glyphs.txt', 'utf8').trimEnd());
  const base: ForumShareInput = {
    kind: 'proposal',
    title: '請開放手機條碼載具的歸戶紀錄下載',
    hidden: false,
    status: 'collecting',
    overdue: false,
    endorsements: 1234,
    threshold: 5000,
    endorseUntil: new Date('2027-01-29T04:00:00Z'),
    answerDue: null,
    category: 'carriers-prizes',
    synthetic: false,
  };

  it('show the title, the status and the endorsement progress with its deadline', () => {
    const share = forumShare(base, '載具與兌獎', forumGlyphs);
    expect(share.title).toBe(base.title);
    expect(share.status).toBe('附議中');
    expect(share.progress).toEqual({ text: '1,234／5,000 人附議', percent: 24 });
    expect(share.footer).toBe('附議截止：2027-01-29');
    expect(share.label).toBe('提案 · 載具與兌獎');
  });

  it('show the answer-by date once the threshold is reached, overdue answers as such, and no progress for a question', () => {
    const due = new Date('2027-03-01T00:00:00Z');
    expect(forumShare({ ...base, status: 'awaiting_answer', endorsements: 5000, answerDue: due }, 'x', forumGlyphs)).toMatchObject({ status: '待機關回應', footer: '機關回應期限：2027-03-01', progress: { percent: 100 } });
    expect(forumShare({ ...base, status: 'awaiting_answer', overdue: true, answerDue: due }, 'x', forumGlyphs).status).toBe('逾期未回應');
    expect(forumShare({ ...base, kind: 'question', status: 'open', threshold: null }, 'x', forumGlyphs)).toMatchObject({ progress: null, footer: '', status: '待回覆' });
  });

  it('never show a hidden title, and cut a long one', () => {
    expect(forumShare({ ...base, hidden: true }, 'x', forumGlyphs).title).toBe('（此文章已隱藏）');
    const long = forumShare({ ...base, title: '載'.repeat(100) }, 'x', forumGlyphs).title;
    expect([...long]).toHaveLength(64);
    expect(long.endsWith('…')).toBe(true);
  });

  // A glyph missing from the font makes next/og fetch one at request time, which fails offline.
  it('draw every character with the forum font: its own words, common Chinese, and □ for anything else', () => {
    const statuses = (['collecting', 'open', 'awaiting_answer', 'under_review', 'answered', 'adopted', 'partly_adopted', 'declined', 'not_reached'] as const).map((status) => forumShare({ ...base, status }, '開放資料', forumGlyphs));
    const text = statuses.map((s) => Object.values(s).join('') + (s.progress?.text ?? '')).join('') + FORUM_SHARE_TEXT.join('') + big5CommonCharacters();
    expect([...new Set(text)].filter((c) => c !== '[' && c !== ']' && !forumGlyphs.has(c) && c.trim() !== '')).toEqual([]);
    expect(forumShare({ ...base, title: '載具 😀 𠮷' }, 'x', forumGlyphs).title).toBe('載具 □ □');
    expect(drawable('堃', forumGlyphs)).toBe(forumGlyphs.has('堃') ? '堃' : '□');
  });
});
