/**
 * The tax passbook, end to end on the e2e clock (2026-11-30): a demo citizen signs in → /me/tax
 * shows the house-tax bill 14 days overdue with today's late fee → the bill's page works out the
 * amount for a day the citizen picks → the payment slip's print page has the three store
 * barcodes, the virtual account and the QR → the bill over NT$20,000 says it cannot be paid at a
 * store. axe on every page. (Read-only for the demo account: nothing here changes it.)
 */
import { expect, test, type Page } from '@playwright/test';
import { STAFF, submitSignIn } from './support/site';
import { expectNoViolations } from './support/axe';
import { en, zh } from './support/messages';

async function signIn(page: Page, next: string, n = 1) {
  await page.goto(next);
  await page.getByLabel(zh.Citizen.barcode, { exact: true }).fill(`/TAXC00${n}`);
  await page.getByLabel(zh.Citizen.code, { exact: true }).fill(`Demo-citizen-${n}!`);
  await page.getByRole('button', { name: zh.Citizen.submit, exact: true }).click();
  await expect(page).toHaveURL(next);
}

test('my tax passbook: an overdue house-tax bill with today’s late fee, and its payment slip', async ({ page }) => {
  test.setTimeout(120_000);
  const t = zh.TaxBills;
  await signIn(page, '/me/tax');
  await expect(page.getByRole('heading', { name: t.title, level: 1 })).toBeVisible();

  // 115年 house tax, due 115年11月16日: 14 days late today, 4% surcharge, no interest yet.
  const house = page.getByTestId('tax-bill').filter({ has: page.getByRole('heading', { name: '房屋稅　115年' }) });
  await expect(house).toHaveAttribute('data-status', 'overdue');
  await expect(house.getByText('民國115年11月16日')).toBeVisible();
  await expect(house.getByTestId('late-fee')).toContainText('今天（民國115年11月30日）已逾期 14 天');
  await expect(house.getByTestId('late-fee')).toContainText('滯納金 4%：新臺幣 514 元');
  await expect(house.getByTestId('late-fee-total')).toHaveText('合計應繳：新臺幣 13,354 元');
  await expect(page.getByTestId('tax-yearly')).toBeVisible();
  await expect(page.getByTestId('tax-timeline')).toContainText('退稅');
  await expectNoViolations(page);

  // Filters live in the address: house tax only.
  await page.getByLabel(t.tax, { exact: true }).selectOption({ label: t.taxNames.house });
  await page.getByRole('button', { name: t.show, exact: true }).click();
  await expect(page).toHaveURL(/tax=house/);
  await expect(page.getByTestId('tax-bill')).toHaveCount(2);

  // The bill's page: paying on 115年12月5日 (19 days late) costs 6%.
  await house.getByRole('link', { name: new RegExp(`^${t.details}`) }).click();
  await page.getByLabel(t.payOn, { exact: true }).fill('2026-12-05');
  await page.getByRole('button', { name: t.payOnSubmit, exact: true }).click();
  await expect(page.getByTestId('pay-on-result')).toContainText('民國115年12月5日 繳納：稅額 12,840 元＋滯納金 770 元＋利息 0 元＝新臺幣 13,610 元');
  await expectNoViolations(page);

  // The slip: three Code 39 barcodes, the virtual account and the QR, valid until 115年12月1日.
  await page.getByRole('link', { name: t.printSlip, exact: true }).click();
  await expect(page.getByRole('heading', { name: '房屋稅繳款書（115年）' })).toBeVisible();
  await expect(page.getByTestId('slip-amount')).toHaveText('NT$ 13,354');
  await expect(page.getByTestId('slip-deadline')).toHaveText('民國115年12月1日');
  await expect(page.getByRole('img', { name: /^第 1 段條碼：151201TC1$/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^第 2 段條碼：0055001230001\d{3}$/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^第 3 段條碼：1201[0-9AB][0-9XY]000013354$/ })).toBeVisible();
  await expect(page.getByTestId('slip-virtual-account')).toHaveText(/^\d{16}$/);
  await expect(page.getByRole('img', { name: t.slip.qrAlt })).toBeVisible();
  await expect(page.getByText('[1S] 僅一個來源').first()).toBeVisible();
  await expectNoViolations(page);
  // Printed, the slip stands alone: no banner or footer.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The PDF is the same slip.
  const pdf = await page.request.get(page.url().replace(/\/me\/tax\/([^/]+)\/slip$/, '/api/v1/me/tax/bills/$1/slip.pdf'));
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');

  // The land-value bill over NT$20,000: no store barcodes.
  await page.goto('/me/tax?tax=land_value');
  await page.getByRole('link', { name: new RegExp(`^${t.printSlip}`) }).click();
  await expect(page.getByTestId('slip-over-limit')).toHaveText(t.slip.overLimit);
  await expect(page.getByRole('img', { name: /條碼/ })).toHaveCount(0);
  await expectNoViolations(page);

  // In English, Gregorian dates.
  await page.goto('/en/me/tax?tax=house&year=2026');
  await expect(page.getByTestId('late-fee')).toContainText(en.TaxBills.lateToday.replace('{date}', 'November 30, 2026').replace('{days}', '14'));
  await expectNoViolations(page);

  // Cloud tax information, with the calculator prefilled.
  await page.goto('/me/tax/data');
  await expect(page.getByTestId('tax-income')).toContainText('720,000');
  await page.getByTestId('income-tax-prefill').click();
  await expect(page).toHaveURL(/\/calculators\/income-tax\?incomeYear=114/);
  await expect(page.getByLabel(zh.Calculators.incomeTax.salary).first()).toHaveValue('720000');
});

test('a tax official looks up a citizen’s bills only with a reason, and the citizen sees it in their access log', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const s = zh.TaxBills.staff;
  await page.goto('/staff/sign-in?next=%2Fadmin%2Ftax');
  await submitSignIn(page, 'zh', STAFF.official.email, STAFF.official.password);
  await expect(page).toHaveURL('/admin/tax');
  await expect(page.getByRole('heading', { name: s.title, level: 1 })).toBeVisible();

  // No reason, no lookup.
  await page.getByLabel(s.barcode, { exact: true }).fill('/TAXC002');
  await page.getByRole('button', { name: s.submit, exact: true }).click();
  await expect(page.getByLabel(s.reason, { exact: true })).toHaveAccessibleDescription(new RegExp(s.invalid.reason));
  await expect(page.getByTestId('staff-tax-bills')).toHaveCount(0);

  await page.getByLabel(s.reason, { exact: true }).fill('陳情案 115-0042：民眾詢問房屋稅移送執行');
  await page.getByRole('button', { name: s.submit, exact: true }).click();
  const table = page.getByTestId('staff-tax-bills');
  await expect(table).toBeVisible();
  await expect(table).toContainText(zh.TaxBills.statuses.enforcement);
  await expectNoViolations(page);

  // The citizen, in a browser of their own, finds the lookup in their access log.
  const citizen = await browser.newContext();
  const mine = await citizen.newPage();
  await signIn(mine, '/me/data', 2);
  await expect(mine.getByTestId('access-log')).toContainText(zh.MyData.actions.tax_staff_lookup);
  // …and the reason the official gave.
  await expect(mine.getByTestId('access-log')).toContainText('陳情案 115-0042：民眾詢問房屋稅移送執行');
  await citizen.close();
});
