/**
 * A dashboard's filters and their URL: `?from=2024-01&to=2024-12&measure=amount&series=food,fuel`.
 * The page is static and never reads the query; the island parses it after hydration, and
 * writes it back with history.replaceState so the address bar is always a share link.
 * Anything unknown or out of range falls back to the default rather than failing.
 */
import { TOPICS, type Granularity, type MeasureKey, type TopicShape, type TopicId } from './topics';

export type ViewState = {
  from: string;
  to: string;
  by: Granularity;
  measure: MeasureKey;
  /** Selected series keys, in the dataset's order. */
  series: string[];
};

const yearOf = (period: string) => period.slice(0, 4);

/** The periods a range can start and end at, for a row granularity. */
export function periodOptions(data: Pick<TopicShape, 'periods'>, by: Granularity): string[] {
  return by === 'year' ? [...new Set(data.periods.map(yearOf))] : data.periods;
}

/** The periods the range selects offer for a topic and row granularity. */
export function rangeOptions(data: Pick<TopicShape, 'periods' | 'topic'>, by: Granularity): string[] {
  return periodOptions(data, rangeUnit(data.topic, by));
}

/** The granularity the range is expressed in: years for a yearly dataset or a yearly table. */
function rangeUnit(topic: TopicId, by: Granularity): Granularity {
  return TOPICS[topic].time === 'year' ? 'year' : by;
}

export function defaultState(data: TopicShape): ViewState {
  const spec = TOPICS[data.topic];
  const by = spec.granularities[0]!;
  const options = periodOptions(data, rangeUnit(data.topic, by));
  const last = options.at(-1)!;
  const from = spec.defaultRange === 'all' ? options[0]! : (options.find((p) => yearOf(p) === yearOf(last)) ?? last);
  return { from, to: last, by, measure: spec.measures[0]!, series: data.series.map((s) => s.key) };
}

/** A period moved to another granularity: 2024-05 → 2024; 2024 → 2024-01 (start) or 2024-12 (end). */
function convert(period: string, unit: Granularity, edge: 'start' | 'end', options: readonly string[]): string {
  if (unit === 'year') return yearOf(period);
  if (period.length === 7) return period;
  const months = options.filter((p) => yearOf(p) === period);
  return (edge === 'start' ? months[0] : months.at(-1)) ?? period;
}

/** Changes the row granularity, keeping the range as close as it can. */
export function withGranularity(state: ViewState, data: TopicShape, by: Granularity): ViewState {
  const unit = rangeUnit(data.topic, by);
  const options = periodOptions(data, unit);
  return normalise({ ...state, by, from: convert(state.from, unit, 'start', data.periods), to: convert(state.to, unit, 'end', data.periods) }, data, options);
}

function normalise(state: ViewState, data: TopicShape, options: readonly string[]): ViewState {
  let from = options.includes(state.from) ? state.from : options[0]!;
  let to = options.includes(state.to) ? state.to : options.at(-1)!;
  if (from > to) [from, to] = [to, from];
  // A topic without series has the one column 'all', which cannot be deselected.
  const series = TOPICS[data.topic].seriesField ? data.series.map((s) => s.key).filter((k) => state.series.includes(k)) : data.series.map((s) => s.key);
  return { ...state, from, to, series };
}

export function parseState(search: string, data: TopicShape): ViewState {
  const spec = TOPICS[data.topic];
  const fallback = defaultState(data);
  const query = new URLSearchParams(search);
  const byParam = query.get('by');
  const by = spec.granularities.find((g) => g === byParam) ?? fallback.by;
  const options = periodOptions(data, rangeUnit(data.topic, by));
  const byDefault = by === fallback.by ? fallback : withGranularity(fallback, data, by);
  const measureParam = query.get('measure');
  const measure = spec.measures.find((m) => m === measureParam) ?? fallback.measure;
  const seriesParam = query.get('series');
  const series =
    seriesParam === null ? fallback.series : seriesParam === '' ? [] : data.series.map((s) => s.key).filter((k) => seriesParam.split(',').includes(k));
  return normalise(
    {
      from: options.includes(query.get('from') ?? '') ? query.get('from')! : byDefault.from,
      to: options.includes(query.get('to') ?? '') ? query.get('to')! : byDefault.to,
      by,
      measure,
      series,
    },
    data,
    options,
  );
}

/** Whether two states show the same view (compared by value: a parsed link, a choice undone). */
export function sameState(a: ViewState, b: ViewState): boolean {
  return a.from === b.from && a.to === b.to && a.by === b.by && a.measure === b.measure && a.series.join(',') === b.series.join(',');
}

/**
 * The query that reproduces `state`. Range and measure are always written, so a shared link
 * still means the same thing after a later release moves the defaults; the series only when
 * some are left out, and `by` only when the topic offers a choice.
 */
export function stateQuery(state: ViewState, data: TopicShape): string {
  const spec = TOPICS[data.topic];
  const parts = [`from=${state.from}`, `to=${state.to}`];
  if (spec.granularities.length > 1) parts.push(`by=${state.by}`);
  parts.push(`measure=${state.measure}`);
  if (state.series.length !== data.series.length) parts.push(`series=${state.series.map(encodeURIComponent).join(',')}`);
  return parts.join('&');
}

/** The periods inside the range, in the dataset's own granularity. */
export function periodsInRange(state: ViewState, data: Pick<TopicShape, 'periods'>): string[] {
  return data.periods.filter((p) => {
    const key = state.from.length === 4 && p.length === 7 ? yearOf(p) : p;
    return key >= state.from && key <= state.to;
  });
}

/**
 * Whether the view holds the whole dataset: every series, every period, rows at the dataset's own
 * grain. Then "download as shown" gives the published file itself (/data/<id>.csv, every measure),
 * so the two downloads are the same bytes.
 */
export function isWholeDataset(state: ViewState, data: TopicShape): boolean {
  const spec = TOPICS[data.topic];
  const grain = spec.rows === 'category' || state.by === spec.time;
  return grain && state.series.length === data.series.length && periodsInRange(state, data).length === data.periods.length;
}
