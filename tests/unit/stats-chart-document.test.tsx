import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CountyMap } from '@/components/stats/county-map';
import { HeatMap } from '@/components/stats/heat-map';
import { StaticChart } from '@/components/stats/static-chart';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { topicData } from '@/lib/stats/read-datasets';
import { SIZES, chartDrawing, chartInputFor, drawsChart, svgMarkup } from '@/lib/stats/views/chart-drawing';
import { chartDocument, chartSvgFile, classDocument, drawingInnerMarkup, splitText, type ChartWords, type ClassWords } from '@/lib/stats/views/chart-document';
import { countyMapDrawing, heatMapDrawing } from '@/lib/stats/views/class-drawing';
import { mapScale } from '@/lib/stats/views/map';
import { countyMapGeometry } from '@/lib/stats/views/map-geometry';
import { seriesStyle } from '@/lib/stats/views/series';
import { parseState } from '@/lib/stats/views/state';
import { buildView, formatValue } from '@/lib/stats/views/table';
import type { TopicId } from '@/lib/stats/views/topics';

const words = (names: readonly string[]): ChartWords => ({
  site: 'Tax Cloud open e-invoice statistics',
  title: 'Invoices by industry over time',
  caption: 'Invoices by industry over time: Invoices issued (invoices), 2024-01 to 2024-06. Synthetic data.',
  axisNote: 'Vertical axis: Invoices issued (invoices)',
  badge: 'Synthetic data for demonstration, not real statistics',
  credit: 'Source: Tax Cloud, E-invoices by industry (synthetic data, updated November 30, 2026)',
  link: 'http://127.0.0.1:3410/en/stats/industry?from=2024-01&to=2024-06',
  names,
});

/** The wide drawing's inner markup as the page's HTML has it. */
function pageDrawing(html: string): string {
  const wide = html.slice(html.indexOf('data-testid="static-chart-wide"'));
  const start = wide.indexOf('<svg');
  return wide.slice(wide.indexOf('>', start) + 1, wide.indexOf('</svg>'));
}

const VIEWS: [TopicId, string][] = [
  ['industry', '?from=2024-01&to=2024-06&by=month&measure=count&series=convenience,food'],
  ['industry', ''],
  ['carrier', '?from=2023-01&to=2024-12&by=year&measure=share'],
  ['age-gender', '?measure=mean'],
  ['donations', ''],
];

describe('one drawing for the page and the downloads', () => {
  for (const [topic, query] of VIEWS) {
    it(`the download SVG holds the page's own drawing: ${topic} ${query || '(default view)'}`, () => {
      const data = topicData(topic, 'en');
      const state = parseState(query, data);
      const view = buildView(data, state);
      const chart = chartInputFor(data, state, 'en', view);
      const page = renderToStaticMarkup(<StaticChart {...chart} />);
      const inner = drawingInnerMarkup(chartDrawing(chart, SIZES.wide));
      // The page's server-drawn SVG is exactly the tree's markup …
      expect(pageDrawing(page)).toBe(inner);
      // … and the downloaded file contains it, whole: the same marks, colours, dashes, ticks and labels.
      const file = chartSvgFile(chartDocument(chart, words(view.columns.map((c) => c.label))));
      expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"')).toBe(true);
      expect(file).toContain(`viewBox="0 0 ${SIZES.wide.width} ${SIZES.wide.height}" font-size="12" fill="#1b1f23" data-chart="">${inner}</svg>`);
      expect(file).toContain(words([]).axisNote);
      expect(file).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#x27;)/);
      // The legend names the drawn series with their page colours.
      for (const c of chart.columns) {
        const key = view.columns[c]!.key;
        expect(file).toMatch(new RegExp(`data-series="${key}"><(line|rect) [^>]*(stroke|fill)="${seriesStyle(key, chart.allKeys).colour}"`));
      }
    });
  }

  it('draws a series in its own colour and dash in the file, filtered or not', () => {
    const data = topicData('industry', 'zh-Hant-TW');
    const stroke = (q: string) => {
      const state = parseState(q, data);
      const svg = svgMarkup(chartDocument(chartInputFor(data, state, 'zh-Hant-TW', buildView(data, state, 'zh-Hant-TW')), words([])));
      return /data-series="food"><path d="[^"]*" fill="none" stroke="([^"]+)"( stroke-dasharray="([^"]+)")?/.exec(svg)?.slice(1);
    };
    expect(stroke('?series=food,fuel')).toEqual(stroke(''));
  });

  it('leaves the map and the heat map to class-drawing.ts', () => {
    expect(drawsChart(topicData('county', 'en'))).toBe(false);
    expect(drawsChart(topicData('hour-weekday', 'en'))).toBe(false);
    expect(drawsChart(topicData('industry', 'en'))).toBe(true);
  });

  it('splits the document for the PNG: shapes without text, every text placed in document pixels', () => {
    const data = topicData('industry', 'en');
    const state = parseState('?from=2024-01&to=2024-06&by=month&series=food', data);
    const doc = chartDocument(chartInputFor(data, state, 'en', buildView(data, state, 'en')), words(['Food']));
    const { shapes, texts } = splitText(doc);
    expect(shapes).not.toContain('<text');
    expect(shapes).toContain('data-chart=""');
    const tick = texts.find((t) => t.body === '2024-01')!;
    expect(tick.size).toBeCloseTo(12 * 1.1);
    expect(tick.x).toBeGreaterThan(40);
    expect(texts.find((t) => t.body === 'Food')).toMatchObject({ size: 16 });
  });

  it('the PNG font has every character of the charted topics’ words in both languages', () => {
    const glyphs = new Set(readFileSync('lib/og/fonts/forum-glyphs.txt', 'utf8').trimEnd());
    const missing = new Set<string>();
    for (const [locale, m] of [['zh-Hant-TW', zh], ['en', en]] as const) {
      for (const topic of ['industry', 'carrier', 'age-gender', 'donations'] as const) {
        const data = topicData(topic, locale);
        const s = m.Stats;
        const text = [s.embedSite, s.embedSynthetic, s.embedCredit, s.island.axisNote, s.island.caption, s.island.valueHeader, ...Object.values(s.island.measures), ...Object.values(s.island.units), ...Object.values(s.topics).map((x) => x.chartTitle), ...data.series.map((x) => x.label), ...data.periods, '民國0123456789年月日'].join('');
        for (const ch of text.replace(/\{[a-zA-Z]+\}/g, '')) if (!glyphs.has(ch)) missing.add(ch);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

const classWords: ClassWords = {
  site: 'Tax Cloud open e-invoice statistics',
  title: 'Invoices by county',
  caption: 'Invoices by county: Invoices issued (invoices), 2025-01 to 2025-12. Synthetic data.',
  badge: 'Synthetic data for demonstration, not real statistics',
  credit: 'Source: Tax Cloud (synthetic data)',
  link: 'http://127.0.0.1:3410/en/stats/county',
  legendTitle: 'Invoices issued (invoices)',
  suppressed: 'Suppressed',
};

/** The markup inside the first <svg> after `marker` in the page's HTML. */
function svgInner(html: string, marker: string): string {
  const from = html.slice(html.indexOf(marker));
  const start = from.indexOf('<svg');
  return from.slice(from.indexOf('>', start) + 1, from.indexOf('</svg>', start));
}

describe('one drawing for the page and the downloads: the county map and the heat map', () => {
  for (const query of ['', '?from=2025-01&to=2025-12&measure=mean']) {
    it(`the county map in the file is the page's map ${query || '(default view)'}`, () => {
      const data = topicData('county', 'en');
      const state = parseState(query, data);
      const view = buildView(data, state);
      const values = new Map(view.rows.map((r) => [r.key, r.cells[0] ?? null]));
      const names = new Map(view.rows.map((r) => [r.key, r.label]));
      const format = (v: number) => formatValue(v, state.measure, 'en');
      const geometry = countyMapGeometry();
      const id = 'topic-county-map';
      const page = renderToStaticMarkup(
        <CountyMap id={id} geometry={geometry} values={values} names={names} format={format} label="Map" legendLabel="Legend" suppressedLabel="Suppressed" insetNote="Insets" />,
      );
      const scale = mapScale([...values.values()]);
      const drawing = countyMapDrawing({ id, geometry, values, names, scale, format, suppressedLabel: 'Suppressed' });
      const inner = drawingInnerMarkup(drawing);
      // The page's map is its accessible name, then exactly the drawing …
      expect(page).toContain('data-testid="county-map"');
      expect(svgInner(page, '<div>')).toBe(`<title id="${id}-title">Map</title>${inner}`);
      expect(inner.match(/data-county=/g)).toHaveLength(22);
      // … and the file holds that drawing whole, with the page's legend classes and the hatching.
      const file = chartSvgFile(classDocument(drawing, scale, format, { ...classWords, axisNote: 'Insets' }));
      expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"')).toBe(true);
      expect(file).toContain(`viewBox="0 0 ${geometry.width} ${geometry.height}" data-chart="">${inner}</svg>`);
      expect(file).not.toContain('<rect x="40" y="150"'); // no bar summary
      for (const c of scale.classes) expect(file).toContain(`fill="${c.colour}" stroke="#1b1f23"></rect><text x="`);
      const legendTexts = splitText(classDocument(drawing, scale, format, classWords)).texts.map((t) => t.body);
      expect(legendTexts).toEqual(expect.arrayContaining([...scale.classes.map((c) => (c.from === c.to ? format(c.to) : `${format(c.from)} – ${format(c.to)}`)), 'Suppressed', 'Invoices issued (invoices)']));
      expect(file).toContain('fill="url(#legend-hatch)"');
      expect(file).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#x27;)/);
    });
  }

  it("the heat map in the file is the page's wide grid, hours across", () => {
    const data = topicData('hour-weekday', 'zh-Hant-TW');
    const state = parseState('', data);
    const view = buildView(data, state);
    const scale = mapScale(view.rows.flatMap((r) => r.cells));
    const format = (v: number) => formatValue(v, state.measure, 'zh-Hant-TW');
    const input = { id: 'topic-hour-weekday-heat', view, scale, format: (v: number | null) => (v === null ? '已隱藏' : format(v)) };
    const page = renderToStaticMarkup(<HeatMap {...input} />);
    const drawing = heatMapDrawing(input, 'hours');
    const inner = drawingInnerMarkup(drawing);
    expect(svgInner(page, 'data-testid="heat-map-wide"')).toBe(inner);
    expect(inner.match(/data-cell=/g)).toHaveLength(24 * 7);
    const doc = classDocument(drawing, scale, format, classWords);
    const file = chartSvgFile(doc);
    expect(file).toContain(`viewBox="${drawing.attrs.viewBox}" font-size="11" fill="#1b1f23" data-chart="">${inner}</svg>`);
    // Scaled to the width left of the legend, and the legend's swatches clear of the grid.
    const nested = /<svg x="40" y="156" width="([\d.]+)" height="([\d.]+)"/.exec(file)!;
    expect(Number(nested[1])).toBeLessThanOrEqual(900);
    expect(Number(nested[2])).toBeLessThanOrEqual(420);
    const { shapes, texts } = splitText(doc);
    expect(shapes).not.toContain('<text');
    expect(shapes).toContain('data-cell="00-mon"'.replace('00-mon', `${view.rows[0]!.key}-${view.columns[0]!.key}`));
    const hour = texts.find((t) => t.body === view.rows[0]!.label)!;
    expect(hour.size).toBeCloseTo(11 * (Number(nested[1]) / Number(String(drawing.attrs.viewBox).split(' ')[2])));
    expect(texts.every((t) => t.x >= 0 && t.x <= 1200 && t.y >= 0 && t.y <= 630)).toBe(true);
  });

  it('the PNG font has every character of the map and heat map words in both languages', () => {
    const glyphs = new Set(readFileSync('lib/og/fonts/forum-glyphs.txt', 'utf8').trimEnd());
    const missing = new Set<string>();
    for (const [locale, m] of [['zh-Hant-TW', zh], ['en', en]] as const) {
      for (const topic of ['county', 'hour-weekday'] as const) {
        const data = topicData(topic, locale);
        const s = m.Stats;
        const text = [s.island.legend, s.island.mapInsets, s.island.suppressed, ...data.series.map((x) => x.label), ...data.categories.map((x) => x.label), '0123456789,. '].join(''); // '–' is drawn as '-' (chart-image.tsx)
        for (const ch of text.replace(/\{[a-zA-Z]+\}/g, '')) if (!glyphs.has(ch)) missing.add(ch);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
