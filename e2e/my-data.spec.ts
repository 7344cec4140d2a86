/**
 * My spending and My data (issue 12 items 7 and 8), as a demo citizen: sign in → my spending
 * (charts, tables, CSV) → my data (JSON download, the access log showing this sign-in) → ask to
 * delete the account and cancel it. axe on both pages in both languages; every personal
 * response is private, no-store.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { url, type Lang } from './support/site';
import { expectNoViolations } from './support/axe';
import { en, zh } from './support/messages';

const M = { zh, en } as const;

async function signInAs(page: Page, lang: Lang, barcode: string, code: string): Promise<void> {
  const c = M[lang].Citizen;
  await page.getByLabel(c.barcode, { exact: true }).fill(barcode);
  await page.getByLabel(c.code, { exact: true }).fill(code);
  await page.getByRole('button', { name: c.submit, exact: true }).click();
}

test('signed out, the personal APIs answer 401 and the pages lead to sign-in', async ({ page, request }) => {
  for (const path of ['/api/v1/me/data', '/api/v1/me/data/invoices.csv', '/api/v1/me/spending.csv']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(401);
    expect(res.headers()['cache-control']).toBe('private, no-store');
  }
  await page.goto('/me/data');
  await expect(page).toHaveURL('/sign-in?next=%2Fme%2Fdata');
});

test('a citizen sees their spending, downloads its CSV and their data, and finds this sign-in in the log', async ({ page }) => {
  test.setTimeout(90_000);
  const s = zh.Spending;
  const d = zh.MyData;
  await page.goto('/me/spending');
  await expect(page).toHaveURL('/sign-in?next=%2Fme%2Fspending');
  await signInAs(page, 'zh', '/TAXC001', 'Demo-citizen-1!');
  await expect(page).toHaveURL('/me/spending');
  await expect(page.getByRole('heading', { level: 1, name: s.title })).toBeVisible();
  await expect(page.getByTestId('spending-summary')).toContainText('張發票');
  // The comparison says what is compared and how the county was chosen; dates in the ROC calendar.
  const compare = page.getByTestId('spending-compare');
  await expect(compare).toContainText('平均每張發票的金額');
  await expect(compare).toContainText('臺北市');
  await expect(compare).toContainText('民國');
  await expect(page.getByTestId('spending-month-table').getByRole('row').nth(1)).toContainText('民國');
  await expect(page.getByTestId('spending-chart-month').locator('svg').first()).toBeVisible();
  await expectNoViolations(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: s.downloadCsv.replace('{title}', s.byMonth) }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tax-cloud-my-spending-month-\d{4}-\d{2}-\d{4}-\d{2}-synthetic\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith(`\uFEFF${s.month},${s.invoices},`)).toBe(true);

  const api = await page.request.get('/api/v1/me/spending.csv?view=merchant&lang=en');
  expect(api.headers()['cache-control']).toBe('private, no-store');
  expect(api.headers()['content-disposition']).toMatch(/^attachment; filename="tax-cloud-my-spending-merchant-/);
  const bad = await page.request.get('/api/v1/me/spending.csv?from=2026-05&to=2026-01');
  expect(bad.status()).toBe(400);

  const pageResponse = await page.goto('/me/data');
  expect(pageResponse!.headers()['cache-control']).toBe('private, no-store');
  await expect(page.getByRole('heading', { level: 1, name: d.title })).toBeVisible();
  const log = page.getByTestId('access-log');
  await expect(log.getByRole('row').filter({ hasText: d.actions.auth_sign_in }).first()).toContainText('民國');
  await expectNoViolations(page);

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
  expect(json.suggestedFilename()).toMatch(/^tax-cloud-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(data.account.mobileBarcode).toBe('/TAXC001');
  expect(JSON.stringify(data)).not.toMatch(/scrypt|password/i);
  expect(data.invoices.length).toBeGreaterThan(10);
  expect(data.accessLog.map((e: { action: string }) => e.action)).toContain('auth.sign_in');
  // The passbook, the forum and the demo app are in it too; the app's key never is.
  expect(data.taxBills.length).toBeGreaterThan(0);
  expect(data.forum.threads.length).toBeGreaterThan(0);
  expect(data.developerApps.map((a: { appId: string }) => a.appId)).toContain('EINV2026113001');
  expect(JSON.stringify(data)).not.toContain('TaxCloudDemoKey');
  const apps = await page.request.get('/api/v1/me/data/developer-apps.csv');
  expect(apps.status()).toBe(200);
  expect(await apps.text()).not.toContain('TaxCloudDemoKey');

  const items = await page.request.get('/api/v1/me/data/items.csv');
  expect(items.status()).toBe(200);
  expect(items.headers()['cache-control']).toBe('private, no-store');
  expect(await items.text()).toContain('invoiceNumber,issuedAt,line,name,nameEn,amount');
  expect((await page.request.get('/api/v1/me/data/passwords.csv')).status()).toBe(404);

  // The downloads are in the log too.
  await page.reload();
  await expect(log.getByRole('row').filter({ hasText: d.actions.citizen_data_export }).first()).toBeVisible();
});

test('English pages: My spending and My data in English, without axe violations', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(url('en', '/me/spending'));
  await expect(page).toHaveURL('/en/sign-in?next=%2Fen%2Fme%2Fspending');
  await signInAs(page, 'en', '/TAXC002', 'Demo-citizen-2!');
  await expect(page).toHaveURL('/en/me/spending');
  await expect(page.getByRole('heading', { level: 1, name: en.Spending.title })).toBeVisible();
  await expect(page.getByTestId('spending-compare')).toContainText('Taipei City');
  await expectNoViolations(page);
  await page.goto(url('en', '/me/data'));
  await expect(page.getByTestId('access-log').getByRole('row').filter({ hasText: en.MyData.actions.auth_sign_in }).first()).toBeVisible();
  await expectNoViolations(page);
});

test('asking to delete the account needs the code, signs out everywhere, and can be cancelled after signing in', async ({ page }) => {
  test.setTimeout(60_000);
  const d = zh.MyData;
  await page.goto('/me/data');
  await signInAs(page, 'zh', '/TAXC003', 'Demo-citizen-3!');
  await expect(page).toHaveURL('/me/data');

  await page.getByLabel(d.deleteCode, { exact: true }).fill('Not-the-code-1');
  await page.getByRole('button', { name: d.deleteSubmit }).click();
  await expect(page.getByRole('alert').filter({ hasText: d.errorSummary })).toContainText(d.wrongCode);

  await page.getByLabel(d.deleteCode, { exact: true }).fill('Demo-citizen-3!');
  await page.getByRole('button', { name: d.deleteSubmit }).click();
  await expect(page).toHaveURL('/sign-in?notice=deletion-requested');
  await expect(page.getByRole('status')).toContainText(zh.Citizen.deletionRequestedNotice);

  await page.goto('/me/data');
  await signInAs(page, 'zh', '/TAXC003', 'Demo-citizen-3!');
  const pending = page.getByTestId('deletion-pending');
  // 2026-11-30 + 7 days (the servers' clock, TAX_CLOUD_NOW).
  await expect(pending).toContainText('民國115年12月7日 12:00');
  await expectNoViolations(page);
  await page.getByRole('button', { name: d.cancelSubmit }).click();
  await expect(page).toHaveURL('/me/data?notice=cancelled');
  await expect(page.getByRole('status').filter({ hasText: d.cancelled })).toBeVisible();
  await expect(page.getByRole('button', { name: d.deleteSubmit })).toBeVisible();
});
