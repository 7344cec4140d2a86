import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StaticChart } from '@/components/stats/static-chart';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { topicData } from '@/lib/stats/read-datasets';
import { SIZES, chartDrawing, chartInputFor, drawsChart, svgMarkup } from '@/lib/stats/views/chart-drawing';
import { chartDocument, chartSvgFile, drawingInnerMarkup, splitText, type ChartWords } from '@/lib/stats/views/chart-document';
import { seriesStyle } from '@/lib/stats/views/series';
import { parseState } from '@/lib/stats/views/state';
import { buildView } from '@/lib/stats/views/table';
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
      const svg = svgMarkup(chartDocument(chartInputFor(data, state, 'zh-Hant-TW'), words([])));
      return /data-series="food"><path d="[^"]*" fill="none" stroke="([^"]+)"( stroke-dasharray="([^"]+)")?/.exec(svg)?.slice(1);
    };
    expect(stroke('?series=food,fuel')).toEqual(stroke(''));
  });

  it('leaves out the map and the heat map (they draw otherwise)', () => {
    expect(drawsChart(topicData('county', 'en'))).toBe(false);
    expect(drawsChart(topicData('hour-weekday', 'en'))).toBe(false);
    expect(drawsChart(topicData('industry', 'en'))).toBe(true);
  });

  it('splits the document for the PNG: shapes without text, every text placed in document pixels', () => {
    const data = topicData('industry', 'en');
    const state = parseState('?from=2024-01&to=2024-06&by=month&series=food', data);
    const doc = chartDocument(chartInputFor(data, state, 'en'), words(['Food']));
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
