/**
 * Tables on a 390 px phone: the bulk results, the periods archive and a statistics table keep
 * every word and number whole (measured from the layout, cell by cell), scroll sideways inside a
 * named, focusable region, hold the first column in place and set numbers in tabular figures.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { narrowCells } from './support/table-fit';
import { LANGS, url, type Lang } from './support/site';

test.use({ viewport: { width: 390, height: 844 } });

const BULK = {
  zh: { region: '大量對獎', period: '發票月份', text: '要對獎的號碼', submit: '全部對獎', table: '每個號碼的對獎結果' },
  en: { region: 'Check many numbers', period: 'Invoice months', text: 'Numbers to check', submit: 'Check all', table: 'Result for each number' },
} as const;

async function expectFits(table: Locator, what: string): Promise<void> {
  await expect(table).toBeVisible();
  const narrow = await narrowCells(table);
  expect(narrow, `${what}: cells narrower than their longest word:\n${JSON.stringify(narrow.slice(0, 5), null, 1)}`).toEqual([]);
}

/** The table sits in a named, keyboard-focusable scroll region; its first column sticks. */
async function expectPhoneTable(page: Page, table: Locator, regionName: string): Promise<void> {
  const region = page.getByRole('region', { name: regionName, exact: true });
  await expect(region).toHaveAttribute('tabindex', '0');
  await expect(region.locator('table')).toHaveCount(1);
  expect(await region.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
  expect(await table.locator('tbody tr').first().locator('th, td').first().evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  // The page itself never scrolls sideways: only the table's region does.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

for (const lang of LANGS) {
  test(`bulk results fit a phone (${lang})`, async ({ page }) => {
    const l = BULK[lang as Lang];
    await page.goto(url(lang, '/lottery/check'));
    const bulk = page.getByRole('region', { name: l.region, exact: true });
    await bulk.getByLabel(l.period).selectOption('11409');
    await bulk.getByLabel(l.text).fill('AB-41016094\nXY98081574\n12345678\n00000261\nAB1234');
    await bulk.getByRole('button', { name: l.submit }).click();
    const table = bulk.getByTestId('bulk-results');
    await expect(table.locator('tbody tr')).toHaveCount(5);
    await expectFits(table, 'bulk results');
    await expectPhoneTable(page, table, l.table);
    expect(await table.locator('td.num').first().evaluate((el) => getComputedStyle(el).fontVariantNumeric)).toBe('tabular-nums');
  });

  test(`the periods archive fits a phone (${lang})`, async ({ page }) => {
    await page.goto(url(lang, '/lottery/periods'));
    const table = page.getByTestId('periods-table');
    await expectFits(table, 'periods archive');
    await expectPhoneTable(page, table, lang === 'zh' ? '所有期別' : 'All periods');
  });

  test(`a statistics table fits a phone (${lang})`, async ({ page }) => {
    await page.goto(url(lang, '/stats/industry'));
    // The table is the dashboard's second tab (chart first, as Our World in Data's grapher).
    await expect(page.getByTestId('explorer-industry')).toHaveAttribute('data-hydrated', '');
    await page.getByRole('tab', { name: lang === 'zh' ? '表格' : 'Table' }).click();
    const table = page.getByTestId('stats-table');
    await expectFits(table, 'statistics table');
    const caption = (await table.locator('caption').textContent())!.trim();
    await expectPhoneTable(page, table, caption);
    expect(await table.locator('td.num').first().evaluate((el) => getComputedStyle(el).fontVariantNumeric)).toBe('tabular-nums');
  });
}

test('the word check catches a squeezed table (the helper is not blind)', async ({ page }) => {
  await page.setContent(
    '<table style="width:60px;word-break:break-all"><tr><th>特別獎</th><td style="font-family:monospace">XY89996565</td></tr></table>',
  );
  const narrow = await narrowCells(page.locator('table'));
  expect(narrow.map((n) => n.word)).toEqual(['特別獎', 'XY89996565']);
});
