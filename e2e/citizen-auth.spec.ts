/**
 * Citizens (issue 12): register with the link from the local inbox → sign in → /me → sign out
 * everywhere; validation, lockout and reset; personal pages are private and never cached;
 * axe on every step, in both languages for the sign-in page.
 */
import { expect, test, type Page } from '@playwright/test';
import { registerCitizen } from './support/citizens';
import { linkIn, readMail } from './support/inbox';
import { errorSummary, url } from './support/site';
import { expectNoViolations } from './support/axe';

const zh = {
  register: '註冊',
  email: '電子郵件',
  newCode: '設定驗證碼',
  codeConfirm: '再輸入一次驗證碼',
  sentTitle: '請查看您的電子郵件',
  confirmSubmit: '完成註冊',
  confirmedTitle: '註冊完成',
  signInNow: '前往登入',
  signIn: '登入',
  barcode: '手機條碼',
  code: '驗證碼',
  meTitle: '我的帳戶',
  myAccount: '我的帳戶',
  signOut: '登出所有裝置',
  signedOut: '您已登出所有裝置。',
  barcodeInvalid: '請輸入手機條碼：斜線「/」加 7 個英文大寫字母、數字或 . + - 符號。',
  codeRequired: '請輸入驗證碼。',
  invalid: '手機條碼或驗證碼不正確。',
  lockedOut: /登入失敗次數過多，已暫停登入。請於 1[45] 分鐘後再試/,
  resetTitle: '忘記驗證碼',
  resetSubmit: '寄出重設連結',
  newCodeSubmit: '設定新的驗證碼',
  resetDone: '驗證碼已重設。請用新的驗證碼登入。',
};
const en = { signIn: 'Sign in', barcode: 'Mobile barcode', code: 'Verification code', barcodeInvalid: 'Enter your mobile barcode: “/” and 7 capital letters, digits or the symbols . + -.' };

async function submitCitizenSignIn(page: Page, barcode: string, code: string) {
  await page.getByLabel(zh.barcode, { exact: true }).fill(barcode);
  await page.getByLabel(zh.code, { exact: true }).fill(code);
  await page.getByRole('button', { name: zh.signIn, exact: true }).click();
}

test('register with the link from the inbox, sign in, see /me, sign out everywhere', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const email = `e2e-${Date.now()}@example.com`;
  const code = 'Journey-code-1';

  await page.goto('/account');
  await page.getByRole('main').getByRole('link', { name: '註冊新帳號' }).click();
  await expect(page).toHaveURL('/register');
  await expect(page.getByRole('heading', { level: 1, name: zh.register })).toBeVisible();
  await expectNoViolations(page);
  await page.getByLabel(zh.email, { exact: true }).fill(email);
  await page.getByLabel(zh.newCode, { exact: true }).fill(code);
  await page.getByLabel(zh.codeConfirm, { exact: true }).fill(code);
  await page.getByRole('button', { name: zh.register, exact: true }).click();
  await expect(page.getByRole('heading', { name: zh.sentTitle })).toBeVisible();

  const mail = await readMail(email, '稅務雲：請確認您的電子郵件');
  const barcode = /您的手機條碼是 (\/[0-9A-Z.+-]{7})/.exec(mail)![1]!;
  // The link lands on a page that changes nothing until the button is pressed.
  await page.goto(linkIn(mail, '/register/confirm'));
  await expectNoViolations(page);
  await page.getByRole('button', { name: zh.confirmSubmit }).click();
  await expect(page.getByRole('heading', { name: zh.confirmedTitle })).toBeVisible();
  await expect(page.getByText(barcode)).toBeVisible();
  await page.getByRole('link', { name: zh.signInNow }).click();

  await expect(page).toHaveURL('/sign-in');
  await submitCitizenSignIn(page, barcode.toLowerCase(), code);
  await expect(page).toHaveURL('/me');
  await expect(page.getByRole('heading', { level: 1, name: zh.meTitle })).toBeVisible();
  await expect(page.getByText(`您好，${barcode}`)).toBeVisible();
  await expectNoViolations(page);

  // Public pages stay static; the header island says 「我的帳戶」 from the hint cookie.
  await page.goto('/lottery');
  await expect(page.getByRole('banner').getByRole('link', { name: zh.myAccount })).toHaveAttribute('href', '/me');

  // A second browser signed in as the same citizen.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto('/sign-in');
  await submitCitizenSignIn(otherPage, barcode, code);
  await expect(otherPage).toHaveURL('/me');

  const me = await page.goto('/me');
  expect(me?.headers()['cache-control']).toBe('private, no-store');
  expect(me?.headers()['content-security-policy']).toMatch(/'nonce-[^']+'/);
  await page.getByRole('button', { name: zh.signOut }).click();
  await expect(page).toHaveURL('/sign-in?notice=signed-out');
  await expect(page.getByRole('status').filter({ hasText: zh.signedOut })).toBeVisible();
  await page.goto('/lottery');
  await expect(page.getByRole('banner').getByRole('link', { name: zh.signIn, exact: true })).toHaveAttribute('href', '/sign-in');

  // The other browser's session ended on the server too.
  await otherPage.goto('/me/security');
  await expect(otherPage).toHaveURL('/sign-in?next=%2Fme%2Fsecurity');
  await other.close();
});

test('sign-in errors are next to the fields; five wrong codes lock with the minutes left', async ({ page }) => {
  test.setTimeout(60_000);
  const { barcode, code } = await registerCitizen(page);
  await page.goto('/sign-in');
  await page.getByRole('button', { name: zh.signIn, exact: true }).click();
  const summary = errorSummary(page, 'zh');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: zh.barcodeInvalid })).toHaveAttribute('href', '#barcode');
  await expect(page.getByLabel(zh.barcode, { exact: true })).toHaveAccessibleDescription(new RegExp(zh.barcodeInvalid.replace(/[.+*?()[\]{}|\\^$]/g, '\\$&')));
  await expect(page.getByLabel(zh.code, { exact: true })).toHaveAccessibleDescription(zh.codeRequired);
  await expectNoViolations(page);

  for (let i = 0; i < 4; i++) {
    await submitCitizenSignIn(page, barcode, 'Wrong-code-9');
    await expect(summary).toContainText(zh.invalid);
    // The barcode is kept, the code is not echoed back.
    await expect(page.getByLabel(zh.barcode, { exact: true })).toHaveValue(barcode);
    await expect(page.getByLabel(zh.code, { exact: true })).toHaveValue('');
  }
  await submitCitizenSignIn(page, barcode, 'Wrong-code-9');
  await expect(summary).toContainText(zh.lockedOut);
  await submitCitizenSignIn(page, barcode, code);
  await expect(summary).toContainText(zh.lockedOut);
});

test('a forgotten code is reset by the e-mailed link, which works once', async ({ page }) => {
  test.setTimeout(60_000);
  const { email, barcode } = await registerCitizen(page);
  await page.goto('/sign-in');
  await page.getByRole('link', { name: zh.resetTitle }).click();
  await expect(page).toHaveURL('/sign-in/reset');
  await page.getByLabel(zh.email, { exact: true }).fill(email);
  await page.getByRole('button', { name: zh.resetSubmit }).click();
  await expect(page.getByRole('heading', { name: zh.sentTitle })).toBeVisible();
  const link = linkIn(await readMail(email, '稅務雲：重設驗證碼'), '/sign-in/reset/new');
  await page.goto(link);
  await expectNoViolations(page);
  await page.getByLabel(zh.newCode, { exact: true }).fill('Reset-code-22');
  await page.getByLabel(zh.codeConfirm, { exact: true }).fill('Reset-code-22');
  await page.getByRole('button', { name: zh.newCodeSubmit }).click();
  await expect(page).toHaveURL('/sign-in?notice=reset');
  await expect(page.getByRole('status').filter({ hasText: zh.resetDone })).toBeVisible();
  await submitCitizenSignIn(page, barcode, 'Reset-code-22');
  await expect(page).toHaveURL('/me');
  await page.goto(link);
  await expect(page.getByText('這個連結已經使用過了。')).toBeVisible();
});

test('English sign-in: labels and messages in English, no axe violations', async ({ page }) => {
  await page.goto(url('en', '/sign-in'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: en.signIn })).toBeVisible();
  await page.getByLabel(en.code, { exact: true }).fill('anything');
  await page.getByRole('button', { name: en.signIn, exact: true }).click();
  await expect(errorSummary(page, 'en')).toContainText(en.barcodeInvalid);
  await expectNoViolations(page);
});

test('personal and sign-in pages are private, never cached, with a nonce CSP; /me needs a session', async ({ request }) => {
  for (const path of ['/sign-in', '/en/register', '/sign-in/reset']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('private, no-store');
    expect(response.headers()['content-security-policy'], path).toMatch(/'nonce-[^']+'/);
  }
  const me = await request.get('/me', { maxRedirects: 0 });
  expect([303, 307]).toContain(me.status());
  expect(me.headers()['location']).toBe('/sign-in?next=%2Fme');
  expect(me.headers()['cache-control']).toBe('private, no-store');
  // A public page stays the static file it was: no session read, no cookie set.
  const home = await request.get('/lottery');
  expect(home.headers()['set-cookie']).toBeUndefined();
  expect(home.headers()['cache-control']).not.toContain('private');
});

test('a passkey added on /me/security signs in without the code (Chromium virtual authenticator)', async ({ browser }) => {
  test.setTimeout(60_000);
  // WebAuthn needs a domain as its relying party ID, not an IP address: use localhost.
  const port = new URL(String(test.info().project.use.baseURL)).port;
  const context = await browser.newContext({ baseURL: `http://localhost:${port}` });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });

  const me = await registerCitizen(page);
  await page.goto('/sign-in');
  await submitCitizenSignIn(page, me.barcode, me.code);
  await expect(page).toHaveURL('/me');
  await page.getByRole('link', { name: '帳戶安全' }).click();
  await expect(page).toHaveURL('/me/security');
  await expect(page.getByText('您還沒有通行密鑰。')).toBeVisible();
  await page.getByLabel('通行密鑰名稱', { exact: true }).fill('測試金鑰');
  await page.getByRole('button', { name: '新增通行密鑰' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已新增通行密鑰「測試金鑰」。' })).toBeVisible();
  await expect(page.getByRole('button', { name: '移除「測試金鑰」' })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole('button', { name: zh.signOut }).click();
  await expect(page).toHaveURL('/sign-in?notice=signed-out');
  await page.getByRole('button', { name: '用通行密鑰登入' }).click();
  await expect(page).toHaveURL('/me');
  await expect(page.getByText(`您好，${me.barcode}`)).toBeVisible();

  // Removed, it no longer signs in.
  await page.goto('/me/security');
  await page.getByRole('button', { name: '移除「測試金鑰」' }).click();
  await expect(page.getByText('您還沒有通行密鑰。')).toBeVisible();
  await context.close();
});
