/**
 * Shares that work (issue 16 item 3): the chart image follows the view's query (so a filtered
 * link's image differs from the default one), the PNG and SVG downloads are real files, and the
 * embed code's chrome-less view renders, may be framed, and passes axe.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';

const FILTER = 'from=2024-01&to=2024-06&by=month&measure=count&series=convenience';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function ready(page: Page, topic: string) {
  const island = page.getByTestId(`explorer-${topic}`);
  await expect(island).toHaveAttribute('data-hydrated', '');
  return island;
}

test('the share image of a filtered view is drawn for that view, and differs from the default one', async ({ request }) => {
  const plain = await request.get('/stats/industry/chart.png');
  const filtered = await request.get(`/stats/industry/chart.png?${FILTER}`);
  for (const r of [plain, filtered]) {
    expect(r.status()).toBe(200);
    expect(r.headers()['content-type']).toBe('image/png');
  }
  const [a, b] = [await plain.body(), await filtered.body()];
  expect(pngSize(a)).toEqual({ width: 1200, height: 630 });
  expect(pngSize(b)).toEqual({ width: 1200, height: 630 });
  expect(a.equals(b)).toBe(false);
  expect((await request.get('/stats/no-such-topic/chart.png')).status()).toBe(404);
});

test('a filtered link\'s share card names that chart; the plain page keeps its topic image', async ({ page }) => {
  const ogImage = () => page.locator('meta[property="og:image"]').first().getAttribute('content');
  await page.goto(`/stats/industry?${FILTER}`);
  const filtered = new URL((await ogImage())!);
  expect(filtered.pathname).toBe('/stats/industry/chart.png');
  expect(filtered.search).toBe(`?${FILTER}`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`/stats/industry\\?${FILTER.replace(/[?&]/g, '\\$&')}$`));
  await page.goto('/stats/industry');
  expect(new URL((await ogImage())!).pathname).toMatch(/opengraph-image/);
});

test('PNG and SVG downloads of the chart as filtered are files that parse', async ({ page }) => {
  await page.goto(`/en/stats/industry?${FILTER}`);
  const island = await ready(page, 'industry');
  // The page's server-style drawing of this view (before anyone reaches for the interactive chart).
  const wide = island.getByTestId('static-chart-wide').locator('svg');
  await expect(wide.locator('g[data-series="convenience"] circle')).toHaveCount(6);
  const drawn = await wide.evaluate((e) => e.innerHTML);
  const stroke = await wide.locator('g[data-series="convenience"] path').getAttribute('stroke');

  const [png] = await Promise.all([page.waitForEvent('download'), island.getByRole('link', { name: 'Download the chart (PNG)' }).click()]);
  expect(png.suggestedFilename()).toBe('tax-cloud-industry-count-2024-01-2024-06-synthetic.png');
  expect(pngSize(readFileSync((await png.path())!))).toEqual({ width: 1200, height: 630 });

  const [svg] = await Promise.all([page.waitForEvent('download'), island.getByRole('link', { name: 'Download the chart (SVG)' }).click()]);
  expect(svg.suggestedFilename()).toBe('tax-cloud-industry-count-2024-01-2024-06-synthetic.svg');
  const text = readFileSync((await svg.path())!, 'utf8');
  // The file is the page's chart: the same drawing, byte for byte, inside the document.
  expect(text).toContain(drawn);
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    const chart = doc.querySelector('svg > g > svg[data-chart]');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.localName,
      points: chart?.querySelectorAll('g[data-series="convenience"] circle').length,
      stroke: chart?.querySelector('g[data-series="convenience"] path')?.getAttribute('stroke'),
      legend: doc.querySelector('[data-legend] [data-series="convenience"] line')?.getAttribute('stroke'),
      title: doc.querySelector('title')?.textContent,
      axis: [...doc.querySelectorAll('text')].some((t) => t.textContent === 'Vertical axis: Invoices issued (invoices)'),
    };
  }, text);
  expect(parsed).toEqual({ error: 0, root: 'svg', points: 6, stroke, legend: stroke, title: 'Invoices by industry over time', axis: true });

  // The embed code names this server and the view shown.
  const code = await island.getByLabel(/Embed code/).inputValue();
  expect(code).toContain(`<iframe src="${new URL(page.url()).origin}/embed/en/stats/industry?${FILTER}"`);
});

test('the county map and the heat map download as the drawing the page shows, not a summary', async ({ page, request }) => {
  for (const [topic, selector] of [
    ['county', '[data-testid="county-map"]'],
    ['hour-weekday', '[data-testid="heat-map-wide"] svg'],
  ] as const) {
    await page.goto(`/en/stats/${topic}`);
    await ready(page, topic);
    // The page's drawing (the map's accessible name aside) is the file's, byte for byte.
    const drawn = (await page.locator(selector).first().evaluate((e) => e.innerHTML)).replace(/^<title[^>]*>[^<]*<\/title>/, '');
    const svg = await request.get(`/en/stats/${topic}/chart.svg`);
    expect(svg.status()).toBe(200);
    expect(svg.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
    const text = await svg.text();
    expect(text).toContain(`data-chart="">${drawn}</svg>`);
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
      return { error: doc.getElementsByTagName('parsererror').length, shapes: doc.querySelectorAll('svg[data-chart] [data-county], svg[data-chart] [data-cell]').length, legend: doc.querySelectorAll('[data-legend] rect').length };
    }, text);
    expect(parsed.error).toBe(0);
    expect(parsed.shapes).toBe(topic === 'county' ? 22 : 24 * 7);
    expect(parsed.legend).toBeGreaterThanOrEqual(3);
    const png = await request.get(`/en/stats/${topic}/chart.png`);
    expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
  }
});

test('the embed view: chrome-less, may be framed by another site, the view of its query, no axe violations', async ({ page }) => {
  const response = await page.goto(`/embed/zh-Hant-TW/stats/county?from=2025-01&to=2025-12&measure=mean`);
  expect(response!.status()).toBe(200);
  const headers = response!.headers();
  expect(headers['x-frame-options']).toBeUndefined();
  expect(headers['content-security-policy']).toContain('frame-ancestors *');
  const island = await ready(page, 'county');
  await expect(page.locator('header, footer, nav')).toHaveCount(0);
  await expect(page.getByText('合成資料，僅供展示，非真實統計')).toBeVisible();
  await expect(island.getByTestId('stats-table').locator('thead')).toContainText('平均');
  // Chart (map) and table tabs, title, source line and a link back: no filters, downloads or share controls.
  await expect(page.getByRole('tab')).toHaveCount(2);
  await expect(page.locator('h1')).toHaveText('各縣市電子發票開立統計');
  await expect(page.getByTestId('embed-source')).toContainText('資料來源：稅務雲');
  await expect(page.getByRole('link', { name: '在稅務雲查看這個主題的完整統計、資料檔與說明' })).toHaveAttribute('href', '/stats/county');
  await expect(page.locator('fieldset, select, input, textarea')).toHaveCount(0);
  await expect(page.getByTestId('filters-toggle')).toHaveCount(0);
  await expect(page.getByTestId('chart-png')).toHaveCount(0);
  await expect(page.getByTestId('stats-share-link')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /下載|複製|CSV/ })).toHaveCount(0);
  await expectNoViolations(page);

  // Other pages still refuse to be framed.
  const topic = await page.request.get('/stats/county');
  expect(topic.headers()['x-frame-options']).toBe('DENY');
});
