import { describe, expect, it } from 'vitest';
import { defaultState, parseState, periodOptions, periodsInRange, stateQuery, withGranularity } from '@/lib/stats/views/state';
import type { TopicData } from '@/lib/stats/views/topics';

const months = ['2024', '2025'].flatMap((y) => Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`));

function data(topic: TopicData['topic'], periods = months, series = [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }]): TopicData {
  const size = periods.length * series.length;
  return { topic, periods, categories: [], series, count: Array(size).fill(1), amount: Array(size).fill(1), mean: Array(size).fill(1), share: null };
}

describe('dashboard state in the URL', () => {
  const industry = data('industry');

  it('defaults to the whole range, monthly, the first measure and every series', () => {
    expect(defaultState(industry)).toEqual({ from: '2024-01', to: '2025-12', by: 'month', measure: 'count', series: ['a', 'b'] });
  });

  it('defaults to the latest year where the topic says so', () => {
    const county = { ...data('county', months, [{ key: 'all', label: '' }]), categories: [{ key: '63000', label: '臺北市' }] };
    expect(defaultState(county)).toMatchObject({ from: '2025-01', to: '2025-12' });
  });

  it('round-trips through the query', () => {
    const state = { from: '2024-03', to: '2025-02', by: 'month' as const, measure: 'amount' as const, series: ['b'] };
    const query = stateQuery(state, industry);
    expect(query).toBe('from=2024-03&to=2025-02&by=month&measure=amount&series=b');
    expect(parseState(`?${query}`, industry)).toEqual(state);
  });

  it('leaves the series out of the query when all are shown, and keeps an empty selection', () => {
    expect(stateQuery(defaultState(industry), industry)).toBe('from=2024-01&to=2025-12&by=month&measure=count');
    expect(parseState('?series=', industry).series).toEqual([]);
  });

  it('falls back to the default for anything unknown, and swaps a reversed range', () => {
    expect(parseState('?from=1999-01&to=2030-01&measure=nonsense&by=week&series=zzz,b', industry)).toEqual({
      from: '2024-01',
      to: '2025-12',
      by: 'month',
      measure: 'count',
      series: ['b'],
    });
    expect(parseState('?from=2025-06&to=2024-02', industry)).toMatchObject({ from: '2024-02', to: '2025-06' });
    // A measure the topic does not offer is unknown too.
    expect(parseState('?measure=share', industry).measure).toBe('count');
  });

  it('expresses a yearly table in years and moves between granularities', () => {
    const yearly = parseState('?by=year&from=2025&to=2025', industry);
    expect(yearly).toMatchObject({ by: 'year', from: '2025', to: '2025' });
    expect(periodsInRange(yearly, industry)).toHaveLength(12);
    expect(withGranularity({ ...defaultState(industry), from: '2024-05', to: '2025-02' }, industry, 'year')).toMatchObject({ from: '2024', to: '2025' });
    expect(withGranularity(yearly, industry, 'month')).toMatchObject({ from: '2025-01', to: '2025-12' });
    expect(periodOptions(industry, 'year')).toEqual(['2024', '2025']);
  });

  it('keeps the single column of a topic without series', () => {
    const donations = data('donations', months, [{ key: 'all', label: '' }]);
    expect(parseState('?series=', donations).series).toEqual(['all']);
    expect(stateQuery(defaultState(donations), donations)).toBe('from=2024-01&to=2025-12&measure=count');
  });
});
