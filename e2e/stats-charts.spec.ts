/**
 * Charts that behave (issue 16): the range checked at the field, one colour and dash per series
 * whatever else is selected, the interactive chart taking the server's box without a shift,
 * tables sorted by keyboard with the sort in the URL, the hour × weekday heat map, chart / table
 * / map tabs, and the filters in a drawer on a phone. Axe on every state shown.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';

const readJson = (path: string) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
const ZH = readJson('content/messages/zh-Hant-TW.json').Stats.island;
const EN = readJson('content/messages/en.json').Stats.island;

async function ready(page: Page, topic: string): Promise<Locator> {
  const island = page.getByTestId(`explorer-${topic}`);
  await expect(island).toHaveAttribute('data-hydrated', '');
  return island;
}

/** Stroke and dash of one series' legend swatch ('' and no dash alike: null). */
const legendStyle = (island: Locator, key: string) =>
  island
    .getByTestId('chart-legend')
    .locator(`[data-series="${key}"] line`)
    .evaluate((el) => [el.getAttribute('stroke'), el.getAttribute('stroke-dasharray') || null]);

/** Stroke and dash of every line drawn: the server's wide drawing, or Recharts once it has taken over. */
const drawnStyles = (island: Locator) =>
  island.getByTestId('stats-chart').evaluate((el) =>
    [...el.querySelectorAll(el.hasAttribute('data-interactive') ? '.recharts-line-curve' : '[data-testid="static-chart-wide"] [data-series] > path')].map((p) => [
      p.getAttribute('stroke'),
      p.getAttribute('stroke-dasharray') || null,
    ]),
  );

test('a start after the end is an error at the field: nothing drawn, nothing to download, the link unchanged', async ({ page }) => {
  await page.goto('/stats/industry');
  const island = await ready(page, 'industry');
  await island.getByLabel(ZH.from, { exact: true }).selectOption('2023-01');
  await expect(page).toHaveURL(/from=2023-01&to=2025-12/);
  const to = island.getByLabel(ZH.to, { exact: true });
  await to.selectOption('2021-06');

  const message = ZH.rangeError.replace('{from}', '112年1月').replace('{to}', '110年6月');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await to.getAttribute('aria-describedby'))!;
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(message);
  await expect(island.getByTestId('stats-nothing')).toHaveText(message);
  await expect(island.getByTestId('stats-table')).toHaveCount(0);
  await expect(island.getByTestId('stats-chart')).toHaveCount(0);
  await expect(island.getByRole('button', { name: ZH.downloadCsv })).toBeDisabled();
  // The address bar keeps the last valid view.
  await expect(page).toHaveURL(/from=2023-01&to=2025-12/);
  await expectNoViolations(page);

  await to.selectOption('2024-06');
  await expect(to).not.toHaveAttribute('aria-invalid', 'true');
  await expect(island.getByTestId('stats-table').locator('tbody tr')).toHaveCount(18);
  await expect(island.getByRole('button', { name: ZH.downloadCsv })).toBeEnabled();
});

test('a series keeps its colour and dash after filtering, in the server drawing and in the interactive chart', async ({ page }) => {
  await page.goto('/stats/industry');
  const island = await ready(page, 'industry');
  const chart = island.getByTestId('stats-chart');
  // Every series is selected at first, so the chart draws the five largest; 餐飲業 (food) among them.
  await expect(island.getByTestId('chart-legend').locator('li')).toHaveCount(5);
  await expect(chart).not.toHaveAttribute('data-interactive', '');
  const before = await legendStyle(island, 'food');
  expect(before[0]).toMatch(/^#/);
  expect(await drawnStyles(island)).toContainEqual(before);

  // The interactive chart takes the same box on the page (measured without scrolling) and the same style.
  const rect = () => chart.evaluate((el) => JSON.stringify({ ...el.getBoundingClientRect().toJSON(), y: el.getBoundingClientRect().y + window.scrollY, top: 0, bottom: 0 }));
  const box = await rect();
  await chart.hover();
  await expect(chart).toHaveAttribute('data-interactive', '');
  expect(await rect()).toEqual(box);
  expect(await drawnStyles(island)).toContainEqual(before);

  // Only this: 餐飲業 alone, found through the series search.
  const search = island.getByLabel(ZH.seriesSearch.replace('{legend}', ZH.series.industry_code));
  await search.fill('餐飲');
  await expect(island.getByRole('checkbox')).toHaveCount(1);
  await island.getByRole('button', { name: ZH.onlyThisLabel.replace('{name}', '餐飲業') }).click();
  await expect(page).toHaveURL(/&series=food$/);
  await expect(island.getByTestId('chart-legend').locator('li')).toHaveCount(1);
  expect(await legendStyle(island, 'food')).toEqual(before);
  expect(await drawnStyles(island)).toEqual([before]);

  // A second series: 餐飲業 still the same.
  await search.fill('');
  await island.getByRole('checkbox', { name: '便利商店' }).check();
  await expect(island.getByTestId('chart-legend').locator('li')).toHaveCount(2);
  expect(await legendStyle(island, 'food')).toEqual(before);
  expect(await drawnStyles(island)).toContainEqual(before);
  // The axis counts with grouped thousands and names its unit.
  await expect(island.getByTestId('axis-note')).toHaveText(ZH.axisNote.replace('{measure}', ZH.measures.count).replace('{unit}', ZH.units.count));
  await expectNoViolations(page);
});

test('the table sorts by any column from the keyboard, and the sort is in the link', async ({ page }) => {
  await page.goto('/en/stats/county');
  const island = await ready(page, 'county');
  const mapTab = island.getByRole('tab', { name: EN.tabs.map });
  await mapTab.focus();
  await page.keyboard.press('ArrowRight');
  const tableTab = island.getByRole('tab', { name: EN.tabs.table });
  await expect(tableTab).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/&tab=table$/);
  const table = island.getByTestId('stats-table');
  await expect(table).toBeVisible();

  const header = table.locator('thead th').nth(1);
  const button = header.getByRole('button');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/&sort=all&dir=desc/);
  const values = async () =>
    table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('td')!).filter((td) => !td.querySelector('.sr-only')).map((td) => Number(td.textContent!.replace(/,/g, ''))));
  const desc = await values();
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  // Suppressed counties go last, whichever way.
  const lastCell = table.locator('tbody tr').last().locator('td').first();
  await expect(lastCell.locator('.sr-only')).toHaveCount(1);

  await page.keyboard.press('Space');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const asc = await values();
  expect(asc).toEqual([...asc].sort((a, b) => a - b));
  await expectNoViolations(page);

  // The link opens the same tab and order.
  await page.goto(page.url());
  const again = await ready(page, 'county');
  await expect(again.getByRole('tab', { name: EN.tabs.table })).toHaveAttribute('aria-selected', 'true');
  await expect(again.getByTestId('stats-table').locator('thead th').nth(1)).toHaveAttribute('aria-sort', 'ascending');
});

test('hour × weekday is a heat map, with a legend whose classes do not overlap', async ({ page }) => {
  await page.goto('/en/stats/hour-weekday');
  const island = await ready(page, 'hour-weekday');
  await expect(island.getByTestId('heat-map-wide').locator('rect[data-cell]')).toHaveCount(24 * 7);
  await expect(island.locator('.recharts-surface')).toHaveCount(0);
  const ranges = await island.getByTestId('class-legend').locator('li').evaluateAll((items) =>
    items.map((li) => li.textContent!.split('–').map((s) => Number(s.replace(/[^\d.]/g, '')))).filter((r) => r.length === 2),
  );
  for (let i = 1; i < ranges.length; i += 1) expect(ranges[i]![0]!).toBeGreaterThan(ranges[i - 1]![1]!);
  await expectNoViolations(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the filters wait in a drawer; the chart keeps a legible shape', async ({ page }) => {
    await page.goto('/stats/industry');
    const island = await ready(page, 'industry');
    const from = island.getByLabel(ZH.from, { exact: true });
    await expect(from).toBeHidden();
    const toggle = island.getByTestId('filters-toggle');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(from).toBeVisible();
    await expectNoViolations(page);
    await page.keyboard.press('Escape');
    await expect(from).toBeHidden();

    const box = (await island.getByTestId('stats-chart').boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.width / box.height).toBeCloseTo(1.2, 1);
    await expect(island.getByTestId('static-chart')).toBeVisible();
    await expect(island.getByTestId('static-chart-wide')).toBeHidden();
  });
});
