import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeatMap } from '@/components/stats/heat-map';
import { StaticChart } from '@/components/stats/static-chart';
import { topicData } from '@/lib/stats/read-datasets';
import { mapScale } from '@/lib/stats/views/map';
import { chartTicks, drawnColumns, seriesStyle } from '@/lib/stats/views/series';
import { defaultState } from '@/lib/stats/views/state';
import { buildView } from '@/lib/stats/views/table';

const strokeOf = (html: string, key: string) => new RegExp(`data-series="${key}"><path d="[^"]*" fill="none" stroke="([^"]+)"`).exec(html)?.[1];

describe('the server-drawn chart', () => {
  const data = topicData('industry', 'zh-Hant-TW');
  const keys = data.series.map((s) => s.key);
  const draw = (series: string[]) => {
    const view = buildView(data, { ...defaultState(data), series });
    return renderToStaticMarkup(<StaticChart view={view} kind="line" columns={drawnColumns(view, 'line')} allKeys={keys} formatTick={(v) => v.toLocaleString('en')} />);
  };

  it('is SVG in the HTML, phone and wide drawings, at most five lines each', () => {
    const html = draw(keys);
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html.match(/data-series=/g)).toHaveLength(10);
    expect(html).toContain('1,000');
  });

  it('draws a series in the same colour before and after filtering', () => {
    expect(strokeOf(draw(['food', 'fuel']), 'food')).toBe(seriesStyle('food', keys).colour);
    expect(strokeOf(draw(keys), 'food')).toBe(seriesStyle('food', keys).colour);
  });

  it('keeps stacked shares on a 0–100 axis', () => {
    expect(chartTicks({ rows: [{ key: 'a', label: 'a', cells: [50.01, 50] }] }, [0, 1], 'stacked', true)).toEqual([0, 25, 50, 75, 100]);
  });
});

describe('the hour × weekday heat map', () => {
  it('has a cell per hour and weekday, hatched where suppressed', () => {
    const data = topicData('hour-weekday', 'en');
    const view = buildView(data, defaultState(data));
    const html = renderToStaticMarkup(<HeatMap id="h" view={view} scale={mapScale(view.rows.flatMap((r) => r.cells))} format={(v) => String(v)} />);
    expect(html.match(/data-cell=/g)).toHaveLength(2 * view.rows.length * view.columns.length);
    expect(view.rows).toHaveLength(24);
  });
});
