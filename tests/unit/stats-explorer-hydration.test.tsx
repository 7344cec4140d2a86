// @vitest-environment jsdom
/**
 * The dashboard's hydration on a statistics page: the server's HTML is taken over as it is, and
 * the re-render right after (controls enabled, table headers made sort buttons) draws neither
 * the chart nor the map again. That re-render is one uninterruptible task on the page's load
 * (Lighthouse's Total Blocking Time), so the drawings must happen once, during hydration.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClientStringsProvider, type ClientMessages } from '@/components/i18n/client-strings';
import { TopicExplorer } from '@/components/stats/topic-explorer';
import { chartDrawing } from '@/lib/stats/views/chart-drawing';
import { countyMapDrawing } from '@/lib/stats/views/class-drawing';
import { topicData } from '@/lib/stats/read-datasets';
import { countyMapGeometry } from '@/lib/stats/views/map-geometry';

vi.mock('@/lib/stats/views/chart-drawing', async (original) => {
  const actual = await original<typeof import('@/lib/stats/views/chart-drawing')>();
  return { ...actual, chartDrawing: vi.fn(actual.chartDrawing) };
});
vi.mock('@/lib/stats/views/class-drawing', async (original) => {
  const actual = await original<typeof import('@/lib/stats/views/class-drawing')>();
  return { ...actual, countyMapDrawing: vi.fn(actual.countyMapDrawing) };
});

const messages = JSON.parse(readFileSync(join(process.cwd(), 'content/messages/zh-Hant-TW.json'), 'utf8')) as { Stats: { island: ClientMessages } };

function page(explorer: ReactElement): ReactElement {
  return (
    <ClientStringsProvider locale="zh-Hant-TW" messages={{ Stats: { island: messages.Stats.island } }}>
      {explorer}
    </ClientStringsProvider>
  );
}

/** Renders on the "server", hydrates in the DOM; returns the section and the drawings made by hydration. */
async function hydrate(explorer: ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(page(explorer));
  document.body.append(container);
  const serverHtml = container.innerHTML;
  vi.mocked(chartDrawing).mockClear();
  vi.mocked(countyMapDrawing).mockClear();
  await act(async () => {
    hydrateRoot(container, page(explorer));
  });
  return { section: container.querySelector('section')!, serverHtml };
}

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('a dashboard hydrating', () => {
  const common = { locale: 'zh-Hant-TW' as const, datasetPath: '/data/x', k: 10 };

  it('draws the chart once (phone and wide), not again when the controls come alive', async () => {
    const data = topicData('industry', 'zh-Hant-TW');
    const { section } = await hydrate(<TopicExplorer {...common} data={data} id="t-industry" title="產業" topicPath="/stats/industry" />);
    expect(section.hasAttribute('data-hydrated')).toBe(true);
    expect(section.querySelectorAll('button[data-sort-column]').length).toBeGreaterThan(1);
    expect(vi.mocked(chartDrawing)).toHaveBeenCalledTimes(2);
  });

  it('draws the county map once, and the overview keeps the server table rows', async () => {
    const data = topicData('county', 'zh-Hant-TW');
    const fixed = { from: '2025-01', to: '2025-12', by: 'month' as const, measure: 'count' as const, series: ['all'] };
    const { section, serverHtml } = await hydrate(
      <TopicExplorer {...common} data={data} id="o-county" title="縣市" topicPath="/stats/county" geometry={countyMapGeometry()} fixed={fixed} />,
    );
    expect(section.hasAttribute('data-hydrated')).toBe(true);
    expect(vi.mocked(countyMapDrawing)).toHaveBeenCalledTimes(1);
    // The rows are the server's (same text), under headers that now sort.
    const bodyOf = (html: string) => /<tbody>[\s\S]*<\/tbody>/.exec(html)?.[0];
    expect(bodyOf(section.outerHTML)).toBe(bodyOf(serverHtml));
    expect(section.querySelectorAll('tbody tr')).toHaveLength(22);
  });
});
