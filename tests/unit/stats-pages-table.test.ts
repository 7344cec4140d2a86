import { describe, expect, it } from 'vitest';
import { defaultState } from '@/lib/stats/views/state';
import { buildView, csvValue, formatValue, tableCsv } from '@/lib/stats/views/table';
import { cellIndex, type TopicData } from '@/lib/stats/views/topics';

// Two months × two series of the carrier topic; series b of 2024-02 is suppressed.
function carrier(): TopicData {
  const d: TopicData = {
    topic: 'carrier',
    periods: ['2024-01', '2024-02'],
    categories: [],
    series: [
      { key: 'a', label: 'A' },
      { key: 'b', label: 'B' },
    ],
    count: [],
    amount: [],
    mean: [],
    share: [],
  };
  const cells = [
    [10, 1000, 100, 50],
    [10, 1500, 150, 50],
    [30, 3000, 100, 75],
    null,
  ] as const;
  cells.forEach((c, i) => {
    d.count[i] = c?.[0] ?? null;
    d.amount[i] = c?.[1] ?? null;
    d.mean[i] = c?.[2] ?? null;
    d.share![i] = c?.[3] ?? null;
  });
  return d;
}

describe('dashboard table', () => {
  it('shows published values month by month, suppressed as null (never 0)', () => {
    const d = carrier();
    const view = buildView(d, { ...defaultState(d), measure: 'count' });
    expect(view.rows.map((r) => r.cells)).toEqual([
      [10, 10],
      [30, null],
    ]);
    expect(view.anySuppressed).toBe(true);
    expect(buildView(d, { ...defaultState(d), measure: 'share' }).rows[1]!.cells).toEqual([75, null]);
  });

  it('sums a year, suppressing any sum that would include a suppressed cell', () => {
    const d = carrier();
    const year = (measure: 'count' | 'amount' | 'mean' | 'share') => buildView(d, { ...defaultState(d), by: 'year', from: '2024', to: '2024', measure }).rows;
    expect(year('count')).toEqual([{ key: '2024', label: '2024', period: true, cells: [40, null] }]);
    expect(year('amount')[0]!.cells).toEqual([4000, null]);
    // The mean is recomputed from the sums (4000 / 40), not averaged from the monthly means.
    expect(year('mean')[0]!.cells).toEqual([100, null]);
    // A share needs every series of the period: one suppressed cell hides the year's shares.
    expect(year('share')[0]!.cells).toEqual([null, null]);
  });

  it('sums categories over the range for a map topic and keeps only selected series', () => {
    const d: TopicData = {
      topic: 'age-gender',
      periods: ['2024-01', '2024-02'],
      categories: [
        { key: 'young', label: 'Young' },
        { key: 'old', label: 'Old' },
      ],
      series: [
        { key: 'F', label: 'F' },
        { key: 'M', label: 'M' },
      ],
      count: Array(8).fill(1),
      amount: Array(8).fill(10),
      mean: Array(8).fill(10),
      share: null,
    };
    d.count[cellIndex(d, 1, 1, 0)] = null;
    const view = buildView(d, { ...defaultState(d), from: '2024-01', to: '2024-02', series: ['F'] });
    expect(view.columns).toEqual([{ key: 'F', label: 'F' }]);
    expect(view.rows.map((r) => [r.label, r.cells])).toEqual([
      ['Young', [2]],
      ['Old', [null]],
    ]);
  });

  it('formats like the table and writes the CSV with the same figures, without grouping', () => {
    expect(formatValue(1234567, 'count', 'zh-Hant-TW')).toBe('1,234,567');
    expect(formatValue(60, 'share', 'en')).toBe('60.00');
    expect(csvValue(60, 'share')).toBe('60.00');
    expect(csvValue(1234.5, 'mean')).toBe('1234.5');
    expect(csvValue(null, 'count')).toBe('');
  });

  it('writes the CSV as shown: BOM, the header on line 1, rows; suppressed cells empty', () => {
    const csv = tableCsv({
      rowHeader: 'Month',
      columns: ['A', 'B'],
      rows: [{ key: '2024-02', label: '2024-02', cells: [30, null] }],
      measure: 'count',
    });
    expect(csv.startsWith('\uFEFFMonth,A,B\r\n2024-02,30,\r\n')).toBe(true);
    expect(csv.endsWith('2024-02,30,\r\n')).toBe(true);
  });

  it('makes every cell that begins with = + - @ safe, in the header and labels', () => {
    const csv = tableCsv({
      rowHeader: '+cmd',
      columns: ['-1+1', '@SUM(A1)'],
      rows: [{ key: 'x', label: '=HYPERLINK("http://x")', cells: [1, 2] }],
      measure: 'count',
    });
    const cells = csv
      .slice(1)
      .split('\r\n')
      .flatMap((line) => line.split(','));
    expect(cells.filter((c) => /^"?[=+\-@]/.test(c))).toEqual([]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'+cmd,'-1+1,'@SUM(A1)");
  });
});
