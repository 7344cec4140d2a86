/**
 * The words on the statistics share images (/stats and /stats/<topic>), kept apart from the JSX
 * so the font script and a test can check that the subset font has every character (a missing
 * glyph makes next/og try to download one at request time, which fails offline). Every text is
 * a constant or ASCII (figures, dates, periods). Traditional Chinese first, English second.
 */
import type { MeasureKey, TopicId } from '@/lib/stats/views/topics';

type Pair = { zh: string; en: string };

export const STATS_SHARE_TEXT = {
  site: 'Tax Cloud 稅務雲',
  badge: { zh: '合成資料・僅供展示，非真實統計', en: 'Synthetic data for demonstration, not real statistics' },
  updated: { zh: '資料更新', en: 'Last updated' },
  suppressed: { zh: '遮蔽', en: 'suppressed' },
  overview: { zh: '電子發票開放統計', en: 'Open e-invoice statistics' },
  topics: {
    industry: { zh: '各行業電子發票開立統計', en: 'E-invoices by industry' },
    county: { zh: '各縣市電子發票開立統計', en: 'E-invoices by county and city' },
    carrier: { zh: '載具類別與雲端發票', en: 'Carrier types and cloud invoices' },
    'age-gender': { zh: '載具持有人年齡層及性別', en: 'E-invoices by age band and gender' },
    'hour-weekday': { zh: '星期及時段', en: 'E-invoices by weekday and hour' },
    donations: { zh: '發票捐贈', en: 'Donated e-invoices' },
  } satisfies Record<TopicId, Pair>,
  measures: {
    count: { zh: '開立張數', en: 'Invoices issued' },
    amount: { zh: '開立金額', en: 'Amount (NTD)' },
    mean: { zh: '平均客單價', en: 'Mean ticket (NTD)' },
    share: { zh: '占當月張數比率', en: 'Share of invoices (%)' },
  } satisfies Record<MeasureKey, Pair>,
  /** The overview's headline chart. */
  cloudShare: { zh: '雲端發票比率', en: 'Cloud-invoice share (%)' },
  rangeJoin: ' – ',
  suppressedBar: '—',
} as const;

export type StatsShareInput = {
  topic: TopicId | 'overview';
  /** What the bars show: a measure of the topic, or the overview's cloud-invoice share. */
  measure: MeasureKey | 'cloudShare';
  from: string;
  to: string;
  /** yyyy-mm-dd */
  modified: string;
  /** The default view's first column; null = suppressed. */
  values: readonly (number | null)[];
};

export type StatsShare = {
  site: string;
  title: string;
  subtitle: string;
  caption: string;
  range: string;
  badge: string;
  footer: string;
  /** 0…1 of the largest value; null = suppressed (drawn as an outline). */
  bars: (number | null)[];
  /** The figure above each bar, when there are few enough bars to read them. */
  labels: string[] | null;
};

/** At most this many bars get a figure above them. */
export const LABELLED_BARS = 12;

function figure(v: number | null, measure: StatsShareInput['measure']): string {
  if (v === null) return STATS_SHARE_TEXT.suppressedBar;
  if (measure === 'share' || measure === 'cloudShare') return `${v.toFixed(1)}%`;
  if (measure === 'mean') return v.toFixed(1);
  return v.toLocaleString('en-US');
}

export function statsShare(input: StatsShareInput): StatsShare {
  const T = STATS_SHARE_TEXT;
  const title = input.topic === 'overview' ? T.overview : T.topics[input.topic];
  const measure = input.measure === 'cloudShare' ? T.cloudShare : T.measures[input.measure];
  const max = Math.max(0, ...input.values.filter((v): v is number => v !== null));
  return {
    site: T.site,
    title: title.zh,
    subtitle: title.en,
    caption: `${measure.zh}  ${measure.en}`,
    range: `${input.from}${T.rangeJoin}${input.to}`,
    badge: `${T.badge.zh}  ${T.badge.en}`,
    footer: `${T.updated.zh} ${T.updated.en}: ${input.modified}`,
    bars: input.values.map((v) => (v === null ? null : max > 0 ? v / max : 0)),
    labels: input.values.length <= LABELLED_BARS ? input.values.map((v) => figure(v, input.measure)) : null,
  };
}

/** Every character a statistics share image can show (besides ASCII), for the font subset and its test. */
export function statsShareCharacters(): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') texts.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(STATS_SHARE_TEXT);
  return texts.join('');
}
