/**
 * The dashboards (/stats/<topic>): which dataset each topic reads, what its rows and series are,
 * which measures it offers and how it is drawn. Pure and framework-free: the pages, the client
 * island, the share images and the tests all read the same table.
 */
import type { DatasetId } from '../datasets';

export const TOPIC_IDS = ['industry', 'county', 'carrier', 'age-gender', 'hour-weekday', 'donations'] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export type MeasureKey = 'count' | 'amount' | 'mean' | 'share';
export type Granularity = 'month' | 'year';
export type ChartKind = 'line' | 'stacked' | 'bar' | 'map';

/** The published field behind each measure. */
export const MEASURE_FIELDS: Readonly<Record<MeasureKey, string>> = {
  count: 'invoice_count',
  amount: 'amount_ntd',
  mean: 'mean_ticket_ntd',
  share: 'share_pct',
};

export type TopicSpec = Readonly<{
  id: TopicId;
  /** Key under Stats.topics in the messages (camelCase). */
  messageKey: string;
  dataset: DatasetId;
  /** The dataset's time field: 'month' (YYYY-MM) or 'year' (YYYY). */
  time: Granularity;
  /** Rows of the table: periods ('time') or the categories of one field, summed over the range. */
  rows: 'time' | 'category';
  categoryField?: string;
  /** One column (and chart series) per code of this field; none: one column. */
  seriesField?: string;
  measures: readonly MeasureKey[];
  /** Row granularities offered when rows are periods (the first is the default). */
  granularities: readonly Granularity[];
  chart: ChartKind;
  /** The range shown before anything is chosen. */
  defaultRange: 'all' | 'latestYear';
}>;

export const TOPICS: Readonly<Record<TopicId, TopicSpec>> = {
  industry: {
    id: 'industry',
    messageKey: 'industry',
    dataset: 'einvoice-industry-monthly',
    time: 'month',
    rows: 'time',
    seriesField: 'industry_code',
    measures: ['count', 'amount', 'mean'],
    granularities: ['month', 'year'],
    chart: 'line',
    defaultRange: 'all',
  },
  county: {
    id: 'county',
    messageKey: 'county',
    dataset: 'einvoice-county-monthly',
    time: 'month',
    rows: 'category',
    categoryField: 'county_code',
    measures: ['count', 'amount', 'mean'],
    granularities: ['month'],
    chart: 'map',
    defaultRange: 'latestYear',
  },
  carrier: {
    id: 'carrier',
    messageKey: 'carrier',
    dataset: 'einvoice-carrier-monthly',
    time: 'month',
    rows: 'time',
    seriesField: 'carrier_type',
    measures: ['share', 'count', 'amount', 'mean'],
    granularities: ['month', 'year'],
    chart: 'stacked',
    defaultRange: 'all',
  },
  'age-gender': {
    id: 'age-gender',
    messageKey: 'ageGender',
    dataset: 'einvoice-age-gender-monthly',
    time: 'month',
    rows: 'category',
    categoryField: 'age_band',
    seriesField: 'gender',
    measures: ['count', 'amount', 'mean'],
    granularities: ['month'],
    chart: 'bar',
    defaultRange: 'latestYear',
  },
  'hour-weekday': {
    id: 'hour-weekday',
    messageKey: 'hourWeekday',
    dataset: 'einvoice-hour-weekday-annual',
    time: 'year',
    rows: 'category',
    categoryField: 'hour',
    seriesField: 'weekday',
    measures: ['count', 'amount', 'mean'],
    granularities: ['year'],
    chart: 'line',
    defaultRange: 'latestYear',
  },
  // Month only: a donation share over several months needs the months' totals, which this
  // dataset does not carry (the carrier topic has them).
  donations: {
    id: 'donations',
    messageKey: 'donations',
    dataset: 'einvoice-donations-monthly',
    time: 'month',
    rows: 'time',
    measures: ['count', 'amount', 'mean', 'share'],
    granularities: ['month'],
    chart: 'bar',
    defaultRange: 'all',
  },
};

export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && (TOPIC_IDS as readonly string[]).includes(value);
}

/** Count, amount and shares add up, so they stack; a mean does not. */
export function isAdditive(measure: MeasureKey): boolean {
  return measure !== 'mean';
}

export type Label = { key: string; label: string };

/**
 * What the client island gets for one topic: every cell of the dataset, compactly. Values are
 * indexed [period][category][series] (flattened); null means suppressed (never 0).
 */
export type TopicData = {
  topic: TopicId;
  /** Every period of the dataset, ascending ('2021-01' … or '2021' …). */
  periods: string[];
  /** Row categories; empty when rows are periods (then there is one implicit category). */
  categories: Label[];
  /** Series (table columns); one entry with key 'all' when the topic has no series field. */
  series: Label[];
  count: (number | null)[];
  amount: (number | null)[];
  /** As published (rounded); recomputed from amount and count when cells are summed. */
  mean: (number | null)[];
  share: (number | null)[] | null;
};

/**
 * A topic without its cells: what the dashboard's filters, its address-bar state and its labels
 * need. The page's first payload carries this and the first view; the cells (TopicData) load from
 * the topic's data.json only when the reader changes the view (components/stats/topic-source.ts).
 */
export type TopicShape = Pick<TopicData, 'topic' | 'periods' | 'categories' | 'series'>;

export function topicShape({ topic, periods, categories, series }: TopicShape): TopicShape {
  return { topic, periods, categories, series };
}

export function cellIndex(data: Pick<TopicData, 'categories' | 'series'>, p: number, c: number, s: number): number {
  const categories = Math.max(1, data.categories.length);
  return (p * categories + c) * data.series.length + s;
}
