/**
 * Lottery journeys: the latest numbers, a winning and a losing number (also without
 * JavaScript), fast mode by keypad and keyboard, the API, and axe on the checker with a result.
 *
 * The server renders as on 2026-11-30 (TAX_CLOUD_NOW in playwright.config.ts): 115年09-10月 was
 * drawn on 2026-11-25 and its numbers are not in the data, and 115年07-08月 (special 89996565,
 * grand 91098182, first 54348835 / 44991397 / 06595111) can still be claimed.
 */
import { expect, test } from '@playwright/test';
import { LEFT_QR } from './support/qr-images';
import { expectNoViolations } from './support/axe';

// 114年09-10月, verified by news: special 25834483, first 41016094 / 98081574 / 07309261.
const PERIOD = '11409';

test('the lottery page shows the latest period, its sources and a way to check', async ({ page }) => {
  await page.goto('/lottery');
  await expect(page.getByRole('heading', { level: 1, name: '統一發票中獎號碼' })).toBeVisible();
  // 115年09-10月 has been drawn: 07-08月 is the newest period here, not "the latest".
  await expect(page.getByRole('heading', { name: '本站已登錄的最新一期：115年07-08月' })).toBeVisible();
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

test('a period that cannot exist answers 404 with the site’s not-found page, in each language, not a redirect', async ({ page, request }) => {
  for (const [path, heading] of [
    ['/lottery/zzz', /找不到/],
    ['/lottery/99999', /找不到/],
    ['/en/lottery/zzz', /not found/i],
  ] as const) {
    const answer = await request.get(path, { maxRedirects: 0 });
    expect(answer.status(), path).toBe(404);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toContainText(heading);
  }
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
  await expectNoViolations(page);
});

test('fast mode: a verdict for both open periods, naming each, saying only what is certain', async ({ page }) => {
  // Count calls to navigator.vibrate (Chromium on a desktop has it, but does nothing).
  await page.addInitScript(() => {
    (window as unknown as { buzzes: number }).buzzes = 0;
    Object.defineProperty(navigator, 'vibrate', { value: () => ((window as unknown as { buzzes: number }).buzzes++, true) });
  });
  await page.goto('/lottery/check');
  const fast = page.getByRole('region', { name: '快速對獎（末三碼）' });
  const status = fast.getByRole('status');
  const field = fast.getByLabel('末三碼', { exact: true });
  const buzzes = () => page.evaluate(() => (window as unknown as { buzzes: number }).buzzes);
  // Both periods' numbers stand beside the keypad.
  await expect(fast.getByRole('heading', { name: '115年07-08月 中獎號碼' })).toBeVisible();
  await expect(fast.getByRole('heading', { name: '115年09-10月 中獎號碼' })).toBeVisible();

  // 835 ends the first prize 54348835: NT$200 is certain; Sep–Oct cannot be checked yet.
  for (const d of ['8', '3', '5']) await fast.getByRole('button', { name: d, exact: true }).click();
  await expect(status).toContainText('09-10月：本站尚未登錄號碼，暫時無法對獎');
  await expect(status).toContainText('07-08月：至少中六獎 200 元，請核對完整號碼（可能更高）');
  await expect(fast.locator('mark')).toHaveText('835');
  expect(await buzzes()).toBe(1);

  // A fourth digit, tapped, starts the next number.
  await fast.getByRole('button', { name: '5', exact: true }).click();
  await expect(field).toHaveValue('5');
  await expect(status).toHaveText('');
  // Typed on the keyboard while the keypad has focus, the same: 565 ends only the special prize.
  await page.keyboard.type('65');
  await expect(status).toContainText('07-08月：請核對 8 碼（末三碼與特別獎相同）');
  expect(await buzzes()).toBe(2);

  // Typed in the field: a fourth digit starts the next number too.
  await field.pressSequentially('0');
  await expect(field).toHaveValue('0');
  await field.pressSequentially('00');
  await expect(status).toContainText('07-08月：沒有中獎');
  await expect(status).toContainText('09-10月：本站尚未登錄號碼，暫時無法對獎');
  expect(await buzzes()).toBe(2);
  await expectNoViolations(page);
});

test('after a draw without numbers here: one line says so, with the Ministry link, and the countdown moves on', async ({ page }) => {
  for (const path of ['/lottery', '/lottery/check']) {
    await page.goto(path);
    await expect(page.getByText('115年09-10月已於11月25日開獎，本站尚未登錄號碼。')).toBeVisible();
    await expect(page.getByRole('link', { name: '到財政部網站看中獎號碼' })).toHaveAttribute('href', 'https://invoice.etax.nat.gov.tw/');
  }
  await page.goto('/lottery');
  await expect(page.getByText('下一次開獎：民國116年1月25日（115年11-12月）')).toBeVisible();
  await page.goto('/en/lottery');
  await expect(page.getByText('The Sep–Oct 2026 draw took place on November 25; its numbers are not on this site yet.')).toBeVisible();
  await expectNoViolations(page);
});

test('the page of a period without numbers here says when it is or was drawn, whole without scripts', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // Drawn on 11-25, numbers not here: the awaiting line and the Ministry's link, not a 404.
  const drawn = await page.goto('/lottery/11509');
  expect(drawn?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('115年09-10月 中獎號碼');
  await expect(page.getByText('115年09-10月已於11月25日開獎，本站尚未登錄號碼。')).toBeVisible();
  await expect(page.getByRole('link', { name: '到財政部網站看中獎號碼' })).toBeVisible();
  await expect(page.getByText('領獎期間：民國115年12月6日 至 民國116年3月5日')).toBeVisible();
  await expect(page.getByRole('link', { name: '對獎' })).toHaveAttribute('href', '/lottery/check');
  // Today's period, before its draw: the draw date.
  const upcoming = await page.goto('/en/lottery/11511');
  expect(upcoming?.status()).toBe(200);
  await expect(page.getByText('The Nov–Dec 2026 draw takes place on January 25, 2027; you can check your invoices here once it is drawn.')).toBeVisible();
  await context.close();
  const withScripts = await browser.newContext();
  const scripted = await withScripts.newPage();
  await scripted.goto('/lottery/11511');
  await expect(scripted.getByText('115年11-12月將於民國116年1月25日開獎，開獎後即可在本站對獎。')).toBeVisible();
  await expectNoViolations(scripted);
  await withScripts.close();
});

for (const js of [true, false]) {
  test(`the full-number check answers for both open periods, and "not yet available" for Sep–Oct ${js ? '' : '(no JavaScript)'}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    await page.goto('/lottery/check');
    const full = page.getByRole('region', { name: '完整號碼對獎' });
    // The default: every open period.
    await expect(full.getByLabel('期別')).toHaveValue('open');
    await expect(full.getByLabel('期別').locator('option:checked')).toHaveText('目前可對獎的各期（09-10月、07-08月）');
    await full.getByLabel('發票號碼').fill('AB54348835');
    await full.getByRole('button', { name: '對獎', exact: true }).click();
    const result = full.getByRole('status');
    await expect(result.getByRole('heading', { name: '115年09-10月' })).toBeVisible();
    await expect(result.getByText('115年09-10月 已於 民國115年11月25日 開獎，本站尚未登錄號碼，暫時無法對獎（不是沒有中獎）。')).toBeVisible();
    await expect(result.getByRole('heading', { name: '115年07-08月' })).toBeVisible();
    await expect(result.getByText('恭喜！AB54348835 中了頭獎，獎金 200,000 元。')).toBeVisible();

    // Sep–Oct alone: never "no prize".
    await full.getByLabel('期別').selectOption('11509');
    await full.getByLabel('發票號碼').fill('AB12345678');
    await full.getByRole('button', { name: '對獎', exact: true }).click();
    await expect(result.getByText(/115年09-10月 已於 民國115年11月25日 開獎，本站尚未登錄號碼/)).toBeVisible();
    await expect(result).not.toContainText('沒有中獎。');
    await context.close();
  });
}

test('bulk and QR checks of Sep–Oct invoices answer "not yet available", never "no prize"', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-30T04:00:00Z'));
  await page.goto('/lottery/check');
  const bulk = page.getByRole('region', { name: '大量對獎' });
  // The newest period comes first, marked as without numbers.
  await expect(bulk.getByLabel('發票月份').locator('option').first()).toHaveText('115年09-10月（尚未登錄號碼）');
  await bulk.getByLabel('發票月份').selectOption('11509');
  await bulk.getByLabel('要對獎的號碼').fill('AB54348835\n12345678');
  await bulk.getByRole('button', { name: '全部對獎' }).click();
  await expect(bulk.getByText('2 個號碼暫時無法對獎：本站尚未登錄 115年09-10月 的中獎號碼（不是沒有中獎）。')).toBeVisible();
  await expect(bulk.getByRole('table').getByRole('row').nth(1)).toContainText('AB54348835尚未登錄號碼');
  await expect(bulk.getByText('未中獎')).toHaveCount(0);

  // The QR code carries the date: an invoice of 2026-10-15 belongs to 115年09-10月.
  const qr = page.getByRole('region', { name: '掃描電子發票 QR Code' });
  await qr.getByLabel('QR Code 文字內容').fill(`${LEFT_QR.slice(0, 10)}1151015${LEFT_QR.slice(17)}`);
  await qr.getByRole('button', { name: '讀取並對獎' }).click();
  await expect(qr.getByText('115年09-10月 已於 民國115年11月25日 開獎，本站尚未登錄號碼，暫時無法對獎（不是沒有中獎）。')).toBeVisible();
  await expectNoViolations(page);
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

test('the check API answers "unavailable" per item for a drawn period without numbers here', async ({ request }) => {
  const response = await request.post('/api/v1/lottery/check', { data: { period: '11510', numbers: ['AB54348835', 'bad'] } });
  expect(response.status()).toBe(200);
  const { results } = await response.json();
  expect(results).toEqual([
    { number: 'AB54348835', period: '11509', status: 'unavailable', reason: 'awaiting', drawDate: '2026-11-25' },
    expect.objectContaining({ number: 'bad', status: 'error', error: expect.objectContaining({ code: 'track' }) }),
  ]);
});

test('the countdown to the next draw counts days in the reader’s Taiwan date, in both languages', async ({ page }) => {
  // 115年09-10月 was drawn on 2026-11-25; the next draw is 115年11-12月's, on 2027-01-25.
  await page.clock.setFixedTime(new Date('2026-11-30T04:00:00Z'));
  await page.goto('/lottery');
  await expect(page.getByText('還有 56 天')).toBeVisible();
  await page.goto('/en/lottery');
  await expect(page.getByText('in 56 days')).toBeVisible();
  await page.clock.setFixedTime(new Date('2027-01-24T16:30:00Z')); // 00:30 on the 25th in Taipei
  await page.reload();
  await expect(page.getByText('today', { exact: true })).toBeVisible();
});
