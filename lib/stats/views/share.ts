/**
 * What a statistics share image draws: the default view of a topic summed over its series (all
 * industries, both genders, every weekday), or a cloud-invoice share over time for the carrier
 * topic and the overview. Pure; the opengraph-image routes pass the data.
 */
import type { StatsShareInput } from '@/lib/og/stats-share';
import { headlines } from './headlines';
import { defaultState, periodOptions, periodsInRange, type ViewState } from './state';
import { buildView } from './table';
import { isAdditive, type TopicData } from './topics';

/** `state`: the view as filtered (a shared link's query); the default view without one. */
export function topicShareInput(data: TopicData, modified: string, state: ViewState = defaultState(data)): StatsShareInput {
  if (data.topic === 'carrier') {
    const periods = periodsInRange(state, data);
    return { topic: 'carrier', measure: 'cloudShare', from: state.from, to: state.to, modified, values: periods.map((p) => headlines(data, p).cloudSharePct) };
  }
  const view = buildView(data, state);
  const total = (cells: readonly (number | null)[]) => (cells.some((c) => c === null) ? null : cells.reduce<number>((a, c) => a + c!, 0));
  return {
    topic: data.topic,
    measure: state.measure,
    from: state.from,
    to: state.to,
    modified,
    values: view.rows.map((r) => (isAdditive(state.measure) ? total(r.cells) : (r.cells[0] ?? null))),
  };
}

export function overviewShareInput(carrier: TopicData, modified: string): StatsShareInput {
  const years = periodOptions(carrier, 'year');
  return {
    topic: 'overview',
    measure: 'cloudShare',
    from: years[0]!,
    to: years.at(-1)!,
    modified,
    values: years.map((y) => headlines(carrier, y).cloudSharePct),
  };
}
