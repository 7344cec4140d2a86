/**
 * What a statistics page loads: its first view is drawn by the server and kept as written, so the
 * code that draws a view (components/stats/drawings.tsx: chart, map, heat map) is not among the
 * scripts of the first load; it comes with the first view change, beside the cells. A page
 * reached by a client-side navigation has it before it shows, so its chart is never an empty box.
 */
import { expect, test, type Page, type Request } from '@playwright/test';

/** Strings only the drawing code holds (attribute names and test ids of its SVG). */
const DRAWING_MARKS = ['data-county', 'static-chart-wide', 'heat-map-wide'];

function scriptsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r: Request) => {
    if (r.resourceType() === 'script') urls.push(r.url());
  });
  return urls;
}

/** Which of `urls` hold drawing code (read from the server again: the same immutable files). */
async function drawingScripts(page: Page, urls: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const url of new Set(urls)) {
    const text = await (await page.request.get(url)).text();
    if (DRAWING_MARKS.some((mark) => text.includes(mark))) found.push(url);
  }
  return found;
}

for (const { path, topic, measure } of [
  { path: '/stats/county', topic: 'county', measure: 'amount' },
  { path: '/en/stats/industry', topic: 'industry', measure: 'mean' },
]) {
  test(`${path}: the first load has no drawing code; the first view change loads it`, async ({ page }) => {
    const scripts = scriptsOf(page);
    await page.goto(path);
    const island = page.getByTestId(`explorer-${topic}`);
    await expect(island).toHaveAttribute('data-hydrated', '');
    await page.waitForLoadState('networkidle');
    const firstLoad = [...scripts];
    expect(firstLoad.length).toBeGreaterThan(0);
    expect(await drawingScripts(page, firstLoad)).toEqual([]);

    await island.locator(`input[name="topic-${topic}-measure"][value="${measure}"]`).check();
    await expect(island).not.toHaveAttribute('aria-busy', 'true');
    await expect(page).toHaveURL(new RegExp(`measure=${measure}`));
    const later = scripts.slice(firstLoad.length);
    expect((await drawingScripts(page, later)).length).toBe(1);
  });
}

test('a dashboard reached by a client-side navigation shows its chart at once, never an empty box', async ({ page }) => {
  const scripts = scriptsOf(page);
  await page.goto('/stats');
  await expect(page.getByTestId('explorer-carrier')).toHaveAttribute('data-hydrated', '');
  await page.waitForLoadState('networkidle');
  // The overview's dashboards are fixed views: it never needs the drawing code.
  expect(await drawingScripts(page, scripts)).toEqual([]);
  // Watches every change to the page: a chart box without its drawing is noted.
  await page.evaluate(() => {
    const w = window as unknown as { emptyBoxes: number };
    w.emptyBoxes = 0;
    new MutationObserver(() => {
      for (const box of document.querySelectorAll('[data-testid="stats-chart"]')) if (!box.querySelector('svg')) w.emptyBoxes += 1;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const before = scripts.length;
  await page.locator('main').getByRole('link', { name: '各行業電子發票開立統計', exact: true }).first().click();
  await expect(page).toHaveURL(/\/stats\/industry$/);
  const island = page.getByTestId('explorer-industry');
  await expect(island.getByTestId('static-chart-wide').locator('svg path').first()).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { emptyBoxes: number }).emptyBoxes)).toBe(0);
  expect((await drawingScripts(page, scripts.slice(before))).length).toBe(1);
});
