/**
 * An official publishes a period's winning numbers; it appears on the draw pages, the checker,
 * the feeds and the API at once. Runs against its own server and database (see
 * playwright.config.ts): publishing changes the latest period, which other journeys rely on.
 * The numbers here are made up for a future period and exist only in this test database.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { STAFF, errorSummary, signIn } from './support/site';

test.describe.configure({ mode: 'serial' });

const NUMBERS = { special: '12345678', grand: '87654321', first: ['11112222', '33334444', '55556666'] };
const SOURCE = 'https://www.mof.gov.tw/ (e2e test data, not real)';

test('an official publishes 115年09-10月 through the form and the pages show it', async ({ page }) => {
  await signIn(page, 'zh', STAFF.official);
  await page.getByRole('link', { name: '發布中獎號碼' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '發布中獎號碼' })).toBeVisible();
  await expect(page.getByText('下一期應發布：115年09-10月（11509）')).toBeVisible();
  await expect(page.getByLabel('期別')).toHaveValue('11509');

  // A mistake first: a 7-digit number and a repeated first prize, explained next to the fields.
  await page.getByLabel('特別獎（8 位數字）').fill('1234567');
  await page.getByLabel('特獎（8 位數字）').fill(NUMBERS.grand);
  await page.getByLabel('頭獎號碼 1').fill(NUMBERS.first[0]!);
  await page.getByLabel('頭獎號碼 2').fill(NUMBERS.first[0]!);
  await page.getByLabel('頭獎號碼 3').fill(NUMBERS.first[2]!);
  await page.getByLabel('來源').fill(SOURCE);
  await page.getByRole('button', { name: '發布', exact: true }).click();
  await expect(errorSummary(page, 'zh')).toBeFocused();
  await expect(page.getByLabel('特別獎（8 位數字）')).toHaveAccessibleDescription('中獎號碼須為 8 位數字。');
  await expect(page.getByLabel('頭獎號碼 3')).toHaveAccessibleDescription('3 組頭獎號碼不可重複。');
  // Nothing typed is lost.
  await expect(page.getByLabel('特獎（8 位數字）')).toHaveValue(NUMBERS.grand);
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([]);

  await page.getByLabel('特別獎（8 位數字）').fill(NUMBERS.special);
  await page.getByLabel('頭獎號碼 2').fill(NUMBERS.first[1]!);
  await page.getByRole('button', { name: '發布', exact: true }).click();
  await expect(page.getByRole('status').getByText('已發布 115年09-10月（第 1 版）。開獎頁與 API 已更新。')).toBeVisible();

  await page.getByRole('link', { name: '檢視 115年09-10月 的開獎頁' }).click();
  await expect(page).toHaveURL('/lottery/11509');
  await expect(page.getByText(NUMBERS.special)).toBeVisible();

  await page.goto('/lottery');
  await expect(page.getByRole('heading', { name: /最新一期：115年09-10月/ })).toBeVisible();
  for (const n of NUMBERS.first) await expect(page.getByText(n, { exact: true })).toBeVisible();

  await page.goto('/en/lottery/periods');
  await expect(page.getByRole('link', { name: /Sep–Oct 2026/ })).toBeVisible();
});

test('the checker, the API and the feeds know the new period', async ({ request }) => {
  const check = await request.post('/api/v1/lottery/check', { data: { period: '11510', numbers: ['AB55556666', 'CD00000666'] } });
  expect((await check.json()).results.map((r: { prize: string | null }) => r.prize)).toEqual(['first', 'sixth']);
  expect((await (await request.get('/api/v1/lottery/periods/11509')).json()).special).toBe(NUMBERS.special);
  expect(await (await request.get('/lottery/feed.xml')).text()).toContain('115年09-10月統一發票中獎號碼');
  const ics = await (await request.get('/lottery/calendar.ics')).text();
  expect(ics).toContain('UID:draw-11509@');
  expect(ics).toContain('UID:draw-11511@'); // the next, upcoming draw
});

test('publishing the same period again is refused unless marked as a correction', async ({ page }) => {
  await signIn(page, 'en', STAFF.official);
  await page.goto('/en/admin/lottery');
  await expect(page.getByLabel('Period')).toHaveValue('11511');
  await page.getByLabel('Period').fill('11509');
  await page.getByLabel('Special prize (8 digits)').fill(NUMBERS.special);
  await page.getByLabel('Grand prize (8 digits)').fill('87654320');
  await page.getByLabel('First prize number 1').fill(NUMBERS.first[0]!);
  await page.getByLabel('First prize number 2').fill(NUMBERS.first[1]!);
  await page.getByLabel('First prize number 3').fill(NUMBERS.first[2]!);
  await page.getByLabel('Sources').fill(SOURCE);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByLabel('This is a correction: replace the published numbers')).toHaveAccessibleDescription(/already published/);

  await page.getByLabel('This is a correction: replace the published numbers').check();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status').getByText('Sep–Oct 2026 corrected (revision 2). The previous numbers are in the audit log.')).toBeVisible();
  await page.goto('/en/lottery/11509');
  await expect(page.getByText('87654320')).toBeVisible();
});

test('the admin API: sign-in and role required, validated, audited', async ({ page, request }) => {
  const body = { period: '11511', special: '10101010', grand: '20202020', first: ['30303030', '40404040', '50505050'], sources: [SOURCE] };
  // No session.
  const anonymous = await request.post('/api/v1/admin/lottery/periods', { data: body });
  expect(anonymous.status()).toBe(401);

  // A moderator may not publish.
  await signIn(page, 'zh', STAFF.moderator);
  expect((await page.request.post('/api/v1/admin/lottery/periods', { data: body })).status()).toBe(403);
  await page.context().clearCookies();

  await signIn(page, 'zh', STAFF.admin);
  const bad = await page.request.post('/api/v1/admin/lottery/periods', { data: { ...body, special: '123', first: ['30303030'] } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fields).toEqual({ special: ['Each winning number has exactly 8 digits.'], first: ['There are exactly three first-prize numbers.'] });

  const early = await page.request.post('/api/v1/admin/lottery/periods', { data: { ...body, period: '11601' } });
  expect(early.status()).toBe(409);
  expect((await early.json()).error.message).toBe('The next period to publish is 11511 (after 11509); 11601 is not.');

  const created = await page.request.post('/api/v1/admin/lottery/periods', { data: body });
  expect(created.status()).toBe(201);
  expect(await created.json()).toMatchObject({ period: '11511', revision: 1, correction: false, record: { invTerm: '11512', special: '10101010' } });
  expect((await page.request.post('/api/v1/admin/lottery/periods', { data: body })).status()).toBe(409);

  await page.goto('/lottery');
  await expect(page.getByRole('heading', { name: /最新一期：115年11-12月/ })).toBeVisible();

  await page.goto('/admin/audit');
  await expect(page.getByRole('cell', { name: 'lottery_period:11511' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'lottery_period:11509' }).first()).toBeVisible();
});
