/**
 * What a dashboard chart draws, without drawing it: the kind of chart for a measure, the columns
 * it draws and the style keys. The page's first load needs this much (the chart's note on the
 * lines left out); the drawing itself (chart-drawing.ts) loads with the first view change
 * (components/stats/drawings.tsx). Pure.
 */
import { formatNumber } from '@/lib/i18n/format';
import { drawnColumns } from './series';
import type { ViewState } from './state';
import type { TableView } from './table';
import { TOPICS, isAdditive, type MeasureKey, type TopicShape } from './topics';

export type DrawKind = 'line' | 'stacked' | 'grouped' | 'bar';

export type ChartInput = {
  view: TableView;
  kind: DrawKind;
  /** Indices of the columns drawn (see drawnColumns). */
  columns: readonly number[];
  /** Every series key of the dataset, in its order: fixes each series' colour and dash. */
  allKeys: readonly string[];
  formatTick: (v: number) => string;
  /** Shares: a stacked chart's axis stays at 0–100. */
  percent?: boolean;
};

/** How a topic's chart draws a measure: stacked parts add up, averages and shares do not. */
export function drawKind(chart: string, measure: MeasureKey, columns: number): DrawKind {
  if (chart === 'stacked') return isAdditive(measure) ? 'stacked' : 'line';
  if (chart === 'bar') return columns > 1 ? (isAdditive(measure) ? 'stacked' : 'grouped') : 'bar';
  return 'line';
}

/** Topics chart-drawing.ts serves (the county map and the hour × weekday heat map are class-drawing.ts). */
export function drawsChart(data: Pick<TopicShape, 'topic'>): boolean {
  return TOPICS[data.topic].chart !== 'map' && data.topic !== 'hour-weekday';
}

/** The chart of a view (buildView's), as the page draws it: the dashboard and the downloads both call this. */
export function chartInputFor(data: TopicShape, state: ViewState, locale: string, view: TableView): ChartInput {
  const kind = drawKind(TOPICS[data.topic].chart, state.measure, view.columns.length);
  return {
    view,
    kind,
    columns: drawnColumns(view, kind),
    allKeys: data.series.map((s) => s.key),
    formatTick: (v) => formatNumber(v, locale, { maximumFractionDigits: 2 }),
    percent: state.measure === 'share',
  };
}
