/**
 * Lottery journeys: the latest numbers, a winning and a losing number (also without
 * JavaScript), fast mode by keypad and keyboard, the API, and axe on the checker with a result.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// 114年09-10月, verified by news: special 25834483, first 41016094 / 98081574 / 07309261.
const PERIOD = '11409';

test('the lottery page shows the latest period, its sources and a way to check', async ({ page }) => {
  await page.goto('/lottery');
  await expect(page.getByRole('heading', { level: 1, name: '統一發票中獎號碼' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /最新一期：115年07-08月/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: '89996565' })).toBeVisible();
  await expect(page.getByTestId('provenance')).toHaveText('資料來源：財政部公告。資料查核紀錄');
  await page.getByRole('link', { name: '對獎', exact: true }).click();
  await expect(page).toHaveURL(/\/lottery\/check$/);
});

// Citizens read one line about where the numbers come from, in their language; how each period
// was checked is on the verification record, which on the Chinese side is Chinese only.
test('Chinese lottery pages give one source line, no confidence column, no raw English notes', async ({ page }) => {
  const raw = /code a public code file|verify against|confidence|one-source|verified-2plus|可信度|未知/i;
  for (const path of ['/lottery', '/lottery/11407', '/lottery/periods']) {
    await page.goto(path);
    await expect(page.getByRole('main'), path).not.toContainText(raw);
  }
  // A sourced period has no date it was added here: the line names the source and makes none up.
  await page.goto('/lottery/11407');
  const line = page.getByTestId('provenance');
  await expect(line).toHaveText('資料來源：財政部公告。資料查核紀錄');
  await expect(line.getByRole('link', { name: '財政部公告' })).toHaveAttribute('href', 'https://invoice.etax.nat.gov.tw/');
  // 114年07-08月's special prize is not in any reliable source yet.
  await expect(page.getByRole('cell', { name: '本站尚未登錄' })).toBeVisible();
  await line.getByRole('link', { name: '資料查核紀錄' }).click();
  await expect(page).toHaveURL('/lottery/sources');
  await expect(page.getByRole('heading', { level: 1, name: '資料查核紀錄' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(raw);
  await expect(page.getByTestId('record-table').getByRole('row', { name: /114年09-10月/ })).toContainText('包含新聞報導');
});

test('the English verification record keeps the collectors\' notes, folded away', async ({ page }) => {
  await page.goto('/en/lottery/sources');
  await expect(page.getByRole('heading', { level: 1, name: 'Data verification record' })).toBeVisible();
  const notes = page.getByRole('group').filter({ hasText: 'Jul–Aug 2026' });
  await notes.getByText('Jul–Aug 2026').click();
  await expect(notes.getByText(/verify against/)).toBeVisible();
});

test('a period page accepts the API term and names the page key as canonical', async ({ page }) => {
  await page.goto('/en/lottery/11410');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sep–Oct 2025');
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/en\/lottery\/11409$/);
});

for (const js of [true, false]) {
  test(`a winning and a losing full number ${js ? '' : '(no JavaScript)'}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    await page.goto('/lottery/check');
    await page.getByLabel('期別').selectOption(PERIOD);
    await page.getByLabel('發票號碼').fill('ab-4101 6094');
    await page.getByRole('button', { name: '對獎', exact: true }).click();
    await expect(page.getByText('恭喜！AB41016094 中了頭獎，獎金 200,000 元。')).toBeVisible();
    await expect(page.getByText(/紙本兌領實領 159,200 元/)).toBeVisible();
    await expect(page.getByText(/領獎期間：民國114年12月6日 至 民國115年3月5日/)).toBeVisible();

    await page.getByLabel('期別').selectOption(PERIOD);
    await page.getByLabel('發票號碼').fill('AB12345678');
    await page.getByRole('button', { name: '對獎', exact: true }).click();
    await expect(page.getByText('AB12345678 在 114年09-10月 沒有中獎。')).toBeVisible();
    await context.close();
  });
}

test('a bad number is explained next to the field', async ({ page }) => {
  await page.goto('/en/lottery/check');
  await page.getByLabel('Invoice number').fill('AB1234');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByText('Put 8 digits after the letters.')).toBeVisible();
  await expect(page.getByLabel('Invoice number')).toHaveAttribute('aria-invalid', 'true');
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations).toEqual([]);
});

test('fast mode: keypad and keyboard give an answer on the third digit', async ({ page }) => {
  await page.goto('/lottery/check');
  const status = page.getByRole('status').first();
  // Latest period 115年07-08月: first prize 54348835 ends in 835.
  for (const d of ['8', '3', '5']) await page.getByRole('button', { name: d, exact: true }).click();
  await expect(status).toHaveText('835：可能中獎！請輸入完整號碼核對');
  await page.getByRole('button', { name: '0', exact: true }).click();
  await expect(status).toHaveText('');
  await page.getByLabel('末三碼', { exact: true }).fill('000');
  await expect(status).toHaveText('000：沒有中獎');
});

test('the check API answers in order with per-item errors', async ({ request }) => {
  const response = await request.post('/api/v1/lottery/check', { data: { period: '11410', numbers: ['AB41016094', 'bad'] } });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.results[0]).toMatchObject({ number: 'AB41016094', period: PERIOD, prize: 'first', amount: 200000, net: 159200 });
  expect(body.results[1]).toMatchObject({ number: 'bad', error: { code: 'track' } });
  const tooMany = await request.post('/api/v1/lottery/check', { data: { period: PERIOD, numbers: Array(10001).fill('12345678') } });
  expect(tooMany.status()).toBe(413);
});

test('the countdown to the next draw counts days in the reader’s Taiwan date, in both languages', async ({ page }) => {
  // Next draw after 115年07-08月: 115年09-10月, drawn on 2026-11-25.
  await page.clock.setFixedTime(new Date('2026-11-22T04:00:00Z'));
  await page.goto('/lottery');
  await expect(page.getByText('還有 3 天')).toBeVisible();
  await page.goto('/en/lottery');
  await expect(page.getByText('in 3 days')).toBeVisible();
  await page.clock.setFixedTime(new Date('2026-11-24T16:30:00Z')); // 00:30 on the 25th in Taipei
  await page.reload();
  await expect(page.getByText('today', { exact: true })).toBeVisible();
});
