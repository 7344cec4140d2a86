import { describe, expect, it } from 'vitest';
import { topicData } from '@/lib/stats/read-datasets';
import { mapScale } from '@/lib/stats/views/map';
import { MAX_LINES, SERIES_COLOURS, drawnColumns, niceTicks, seriesStyle, valueExtent } from '@/lib/stats/views/series';
import { LABEL_COLUMN, nextSort, parseSort, sortQuery, sortRows } from '@/lib/stats/views/sort';
import { defaultState } from '@/lib/stats/views/state';
import { buildView, type ViewRow } from '@/lib/stats/views/table';

describe('series colours and dashes', () => {
  const all = ['supermarket', 'convenience', 'restaurant', 'fuel', 'pharmacy', 'clothing', 'electronics', 'books', 'transport', 'other', 'extra1', 'extra2'];

  it('depend on the series, not on its place in the selection', () => {
    const before = all.map((k) => seriesStyle(k, all));
    const selection = ['restaurant', 'other'];
    // The same key gives the same style whatever else is selected.
    expect(selection.map((k) => seriesStyle(k, all))).toEqual([before[2], before[9]]);
    expect(seriesStyle('restaurant', all)).not.toEqual(seriesStyle('supermarket', all));
  });

  it('never gives two series of a dataset the same colour and dash (up to 20)', () => {
    const pairs = all.map((k) => JSON.stringify(seriesStyle(k, all)));
    expect(new Set(pairs).size).toBe(all.length);
    expect(seriesStyle('supermarket', all).colour).toBe(SERIES_COLOURS[0]);
  });

  it('gives an unknown key grey rather than a colour of a real series', () => {
    expect(seriesStyle('nope', all)).toEqual({ colour: '#666666', dash: '' });
  });

  it('keeps the industry chart’s styles across a real filtering', () => {
    const data = topicData('industry', 'zh-Hant-TW');
    const keys = data.series.map((s) => s.key);
    const full = buildView(data, defaultState(data));
    const filtered = buildView(data, { ...defaultState(data), series: keys.slice(2, 5) });
    const style = (view: typeof full, key: string) => seriesStyle(view.columns.find((c) => c.key === key)!.key, keys);
    expect(style(filtered, keys[3]!)).toEqual(style(full, keys[3]!));
  });
});

describe('lines at once', () => {
  const view = (n: number) => ({
    columns: Array.from({ length: n }, (_, i) => ({ key: `s${i}`, label: `S${i}` })),
    rows: [{ key: 'r', label: 'r', cells: Array.from({ length: n }, (_, i) => (i === 1 ? null : i)) }],
  });

  it('draws every line up to the limit, bars always', () => {
    expect(drawnColumns(view(MAX_LINES), 'line')).toHaveLength(MAX_LINES);
    expect(drawnColumns(view(10), 'stacked')).toHaveLength(10);
  });

  it('draws the largest lines beyond it, in the table’s order', () => {
    expect(drawnColumns(view(10), 'line')).toEqual([5, 6, 7, 8, 9]);
  });
});

describe('value axis', () => {
  it('has round ticks from 0 past the largest value', () => {
    expect(niceTicks(0, 97)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0, 1_234_567)).toEqual([0, 250_000, 500_000, 750_000, 1_000_000, 1_250_000]);
    expect(niceTicks(0, 0).length).toBeGreaterThanOrEqual(2);
  });

  it('stacks bars per row and leaves suppressed cells out', () => {
    const v = { rows: [{ key: 'a', label: 'a', cells: [30, 40, null] }] };
    expect(valueExtent(v, [0, 1, 2], 'stacked')).toEqual([0, 70]);
    expect(valueExtent(v, [0, 1, 2], 'line')).toEqual([0, 40]);
  });
});

describe('legend classes', () => {
  it('never share an end (368–730 then 745–800, not 730–800)', () => {
    const values = [368, 400, 500, 600, 730, 745, 760, 770, 790, 800, 820, 900, 950, 990, 1000];
    const { classes } = mapScale(values);
    for (let i = 1; i < classes.length; i += 1) expect(classes[i]!.from).toBeGreaterThan(classes[i - 1]!.to);
    // Every value is inside the class whose colour it gets.
    const scale = mapScale(values);
    for (const v of values) {
      const c = scale.classes.find((x) => x.colour === scale.colourOf(v))!;
      expect(v).toBeGreaterThanOrEqual(c.from);
      expect(v).toBeLessThanOrEqual(c.to);
    }
  });

  it('holds for the county map as published', () => {
    const data = topicData('county', 'zh-Hant-TW');
    const view = buildView(data, defaultState(data));
    const { classes } = mapScale(view.rows.map((r) => r.cells[0] ?? null));
    for (let i = 1; i < classes.length; i += 1) expect(classes[i]!.from).toBeGreaterThan(classes[i - 1]!.to);
  });
});

describe('table sort', () => {
  const rows: ViewRow[] = [
    { key: 'a', label: 'A', cells: [3, 10] },
    { key: 'b', label: 'B', cells: [null, 5] },
    { key: 'c', label: 'C', cells: [1, 10] },
    { key: 'd', label: 'D', cells: [7, null] },
  ];
  const cols = ['x', 'y'];
  const keys = (r: ViewRow[]) => r.map((x) => x.key);

  it('sorts by any value column either way, suppressed cells last both ways', () => {
    expect(keys(sortRows(rows, cols, { column: 'x', dir: 'asc' }))).toEqual(['c', 'a', 'd', 'b']);
    expect(keys(sortRows(rows, cols, { column: 'x', dir: 'desc' }))).toEqual(['d', 'a', 'c', 'b']);
    // Ties keep the table's order.
    expect(keys(sortRows(rows, cols, { column: 'y', dir: 'desc' }))).toEqual(['a', 'c', 'b', 'd']);
  });

  it('sorts by the first column in its own order, and reversed', () => {
    expect(keys(sortRows(rows, cols, { column: LABEL_COLUMN, dir: 'desc' }))).toEqual(['d', 'c', 'b', 'a']);
    expect(keys(sortRows(rows, cols, null))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lives in the URL and ignores columns that do not exist', () => {
    expect(sortQuery({ column: 'x', dir: 'desc' })).toBe('sort=x&dir=desc');
    expect(sortQuery(null)).toBe('');
    expect(sortQuery({ column: LABEL_COLUMN, dir: 'asc' })).toBe('');
    expect(parseSort('?from=2021-01&sort=x&dir=desc', cols)).toEqual({ column: 'x', dir: 'desc' });
    expect(parseSort('?sort=zz&dir=desc', cols)).toBeNull();
    expect(parseSort('?sort=y', cols)).toEqual({ column: 'y', dir: 'asc' });
  });

  it('a header click starts a value column high to low and flips on the next', () => {
    expect(nextSort(null, 'x')).toEqual({ column: 'x', dir: 'desc' });
    expect(nextSort({ column: 'x', dir: 'desc' }, 'x')).toEqual({ column: 'x', dir: 'asc' });
    expect(nextSort({ column: 'x', dir: 'desc' }, LABEL_COLUMN)).toEqual({ column: LABEL_COLUMN, dir: 'asc' });
  });
});
