/**
 * From a topic's cells and the chosen filters to the table the dashboard shows (its figures and
 * its CSV: table-format.ts). The chart, the table and the CSV all come from one TableView, so
 * they cannot disagree. Pure.
 *
 * Summing cells (a year of months, a range of months per county): a sum that would include a
 * suppressed cell is itself suppressed. Sums of published cells reveal nothing that the
 * published cells did not, so no new disclosure check is needed.
 */
import { ROUNDING } from '../pipeline/suppression';
import { TOPICS, cellIndex, topicShape, type Label, type MeasureKey, type TopicData, type TopicShape } from './topics';
import { periodLabel } from './period-label';
import { defaultState, periodsInRange, type ViewState } from './state';

// What the table writes (its figures, its CSV) loads with the page; building a view from the cells
// (this module) loads with the first view change (components/stats/drawings.tsx).
export { csvValue, formatValue, tableCsv, type CsvTable } from './table-format';

/** null: suppressed (shown as "—", never as 0). */
export type ViewCell = number | null;
/** `label`: as the page shows it (a period in the page's calendar); the CSV writes `key` for periods. */
export type ViewRow = { key: string; label: string; cells: ViewCell[]; period?: true };
export type TableView = { columns: Label[]; rows: ViewRow[]; anySuppressed: boolean };

type Group = { key: string; periods: number[] };

function value(data: TopicData, measure: MeasureKey, periods: readonly number[], category: number, series: number): ViewCell {
  const at = (p: number, s = series) => cellIndex(data, p, category, s);
  if (periods.some((p) => data.count[at(p)] === null)) return null;
  if (periods.length === 1) {
    const published = measure === 'share' ? data.share : data[measure];
    return published?.[at(periods[0]!)] ?? null;
  }
  const sum = (values: readonly (number | null)[], s = series) => periods.reduce((total, p) => total + (values[at(p, s)] ?? 0), 0);
  const count = sum(data.count);
  if (measure === 'count') return count;
  const amount = sum(data.amount);
  if (measure === 'amount') return amount;
  if (measure === 'mean') return ROUNDING.meanTicket(amount, count);
  // A share's denominator is every series of the same periods: all of them must be published.
  const all = data.series.map((_, s) => s);
  if (all.some((s) => periods.some((p) => data.count[at(p, s)] === null))) return null;
  return ROUNDING.sharePct(count, all.reduce((total, s) => total + sum(data.count, s), 0));
}

/** `locale`: the language period rows are labelled in (English keeps the ISO key). */
export function buildView(data: TopicData, state: ViewState, locale = 'en'): TableView {
  const spec = TOPICS[data.topic];
  const inRange = new Set(periodsInRange(state, data));
  const indices = data.periods.map((p, i) => ({ p, i })).filter(({ p }) => inRange.has(p));
  const selected = data.series.map((s, i) => ({ ...s, i })).filter((s) => state.series.includes(s.key));
  const columns = selected.map(({ key, label }) => ({ key, label }));

  let rows: ViewRow[];
  if (spec.rows === 'time') {
    const groups: Group[] = [];
    for (const { p, i } of indices) {
      const key = state.by === 'year' ? p.slice(0, 4) : p;
      const last = groups.at(-1);
      if (last?.key === key) last.periods.push(i);
      else groups.push({ key, periods: [i] });
    }
    rows = groups.map((g) => ({
      key: g.key,
      label: periodLabel(g.key, locale),
      period: true as const,
      cells: selected.map((s) => value(data, state.measure, g.periods, 0, s.i)),
    }));
  } else {
    const periods = indices.map(({ i }) => i);
    rows = data.categories.map((c, ci) => ({
      key: c.key,
      label: c.label,
      cells: periods.length === 0 ? selected.map(() => null) : selected.map((s) => value(data, state.measure, periods, ci, s.i)),
    }));
  }
  return { columns, rows, anySuppressed: rows.some((r) => r.cells.some((c) => c === null)) };
}

/**
 * What a page gives a dashboard island: the topic without its cells and the view the server draws
 * (`state`, else the topic's default). The cells stay out of the page's payload; the island loads
 * them when the reader changes the view (components/stats/topic-source.ts).
 */
export function explorerInput(data: TopicData, locale: string, state: ViewState = defaultState(data)): { data: TopicShape; first: TableView } {
  return { data: topicShape(data), first: buildView(data, state, locale) };
}
