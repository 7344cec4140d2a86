import { describe, expect, it } from 'vitest';
import { periodLabel } from '@/lib/stats/views/period-label';
import { buildView, tableCsv } from '@/lib/stats/views/table';
import { defaultState } from '@/lib/stats/views/state';
import { topicData } from '@/lib/stats/read-datasets';

describe('statistics periods on Chinese pages are ROC dates', () => {
  it('writes months and years as official tables do; English keeps ISO', () => {
    expect(periodLabel('2021-01', 'zh-Hant-TW')).toBe('110年1月');
    expect(periodLabel('2025-12', 'zh-Hant-TW')).toBe('114年12月');
    expect(periodLabel('2025', 'zh-Hant-TW')).toBe('114年');
    expect(periodLabel('2021-01', 'en')).toBe('2021-01');
    expect(periodLabel('not a period', 'zh-Hant-TW')).toBe('not a period');
  });

  it('labels the table rows in the page calendar while the CSV keeps the ISO keys', () => {
    const data = topicData('industry', 'zh-Hant-TW');
    const state = defaultState(data);
    const zh = buildView(data, state, 'zh-Hant-TW');
    const en = buildView(data, state);
    expect(zh.rows[0]!.label).toMatch(/^\d{3}年\d{1,2}月$/);
    expect(en.rows[0]!.label).toBe(zh.rows[0]!.key);
    const csv = (view: typeof zh) => tableCsv({ rowHeader: 'period', columns: view.columns.map((c) => c.label), rows: view.rows, measure: state.measure });
    expect(csv(zh)).toBe(csv(en));
    expect(csv(zh).split('\r\n')[1] ?? csv(zh).split('\n')[1]).toMatch(/^\d{4}-\d{2},/);
  });
});
