// @vitest-environment jsdom
/**
 * The dashboards' drawing code (components/stats/drawings.tsx: the chart's SVG drawings, the
 * county map, the heat map, buildView) is not part of a statistics page's first load: the server
 * draws the first view and the browser keeps it as written, so hydrating a dashboard neither
 * evaluates nor requests that module. It loads with the first view change (beside the cells),
 * and a dashboard mounted in the browser (a client-side navigation) waits for it, so it never
 * shows an empty box that the drawing then fills.
 *
 * The server's HTML is rendered with the modules as loaded by the server; the browser's side
 * then gets a fresh module registry, in which the drawing module counts its evaluations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, startTransition, type ReactElement } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { serverHtml } from '@/tests/support/server-html';
import { ClientStringsProvider, type ClientMessages } from '@/components/i18n/client-strings';
import { loadDrawings } from '@/components/stats/drawings-loader';
import { TopicExplorer } from '@/components/stats/topic-explorer';
import { topicData } from '@/lib/stats/read-datasets';
import { countyMapGeometry } from '@/lib/stats/views/map-geometry';
import { explorerInput } from '@/lib/stats/views/table';

const messages = JSON.parse(readFileSync(join(process.cwd(), 'content/messages/zh-Hant-TW.json'), 'utf8')) as { Stats: { island: ClientMessages } };
const strings = { Stats: { island: messages.Stats.island } };

type Explorer = typeof TopicExplorer;
type Provider = typeof ClientStringsProvider;

const county = topicData('county', 'zh-Hant-TW');
const industry = topicData('industry', 'zh-Hant-TW');
const common = { locale: 'zh-Hant-TW' as const, datasetPath: '/data/x', k: 10 };

function countyPage(Explorer: Explorer, Strings: Provider): ReactElement {
  return (
    <Strings locale="zh-Hant-TW" messages={strings}>
      <Explorer {...common} {...explorerInput(county, 'zh-Hant-TW')} id="t-county" title="縣市" topicPath="/stats/county" geometry={countyMapGeometry()} />
    </Strings>
  );
}

function industryPage(Explorer: Explorer, Strings: Provider): ReactElement {
  return (
    <Strings locale="zh-Hant-TW" messages={strings}>
      <Explorer {...common} {...explorerInput(industry, 'zh-Hant-TW')} id="t-industry" title="產業" topicPath="/stats/industry" />
    </Strings>
  );
}

/** The browser's modules, fresh, with the drawing module counting its evaluations (and waiting for `gate` if given). */
async function browserModules(gate?: Promise<void>) {
  vi.resetModules();
  const drawings = { evaluated: 0 };
  vi.doMock('@/components/stats/drawings', async (original) => {
    drawings.evaluated += 1;
    await gate;
    return original();
  });
  const { TopicExplorer: Explorer } = await import('@/components/stats/topic-explorer');
  const { ClientStringsProvider: Strings } = await import('@/components/i18n/client-strings');
  return { Explorer, Strings, drawings };
}

/** A fetch that answers data.json with the topic's cells. */
function serveCells(data: unknown) {
  const fetch = vi.fn(async (_url: string) => ({ ok: true, status: 200, json: async () => JSON.parse(JSON.stringify(data)) as unknown }));
  return vi.spyOn(globalThis, 'fetch').mockImplementation(fetch as unknown as typeof globalThis.fetch);
}

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

/** Lets loads settle until `done` (a dynamic import takes a few turns). */
async function until(done: () => boolean) {
  for (let i = 0; i < 50 && !done(); i += 1) await settle();
}

beforeAll(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  await loadDrawings();
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.doUnmock('@/components/stats/drawings');
  vi.restoreAllMocks();
});

describe('the drawing code of a dashboard', () => {
  it('is neither evaluated nor requested when a page hydrates, and loads with the first view change', async () => {
    const container = document.createElement('div');
    container.innerHTML = serverHtml(countyPage(TopicExplorer, ClientStringsProvider));
    document.body.append(container);
    const serverMap = container.querySelector('[data-testid="county-map"]');
    const fetch = serveCells(county);
    const { Explorer, Strings, drawings } = await browserModules();
    const errors = vi.spyOn(console, 'error');
    await act(async () => {
      hydrateRoot(container, countyPage(Explorer, Strings));
    });
    await settle();
    const section = container.querySelector('section')!;
    expect(section.hasAttribute('data-hydrated')).toBe(true);
    expect(drawings.evaluated).toBe(0);
    expect(fetch).not.toHaveBeenCalled();
    expect(container.querySelector('[data-testid="county-map"]')).toBe(serverMap);
    expect(errors).not.toHaveBeenCalled();

    // Another measure: the cells and the drawing code load together, then the map is drawn anew.
    await act(async () => section.querySelector<HTMLInputElement>('input[name="t-county-measure"][value="amount"]')!.click());
    await until(() => !section.hasAttribute('aria-busy'));
    expect(drawings.evaluated).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(section.hasAttribute('aria-busy')).toBe(false);
    expect(container.querySelector('[data-testid="county-map"]')).not.toBe(serverMap);
    expect(container.querySelectorAll('[data-testid="county-map"] path[data-county]').length).toBeGreaterThanOrEqual(22);
  });

  it('keeps the first view, busy, until both the cells and the drawing code are here', async () => {
    const container = document.createElement('div');
    container.innerHTML = serverHtml(industryPage(TopicExplorer, ClientStringsProvider));
    document.body.append(container);
    const serverChart = container.querySelector('[data-testid="static-chart-wide"]')!.outerHTML;
    serveCells(industry);
    let release = () => {};
    const { Explorer, Strings, drawings } = await browserModules(new Promise<void>((resolve) => (release = resolve)));
    await act(async () => {
      hydrateRoot(container, industryPage(Explorer, Strings));
    });
    const section = container.querySelector('section')!;
    await act(async () => section.querySelector<HTMLInputElement>('input[name="t-industry-measure"][value="mean"]')!.click());
    await settle();
    // The cells are here, the code is not: nothing changes yet but the field and the status line.
    expect(drawings.evaluated).toBe(1);
    expect(section.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('[data-testid="static-chart-wide"]')!.outerHTML).toBe(serverChart);

    release();
    await until(() => !section.hasAttribute('aria-busy'));
    expect(section.hasAttribute('aria-busy')).toBe(false);
    expect(container.querySelector('[data-testid="static-chart-wide"]')!.outerHTML).not.toBe(serverChart);
  });

  it('is waited for by a dashboard mounted in the browser (a navigation), which shows no empty box in between', async () => {
    let release = () => {};
    const { Explorer, Strings, drawings } = await browserModules(new Promise<void>((resolve) => (release = resolve)));
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    // Next's navigations render the new page in a transition: it completes once the code is here.
    await act(async () => startTransition(() => root.render(industryPage(Explorer, Strings))));
    expect(drawings.evaluated).toBe(1);
    expect(container.querySelector('[data-testid="stats-chart"]')).toBeNull();

    release();
    await until(() => container.querySelector('[data-testid="stats-chart"]') !== null);
    expect(container.querySelectorAll('[data-testid="static-chart-wide"] svg path').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('[data-testid="static-chart"] svg path').length).toBeGreaterThan(0);
    act(() => root.unmount());
  });
});
