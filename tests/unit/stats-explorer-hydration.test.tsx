// @vitest-environment jsdom
/**
 * The dashboard's hydration on a statistics page: the server's HTML is taken over as it is; the
 * drawings (chart, map) and the table rows are kept as the server wrote them, neither drawn nor
 * hydrated by the browser (components/ui/server-markup.tsx), also not by the re-render right
 * after (controls enabled, table headers made sort buttons). That work was most of the page's
 * load (Lighthouse's Total Blocking Time). A sort or a filter then draws them in the browser.
 *
 * The island gets the topic's shape and its first view, not the cells: those load from
 * /stats/<topic>/data.json when the reader first asks for another view (topic-source.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { serverHtml as serverHtmlOf } from '@/tests/support/server-html';
import { ClientStringsProvider, type ClientMessages } from '@/components/i18n/client-strings';
import { loadDrawings } from '@/components/stats/drawings-loader';
import { TopicExplorer } from '@/components/stats/topic-explorer';
import { forgetTopicSources } from '@/components/stats/topic-source';
import { chartDrawing } from '@/lib/stats/views/chart-drawing';
import { countyMapDrawing } from '@/lib/stats/views/class-drawing';
import { topicData } from '@/lib/stats/read-datasets';
import { countyMapGeometry } from '@/lib/stats/views/map-geometry';
import { defaultState } from '@/lib/stats/views/state';
import { explorerInput } from '@/lib/stats/views/table';
import type { TopicData } from '@/lib/stats/views/topics';

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

/** The server's HTML of the explorer on its page. */
function serverRender(explorer: ReactElement): string {
  return serverHtmlOf(page(explorer));
}

/** Renders on the "server", hydrates in the DOM; returns the section and the drawings made by hydration. */
async function hydrate(explorer: ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = serverRender(explorer);
  document.body.append(container);
  const serverHtml = container.innerHTML;
  vi.mocked(chartDrawing).mockClear();
  vi.mocked(countyMapDrawing).mockClear();
  await act(async () => {
    hydrateRoot(container, page(explorer));
  });
  return { section: container.querySelector('section')!, serverHtml };
}

beforeAll(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // The server has the drawing code before it renders (drawings-loader.ts); renderToString cannot wait for it.
  await loadDrawings();
});
afterEach(() => {
  document.body.innerHTML = '';
  for (const spy of fetches.splice(0).reverse()) spy.mockRestore();
  forgetTopicSources();
});

const fetches: { mockRestore(): void }[] = [];

/** A fetch that answers the topic's data.json with `data` once `release` is called (or at once). */
function serveCells(data: TopicData, { hold = false, fail = false } = {}) {
  let release = () => {};
  const gate = hold ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
  const fetch = vi.fn(async (_url: string) => {
    await gate;
    if (fail) return { ok: false, status: 503, json: async () => null };
    return { ok: true, status: 200, json: async () => JSON.parse(JSON.stringify(data)) as unknown };
  });
  // A spy, not vi.stubGlobal: the server render (tests/support/server-html.ts) unstubs every global.
  fetches.push(vi.spyOn(globalThis, 'fetch').mockImplementation(fetch as unknown as typeof globalThis.fetch));
  return { fetch, release: () => release() };
}

/** Lets the load's promises settle inside act(). */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('a dashboard hydrating', () => {
  const common = { locale: 'zh-Hant-TW' as const, datasetPath: '/data/x', k: 10 };

  const chartOf = (html: string) => /<div role="img"[\s\S]*?<\/ul>/.exec(html)?.[0];

  it('gives the island the first view, not the cells', () => {
    const data = topicData('county', 'zh-Hant-TW');
    const input = explorerInput(data, 'zh-Hant-TW');
    expect(Object.keys(input.data).sort()).toEqual(['categories', 'periods', 'series', 'topic']);
    expect(input.first.rows).toHaveLength(22);
    // Far smaller than the cells it replaces in the page's payload.
    expect(JSON.stringify(input).length * 5).toBeLessThan(JSON.stringify(data).length);
  });

  it('keeps the server chart and rows while hydrating, and draws them when the view changes, once the cells are loaded', async () => {
    const data = topicData('industry', 'zh-Hant-TW');
    const { fetch, release } = serveCells(data, { hold: true });
    const { section, serverHtml } = await hydrate(<TopicExplorer {...common} {...explorerInput(data, 'zh-Hant-TW')} id="t-industry" title="產業" topicPath="/stats/industry" />);
    expect(section.hasAttribute('data-hydrated')).toBe(true);
    expect(section.querySelectorAll('button[data-sort-column]').length).toBeGreaterThan(1);
    expect(vi.mocked(chartDrawing)).not.toHaveBeenCalled();
    expect(chartOf(section.outerHTML)).toBe(chartOf(serverHtml));
    // Nothing is loaded for the first view.
    expect(fetch).not.toHaveBeenCalled();

    // Another measure: the field shows it at once; the picture waits for the cells, then is drawn
    // by the browser (phone and wide) in place of the server's.
    const mean = section.querySelector<HTMLInputElement>('input[name="t-industry-measure"][value="mean"]')!;
    await act(async () => mean.click());
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toBe('/stats/industry/data.json');
    expect(mean.checked).toBe(true);
    expect(section.getAttribute('aria-busy')).toBe('true');
    expect(section.querySelector('[role="status"]')!.textContent).toBe(messages.Stats.island.loading);
    expect(chartOf(section.outerHTML)).toBe(chartOf(serverHtml));
    expect(section.querySelector<HTMLButtonElement>('button.btn-secondary.disabled\\:opacity-60')!.disabled).toBe(true);

    release();
    await settle();
    expect(section.hasAttribute('aria-busy')).toBe(false);
    expect(vi.mocked(chartDrawing)).toHaveBeenCalledTimes(2);
    expect(section.querySelectorAll('[data-testid="static-chart-wide"]')).toHaveLength(1);
    expect(chartOf(section.outerHTML)).not.toBe(chartOf(serverHtml));

    // Back to the first view: drawn again by the browser (the server's markup is gone), and no new request.
    const count = section.querySelector<HTMLInputElement>('input[name="t-industry-measure"][value="count"]')!;
    await act(async () => count.click());
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(section.querySelectorAll('[data-testid="static-chart-wide"] svg path').length).toBeGreaterThan(0);
    expect(section.querySelectorAll('tbody tr').length).toBe(explorerInput(data, 'zh-Hant-TW').first.rows.length);
  });

  it('loads the cells at once for a shared link whose view is not the first, and says so when they cannot be loaded', async () => {
    const data = topicData('industry', 'zh-Hant-TW');
    const { fetch } = serveCells(data, { fail: true });
    window.history.replaceState(null, '', '/stats/industry?measure=amount');
    try {
      const { section } = await hydrate(<TopicExplorer {...common} {...explorerInput(data, 'zh-Hant-TW')} id="t-industry" title="產業" topicPath="/stats/industry" />);
      await settle();
      expect(fetch).toHaveBeenCalledTimes(1);
      expect(section.querySelector('[role="status"]')!.textContent).toBe(messages.Stats.island.loadFailed);
      // The next choice tries again.
      serveCells(data);
      const mean = section.querySelector<HTMLInputElement>('input[name="t-industry-measure"][value="mean"]')!;
      await act(async () => mean.click());
      await settle();
      expect(section.querySelector('[role="status"]')!.textContent).not.toBe(messages.Stats.island.loadFailed);
      expect(vi.mocked(chartDrawing)).toHaveBeenCalledTimes(2);
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('loads nothing for a shared link of the first view', async () => {
    const data = topicData('industry', 'zh-Hant-TW');
    const { fetch } = serveCells(data);
    const first = defaultState(data);
    window.history.replaceState(null, '', `/stats/industry?from=${first.from}&to=${first.to}&by=month&measure=count`);
    try {
      const { section, serverHtml } = await hydrate(<TopicExplorer {...common} {...explorerInput(data, 'zh-Hant-TW')} id="t-industry" title="產業" topicPath="/stats/industry" />);
      await settle();
      expect(fetch).not.toHaveBeenCalled();
      expect(chartOf(section.outerHTML)).toBe(chartOf(serverHtml));
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('keeps the county map and the server table rows, and sorts the rows by the header button', async () => {
    const data = topicData('county', 'zh-Hant-TW');
    const { fetch } = serveCells(data);
    const fixed = { from: '2025-01', to: '2025-12', by: 'month' as const, measure: 'count' as const, series: ['all'] };
    const { section, serverHtml } = await hydrate(
      <TopicExplorer {...common} {...explorerInput(data, 'zh-Hant-TW', fixed)} id="o-county" title="縣市" topicPath="/stats/county" geometry={countyMapGeometry()} fixed={fixed} />,
    );
    expect(section.hasAttribute('data-hydrated')).toBe(true);
    expect(vi.mocked(countyMapDrawing)).not.toHaveBeenCalled();
    expect(section.querySelectorAll('[data-testid="county-map"] path').length).toBeGreaterThanOrEqual(22);
    // The rows are the server's (same text), under headers that now sort.
    const bodyOf = (html: string) => /<tbody>[\s\S]*<\/tbody>/.exec(html)?.[0];
    expect(bodyOf(section.outerHTML)).toBe(bodyOf(serverHtml));
    expect(section.querySelectorAll('tbody tr')).toHaveLength(22);

    const firstCells = () => [...section.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('th')!.textContent);
    const before = firstCells();
    await act(async () => section.querySelector<HTMLButtonElement>('button[data-sort-column="all"]')!.click());
    expect(section.querySelectorAll('tbody')).toHaveLength(1);
    expect(section.querySelectorAll('tbody tr')).toHaveLength(22);
    expect(firstCells()).not.toEqual(before);
    expect([...firstCells()].sort()).toEqual([...before].sort());
    // Sorting needs no cells.
    expect(fetch).not.toHaveBeenCalled();
  });
});
