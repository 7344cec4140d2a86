// @vitest-environment jsdom
/**
 * The dashboard's hydration on a statistics page: the server's HTML is taken over as it is; the
 * drawings (chart, map) and the table rows are kept as the server wrote them, neither drawn nor
 * hydrated by the browser (components/ui/server-markup.tsx), also not by the re-render right
 * after (controls enabled, table headers made sort buttons). That work was most of the page's
 * load (Lighthouse's Total Blocking Time). A sort or a filter then draws them in the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { serverHtml as serverHtmlOf } from '@/tests/support/server-html';
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

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('a dashboard hydrating', () => {
  const common = { locale: 'zh-Hant-TW' as const, datasetPath: '/data/x', k: 10 };

  it('keeps the server chart and rows while hydrating, and draws them when the view changes', async () => {
    const data = topicData('industry', 'zh-Hant-TW');
    const { section, serverHtml } = await hydrate(<TopicExplorer {...common} data={data} id="t-industry" title="產業" topicPath="/stats/industry" />);
    expect(section.hasAttribute('data-hydrated')).toBe(true);
    expect(section.querySelectorAll('button[data-sort-column]').length).toBeGreaterThan(1);
    expect(vi.mocked(chartDrawing)).not.toHaveBeenCalled();
    const chartOf = (html: string) => /<div role="img"[\s\S]*?<\/ul>/.exec(html)?.[0];
    expect(chartOf(section.outerHTML)).toBe(chartOf(serverHtml));

    // Another measure: a new view, drawn by the browser (phone and wide) in place of the server's.
    const share = section.querySelector<HTMLInputElement>('input[name="t-industry-measure"][value="mean"]')!;
    await act(async () => share.click());
    expect(vi.mocked(chartDrawing)).toHaveBeenCalledTimes(2);
    expect(section.querySelectorAll('[data-testid="static-chart-wide"]')).toHaveLength(1);
    expect(chartOf(section.outerHTML)).not.toBe(chartOf(serverHtml));
  });

  it('keeps the county map and the server table rows, and sorts the rows by the header button', async () => {
    const data = topicData('county', 'zh-Hant-TW');
    const fixed = { from: '2025-01', to: '2025-12', by: 'month' as const, measure: 'count' as const, series: ['all'] };
    const { section, serverHtml } = await hydrate(
      <TopicExplorer {...common} data={data} id="o-county" title="縣市" topicPath="/stats/county" geometry={countyMapGeometry()} fixed={fixed} />,
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
  });
});
