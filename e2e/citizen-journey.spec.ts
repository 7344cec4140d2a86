/**
 * A citizen's evening with the portal, end to end (issue 12), on a phone: register (the link from
 * the local inbox) → sign in → link a card (歸戶) → find the winning invoice on it, of the period
 * just drawn → donate another invoice of the open period → download my data (the donation is in
 * it) → sign out everywhere. The card is the demo world's spare iPASS, which nobody has linked
 * and which holds a sixth prize of 115年07-08月 (lib/einvoice-world/demo-plan.ts). axe on every
 * page it visits.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { registerCitizen } from './support/citizens';
import { expectNoViolations } from './support/axe';
import { zh, type Messages } from './support/messages';

// The demo world's spare iPASS card (README, demo citizens): typed as printed, with spaces.
const SPARE_CARD = { type: '1H0001', number: '0000 0030 0000 0003' };

test.use({ viewport: { width: 390, height: 844 } });

test('sign in, link a card, find the winner, donate another invoice, download my data, sign out everywhere', async ({ page }) => {
  test.setTimeout(120_000);
  const c = zh.Carriers;
  const inv = zh.MyInvoices;
  const don = zh.Donations;

  // Register: the portal issues a mobile barcode and mails a confirmation link.
  const { barcode, code } = await registerCitizen(page);

  await page.goto('/me/carriers');
  await expect(page).toHaveURL('/sign-in?next=%2Fme%2Fcarriers');
  await page.getByLabel(zh.Citizen.barcode, { exact: true }).fill(barcode);
  await page.getByLabel(zh.Citizen.code, { exact: true }).fill(code);
  await page.getByRole('button', { name: zh.Citizen.submit, exact: true }).click();
  await expect(page).toHaveURL('/me/carriers');

  // 歸戶: the card, typed as printed (with spaces), is linked and shown by its last 4 digits only.
  await page.getByLabel(c.typeCode, { exact: true }).selectOption(SPARE_CARD.type);
  await page.getByLabel(c.number, { exact: true }).fill(SPARE_CARD.number);
  await page.getByRole('button', { name: c.submit, exact: true }).click();
  await expect(page.getByText(/^已歸戶：一卡通 .*0003。$/)).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('0000001000000003');
  await expectNoViolations(page);

  // The period just drawn with numbers on the site: 115年07-08月 holds the deliberate winner.
  await page.goto('/me/invoices');
  await page.getByLabel(inv.period, { exact: true }).selectOption({ label: '115年07-08月' });
  await page.getByRole('button', { name: inv.show, exact: true }).click();
  const table = page.getByTestId('my-invoices');
  const winner = table.getByRole('row').filter({ hasText: '中獎：' }).first();
  await expect(winner).toBeVisible();
  await expectNoViolations(page);
  await winner.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: inv.prizeHeading })).toBeVisible();
  await expect(page.getByText(/領獎期間：民國115年10月6日至民國116年1月5日。/)).toBeVisible();
  // The proof's own codes: the barcode's 19 characters start with the period's even month.
  await expect(page.getByRole('img', { name: /^一維條碼 11508[A-Z]{2}\d{12}$/ })).toBeVisible();
  await expect(page.getByRole('img', { name: '電子發票左邊的 QR Code' })).toBeVisible();
  await expectNoViolations(page);

  // Another invoice, of the open period (115年11-12月, drawn on 116年1月25日), goes to a charity.
  await page.goto('/me/invoices');
  const open = page.getByTestId('my-invoices').getByRole('row').nth(1);
  const number = ((await open.getByRole('link').first().textContent()) ?? '').replace(/[^A-Z0-9]/g, '');
  expect(number).toMatch(/^[A-Z]{2}\d{8}$/);
  await page.goto('/me/donations');
  const firstOrganisation = page.getByRole('table').first().getByRole('row').nth(1);
  const loveCode = ((await firstOrganisation.getByRole('rowheader').textContent()) ?? '').trim();
  expect(loveCode).toMatch(/^\d{3,7}$/);
  await page.getByLabel(don.invoiceNumber, { exact: true }).fill(number);
  await page.getByLabel(don.loveCode, { exact: true }).fill(loveCode);
  await page.getByRole('button', { name: don.submit, exact: true }).click();
  // Donated, the number is masked for the donor from now on (the last 3 digits).
  await expect(page.getByText(`已將發票 ${number.slice(0, 7)}*** 捐給`, { exact: false })).toBeVisible();
  await expectNoViolations(page);
  // The same invoice again is refused, next to the field.
  await page.getByLabel(don.invoiceNumber, { exact: true }).fill(number);
  await page.getByLabel(don.loveCode, { exact: true }).fill(loveCode);
  await page.getByRole('button', { name: don.submit, exact: true }).click();
  await expect(page.getByText(don.alreadyDonated).first()).toBeVisible();

  // My data: the download has the donation and the linked card.
  await page.goto('/me/data');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: zh.MyData.downloadJson }).click();
  const json = readFileSync((await (await download).path())!, 'utf8');
  expect(json).toContain(number);
  expect(json).toContain('1H0001');
  expect(json).not.toContain(code);
  // Every feature has its part, empty for a new account: nothing of the demo citizens' bills, posts or apps.
  const data = JSON.parse(json);
  expect(data.account.mobileBarcode).toBe(barcode);
  expect(data.taxBills).toEqual([]);
  expect(data.taxData).toEqual({ income: [], properties: [] });
  expect(data.payments).toEqual([]);
  expect(Object.values(data.forum).every((rows) => Array.isArray(rows) && rows.length === 0)).toBe(true);
  expect(data.developerApps).toEqual([]);
  for (const section of ['tax-bills', 'payments', 'forum-posts', 'developer-apps']) {
    await expect(page.getByRole('link', { name: `${zh.MyData.sections[section as keyof Messages['MyData']['sections']]} (CSV)` })).toHaveAttribute('href', `/api/v1/me/data/${section}.csv`);
  }

  // Sign out everywhere: the personal pages lead to sign-in again.
  await page.goto('/me');
  await page.getByRole('button', { name: '登出所有裝置' }).click();
  await expect(page.getByText(zh.Citizen.signedOutNotice)).toBeVisible();
  await page.goto('/me/invoices');
  await expect(page).toHaveURL('/sign-in?next=%2Fme%2Finvoices');
});
