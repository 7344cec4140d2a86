/**
 * Paying online, the parts that stand without the tax passbook (the full journey — bill, slip,
 * pay, paid with a receipt — is assembled when the passbook is merged): the sandbox provider runs
 * beside the portal, its page is accessible, a decision there calls the portal back and returns
 * the citizen to the portal's order page; the callback refuses what is not signed; an order that
 * is not the citizen's is "not found".
 */
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signatureHeader, SIGNATURE_HEADER } from '../lib/payments/signature';
import { expectNoViolations } from './support/axe';

// The same values as playwright.config.ts gives the sandbox and the servers.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const SANDBOX = `http://127.0.0.1:${Number(process.env.E2E_PAYMENT_SANDBOX_PORT ?? PORT + 2)}`;
const SECRET = 'e2e-only-payment-secret-0123456789abcdefgh';

test('the sandbox bank’s page is accessible and sends the citizen back to the portal', async ({ page, request, baseURL }) => {
  const orderId = randomUUID();
  const body = JSON.stringify({
    orderId,
    amount: 1_234,
    currency: 'TWD',
    description: '房屋稅 115年 (e2e)',
    returnUrl: `${baseURL}/me/tax/payments/${orderId}`,
    notifyUrl: `${baseURL}/api/v1/payments/callback`,
    expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
  });
  const created = await request.post(`${SANDBOX}/v1/checkouts`, { data: body, headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signatureHeader(SECRET, body) } });
  expect(created.status()).toBe(201);
  const checkout = await created.json();

  // Unsigned, the sandbox tells nobody about a checkout.
  expect((await request.get(`${SANDBOX}/v1/checkouts/${checkout.reference}`)).status()).toBe(401);

  await page.goto(checkout.checkoutUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Approve payment 確認付款' })).toBeVisible();
  await expect(page.getByText('NT$1,234')).toBeVisible();
  await expectNoViolations(page);

  // The portal does not know this order: its callback is refused (logged), and the citizen, not
  // signed in here, is asked to sign in on the way back to the order's page.
  await page.getByRole('button', { name: 'Decline 取消付款' }).click();
  await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(`/me/tax/payments/${orderId}`)}`);
  const path = `/v1/checkouts/${checkout.reference}`;
  const status = await request.get(`${SANDBOX}${path}`, { headers: { [SIGNATURE_HEADER]: signatureHeader(SECRET, path) } });
  expect(await status.json()).toMatchObject({ status: 'failed', orderId });
});

test('the callback refuses an unsigned or forged notice in the one error shape', async ({ request }) => {
  const body = JSON.stringify({ id: 'evt_e2e', type: 'payment.succeeded', data: { reference: 'chk_x', orderId: randomUUID(), amount: 1, currency: 'TWD' } });
  const unsigned = await request.post('/api/v1/payments/callback', { data: body, headers: { 'content-type': 'application/json' } });
  expect(unsigned.status()).toBe(401);
  expect(await unsigned.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
  const forged = await request.post('/api/v1/payments/callback', {
    data: body,
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signatureHeader('not-the-secret-0123456789abcdefghijkl', body) },
  });
  expect(forged.status()).toBe(401);
  // Signed with the right secret, but the order is unknown.
  const unknown = await request.post('/api/v1/payments/callback', { data: body, headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signatureHeader(SECRET, body) } });
  expect(unknown.status()).toBe(404);
  expect((await request.get('/api/v1/payments/callback')).status()).toBe(405);
});

test('signed out, the payment APIs answer 401; signed in, someone else’s order is not found', async ({ page, request }) => {
  expect((await request.post('/api/v1/me/tax/payments', { data: { billId: randomUUID() }, headers: { 'idempotency-key': randomUUID() } })).status()).toBe(401);
  expect((await request.get(`/api/v1/me/tax/payments/${randomUUID()}/receipt.pdf`)).status()).toBe(401);
  const orderId = randomUUID();
  await page.goto(`/me/tax/payments/${orderId}`);
  await page.getByLabel('手機條碼', { exact: true }).fill('/TAXC003');
  await page.getByLabel('驗證碼', { exact: true }).fill('Demo-citizen-3!');
  await page.getByRole('button', { name: '登入', exact: true }).click();
  await expect(page.getByRole('heading', { name: '找不到這個頁面' })).toBeVisible();
  const receipt = await page.request.get(`/api/v1/me/tax/payments/${orderId}/receipt.pdf`);
  expect(receipt.status()).toBe(404);
  expect(await receipt.json()).toMatchObject({ error: { code: 'not_found' } });
});

test('the whole journey: my unpaid licence tax → its slip → pay online at the bank → paid, with a receipt', async ({ page }) => {
  test.setTimeout(120_000);
  // /TAXC003's pro-rated licence tax, due 115年12月15日 (unpaid, not late). No other spec pays it.
  await page.goto('/me/tax');
  await page.getByLabel('手機條碼', { exact: true }).fill('/TAXC003');
  await page.getByLabel('驗證碼', { exact: true }).fill('Demo-citizen-3!');
  await page.getByRole('button', { name: '登入', exact: true }).click();
  await expect(page).toHaveURL('/me/tax');
  const bill = page.getByTestId('tax-bill').filter({ hasText: 'BTT-3321' });
  await expect(bill).toHaveAttribute('data-status', 'unpaid');
  await bill.getByRole('link', { name: /^查看明細與試算繳納日/ }).click();

  // The slip is there for a store; we pay online instead.
  await expect(page.getByRole('link', { name: '列印繳款書', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^線上繳納/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Approve payment 確認付款' })).toBeVisible();
  await page.getByRole('button', { name: 'Approve and pay 確認付款' }).click();

  // Back on the portal: the order is paid (the callback came first, or the page asks again).
  await expect(page).toHaveURL(/\/me\/tax\/payments\/[0-9a-f-]{36}$/);
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('已繳納').first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByText('謝謝您，這筆帳單已繳清，電子收據已開立。')).toBeVisible();
  const receipt = await page.request.get(await page.getByRole('link', { name: '下載電子收據（PDF）' }).getAttribute('href') ?? '');
  expect(receipt.status()).toBe(200);
  expect(receipt.headers()['content-type']).toContain('application/pdf');
  await expectNoViolations(page);

  await page.getByRole('link', { name: '回到我的稅務帳單' }).click();
  await expect(page.getByTestId('tax-bill').filter({ hasText: 'BTT-3321' })).toHaveAttribute('data-status', 'paid');
});
