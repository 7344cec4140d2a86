/**
 * How a dashboard draws its series: one colour and one dash per series, fixed by the series'
 * place in the dataset (never by its place in the current selection), so 餐飲業 is the same line
 * before and after filtering; how many lines a chart draws at once; the value axis's ticks.
 * Pure: the server-drawn chart, the interactive chart, the legend and the tests share it.
 */
import type { TableView } from './table';

/** Okabe–Ito, darkest first, then four more distinguishable hues. */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#1b1f23', '#E69F00', '#56B4E9', '#7a5195', '#8c6d31', '#666666'] as const;
/** Solid, dashed, dotted, dash-dot: lines also differ by dash so colour is never the only cue. */
export const SERIES_DASHES = ['', '6 3', '2 3', '10 3 2 3'] as const;

/** More lines than this tangle; the chart draws the largest ones and the table keeps the rest. */
export const MAX_LINES = 5;

export type SeriesStyle = { colour: string; dash: string };

/**
 * The style of series `key` among every series of its dataset (`allKeys`, in the dataset's
 * order). The pair (colour, dash) repeats only after 20 series; an unknown key gets grey.
 */
export function seriesStyle(key: string, allKeys: readonly string[]): SeriesStyle {
  const i = allKeys.indexOf(key);
  if (i < 0) return { colour: '#666666', dash: '' };
  return { colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!, dash: SERIES_DASHES[i % SERIES_DASHES.length]! };
}

/**
 * The columns a line chart draws: all of them up to MAX_LINES, else the MAX_LINES with the
 * largest sums over the rows shown (suppressed cells count as nothing), in the table's order.
 */
export function drawnColumns(view: Pick<TableView, 'columns' | 'rows'>, kind: 'line' | 'stacked' | 'grouped' | 'bar'): number[] {
  const all = view.columns.map((_, i) => i);
  if (kind !== 'line' || all.length <= MAX_LINES) return all;
  const total = (i: number) => view.rows.reduce((sum, r) => sum + (r.cells[i] ?? 0), 0);
  const largest = [...all].sort((a, b) => total(b) - total(a) || a - b).slice(0, MAX_LINES);
  return all.filter((i) => largest.includes(i));
}

/**
 * Round ticks from 0 (or the smallest negative value) to a little above `max`: 1, 2, 2.5 or 5
 * times a power of ten, about five of them. The server-drawn chart and Recharts use the same
 * ticks, so nothing moves when one replaces the other.
 */
export function niceTicks(min: number, max: number, target = 5): number[] {
  const lo = Math.min(0, min);
  const hi = Math.max(lo + 1e-9, max);
  const raw = (hi - lo) / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const first = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = first; v < hi + step - 1e-9 * step; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks.length < 2) ticks.push(Number((first + step).toPrecision(12)));
  return ticks;
}

/** The largest and smallest values a chart of `kind` draws: stacked bars add up per row. */
export function valueExtent(view: Pick<TableView, 'rows'>, columns: readonly number[], kind: 'line' | 'stacked' | 'grouped' | 'bar'): [number, number] {
  let min = 0;
  let max = 0;
  for (const row of view.rows) {
    const cells = columns.map((i) => row.cells[i] ?? null).filter((c): c is number => c !== null);
    const values = kind === 'stacked' ? [cells.reduce((a, b) => a + b, 0)] : cells;
    for (const v of values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  }
  return [min, max];
}

/**
 * The value axis of a chart: round ticks over what it draws; stacked shares always 0–100 (their
 * rounded parts can add up to 100.01, which must not push the axis to 125).
 */
export function chartTicks(view: Pick<TableView, 'rows'>, columns: readonly number[], kind: 'line' | 'stacked' | 'grouped' | 'bar', percent = false): number[] {
  if (percent && kind === 'stacked') return [0, 25, 50, 75, 100];
  return niceTicks(...valueExtent(view, columns, kind));
}
