/**
 * The citizen journey by keyboard alone (WCAG 2.1.1 keyboard, 2.4.7 focus visible): sign in →
 * my invoices → open an invoice → my account → donations → donate it. Only Tab, Shift+Tab, typing
 * and Enter move through the pages (a fresh account is registered first, as other journeys do);
 * at every Tab stop the focused element must show the site's focus ring.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { registerCitizen } from './support/citizens';
import { zh } from './support/messages';

/** What the focused element looks like: null on the page itself (before the first Tab stop). */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`,
      focusVisible: el.matches(':focus-visible'),
      ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
      onScreen: rect.width > 0 && rect.height > 0,
    };
  });
}

/** Tabs forward until `target` has focus, checking that every stop on the way shows its focus. */
async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    if (state) {
      expect(state.focusVisible && state.ring, `focus ring on ${state.what}`).toBe(true);
      expect(state.onScreen, `${state.what} is on screen`).toBe(true);
    }
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${max} Tabs did not reach ${target}`);
}

test('sign in, open an invoice and donate it, by keyboard only, with focus always visible', async ({ page }) => {
  test.setTimeout(180_000);
  const inv = zh.MyInvoices;
  const don = zh.Donations;
  // Set-up, not part of the keyboard run: a fresh account with a card of the demo world linked
  // (citizen 1's iPASS, which no other journey links), so the open period has invoices.
  const { barcode, code } = await registerCitizen(page);
  await page.goto('/sign-in?next=%2Fme%2Fcarriers');
  await page.getByLabel(zh.Citizen.barcode, { exact: true }).fill(barcode);
  await page.getByLabel(zh.Citizen.code, { exact: true }).fill(code);
  await page.getByRole('button', { name: zh.Citizen.submit, exact: true }).click();
  await expect(page).toHaveURL('/me/carriers');
  await page.getByLabel(zh.Carriers.typeCode, { exact: true }).selectOption('1H0001');
  await page.getByLabel(zh.Carriers.number, { exact: true }).fill('0000 0010 0000 0003');
  await page.getByRole('button', { name: zh.Carriers.submit, exact: true }).click();
  await expect(page.getByText(/^已歸戶：一卡通 .*0003。$/)).toBeVisible();
  await page.context().clearCookies();

  // Sign in: type into the fields, Enter submits.
  await page.goto('/sign-in?next=%2Fme%2Finvoices');
  await tabTo(page, page.getByLabel(zh.Citizen.barcode, { exact: true }));
  await page.keyboard.type(barcode);
  await tabTo(page, page.getByLabel(zh.Citizen.code, { exact: true }));
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/me/invoices');
  await expect(page.getByRole('heading', { level: 1, name: inv.title })).toBeVisible();

  // The newest invoice of the open period: its link, then Enter.
  const link = page.getByTestId('my-invoices').getByRole('row').nth(1).getByRole('link').first();
  const number = ((await link.textContent()) ?? '').replace(/[^A-Z0-9]/g, '');
  expect(number).toMatch(/^[A-Z]{2}\d{8}$/);
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/me/invoices/${number}`);
  await expect(page.getByRole('heading', { name: inv.itemsHeading })).toBeVisible();

  // To the donations page through my account, as a keyboard user would.
  await tabTo(page, page.getByRole('link', { name: '我的帳戶', exact: true }).first());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/me');
  await tabTo(page, page.getByRole('link', { name: zh.Citizen.donationsTitle, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/me/donations');

  // Donate the invoice just opened to the directory's first organisation.
  const loveCode = ((await page.getByRole('table').first().getByRole('row').nth(1).getByRole('rowheader').textContent()) ?? '').trim();
  expect(loveCode).toMatch(/^\d{3,7}$/);
  await tabTo(page, page.getByLabel(don.invoiceNumber, { exact: true }));
  await page.keyboard.type(number);
  await tabTo(page, page.getByLabel(don.loveCode, { exact: true }));
  await page.keyboard.type(loveCode);
  await tabTo(page, page.getByRole('button', { name: don.submit, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(`已將發票 ${number.slice(0, 7)}*** 捐給`, { exact: false })).toBeVisible();
});

test('my taxes by keyboard only: a bill’s details, then its payment slip', async ({ page }) => {
  test.setTimeout(120_000);
  const tb = zh.TaxBills;
  await page.goto('/sign-in?next=%2Fme%2Ftax');
  await tabTo(page, page.getByLabel(zh.Citizen.barcode, { exact: true }));
  await page.keyboard.type('/TAXC001');
  await tabTo(page, page.getByLabel(zh.Citizen.code, { exact: true }));
  await page.keyboard.type('Demo-citizen-1!');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/me/tax');
  await expect(page.getByRole('heading', { level: 1, name: tb.title })).toBeVisible();

  // The first bill that can still be paid: its details link, then Enter.
  const bill = page.locator('[data-testid="tax-bill"][data-status="overdue"]').first();
  const details = bill.getByRole('link', { name: new RegExp(`^${tb.details} `) });
  await tabTo(page, details);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/me\/tax\/[0-9a-f-]{36}$/);

  // From the bill, its payment slip.
  const slip = page.getByRole('link', { name: tb.printSlip, exact: true });
  await tabTo(page, slip);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/me\/tax\/[0-9a-f-]{36}\/slip$/);
});

test('the forum by keyboard only: search for 載具, open a thread', async ({ page }) => {
  test.setTimeout(120_000);
  const f = zh.Forum;
  await page.goto('/forum');
  await tabTo(page, page.getByLabel(f.q, { exact: true }));
  await page.keyboard.type('載具');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]q=%E8%BC%89%E5%85%B7/);
  const thread = page.getByTestId('forum-threads').getByRole('link', { name: /手機條碼載具歸戶後/ });
  await tabTo(page, thread);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /手機條碼載具歸戶後/ })).toBeVisible();
});
