/** Staff sign-in: redirects, validation, wrong passwords, roles, audit log, sign-out, lockout. */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { LABELS, STAFF, errorSummary, signIn, submitSignIn, url } from './support/site';

const zh = LABELS.zh;

test('signed out, /admin leads to the sign-in page and back after signing in', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL('/staff/sign-in?next=%2Fadmin');
  await expect(page.getByRole('heading', { level: 1, name: zh.signInTitle })).toBeVisible();
  await submitSignIn(page, 'zh', STAFF.admin.email, STAFF.admin.password);
  await expect(page).toHaveURL('/admin');
  await expect(page.getByRole('heading', { level: 1, name: zh.dashboard })).toBeVisible();
});

test('validation errors show next to the fields and in a focused summary', async ({ page }) => {
  await page.goto('/staff/sign-in');
  await page.getByRole('button', { name: zh.submit, exact: true }).click();
  const summary = errorSummary(page, 'zh');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: zh.errorSummary })).toBeVisible();
  await expect(summary.getByRole('link', { name: zh.emailInvalid })).toHaveAttribute('href', '#email');
  await expect(summary.getByRole('link', { name: zh.passwordRequired })).toHaveAttribute('href', '#password');
  const email = page.getByLabel(zh.email, { exact: true });
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(zh.emailInvalid);
  await expect(page.getByLabel(zh.password, { exact: true })).toHaveAccessibleDescription(zh.passwordRequired);
});

test('English validation messages are in English', async ({ page }) => {
  await page.goto('/en/staff/sign-in');
  await page.getByLabel(LABELS.en.password, { exact: true }).fill('anything');
  await page.getByRole('button', { name: LABELS.en.submit, exact: true }).click();
  await expect(errorSummary(page, 'en')).toContainText(LABELS.en.emailInvalid);
  await expect(page.getByLabel(LABELS.en.email, { exact: true })).toHaveAccessibleDescription(LABELS.en.emailInvalid);
});

test('the admin sees the dashboard and an audit log with the failed and successful sign-ins', async ({ page }) => {
  await page.goto('/staff/sign-in');
  await submitSignIn(page, 'zh', STAFF.admin.email, 'not-the-password');
  await expect(errorSummary(page, 'zh')).toContainText(zh.invalidCredentials);
  // The e-mail is kept, the password is not echoed back.
  await expect(page.getByLabel(zh.email, { exact: true })).toHaveValue(STAFF.admin.email);
  await expect(page.getByLabel(zh.password, { exact: true })).toHaveValue('');

  await submitSignIn(page, 'zh', STAFF.admin.email, STAFF.admin.password);
  await expect(page).toHaveURL('/admin');
  await expect(page.getByRole('heading', { level: 1, name: zh.dashboard })).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: zh.roleAdmin })).toBeVisible();

  await page.getByRole('link', { name: zh.auditLink }).click();
  await expect(page).toHaveURL('/admin/audit');
  const table = page.getByRole('table', { name: zh.auditTitle });
  // The action column shows the action code alone, so match it exactly.
  const rowsFor = (action: string) =>
    table.getByRole('row').filter({ hasText: STAFF.admin.email }).filter({ has: page.getByText(action, { exact: true }) });
  await expect(rowsFor('auth.sign_in_failed').first()).toBeVisible();
  await expect(rowsFor('auth.sign_in').first()).toBeVisible();
});

test('an official may not read the audit log', async ({ page }) => {
  await signIn(page, 'zh', STAFF.official);
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: zh.roleOfficial })).toBeVisible();
  await expect(page.getByRole('link', { name: zh.auditLink })).toHaveCount(0);
  const response = await page.goto('/admin/audit');
  // A forbidden page is a 403, not a 200 that says no (issue 9).
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: zh.forbidden })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  // The refusal is in the audit log, with the page that was refused (issue 9).
  await page.context().clearCookies();
  await signIn(page, 'zh', STAFF.admin);
  await page.goto('/admin/audit');
  const refusals = page
    .getByRole('table', { name: zh.auditTitle })
    .getByRole('row')
    .filter({ hasText: STAFF.official.email })
    .filter({ has: page.getByText('auth.forbidden', { exact: true }) });
  await expect(refusals.first()).toBeVisible();
  await expect(refusals.first()).toContainText('path:/admin/audit');
});

test('signing out ends the session', async ({ page, context }) => {
  await signIn(page, 'en', STAFF.official);
  const session = (await context.cookies()).find((c) => c.name.includes('session-token'));
  expect(session, 'a session cookie is set').toBeDefined();
  expect(session?.httpOnly, 'the session cookie is HttpOnly').toBe(true);
  expect(session?.sameSite).toBe('Lax');

  // Signed in, the header says so on staff pages and on static public pages alike (never 「登入」).
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: 'Staff area', exact: true })).toHaveAttribute('href', '/en/admin');
  await expect(header.getByRole('link', { name: 'Sign in', exact: true })).toHaveCount(0);
  await page.goto('/stats');
  await expect(page.getByRole('banner').getByRole('link', { name: '職員專區', exact: true })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: '登入', exact: true })).toHaveCount(0);
  await page.goto('/en/admin');

  await page.getByRole('button', { name: LABELS.en.signOut, exact: true }).click();
  await expect(page).toHaveURL('/en/staff/sign-in');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
  await page.goto('/en/admin');
  await expect(page).toHaveURL('/en/staff/sign-in?next=%2Fen%2Fadmin');
});

test('five wrong passwords lock the e-mail address, and the form says for how long', async ({ page }, testInfo) => {
  // An address nobody else uses; a retry or repeat gets its own, as the lock outlives the test.
  const run = `${testInfo.repeatEachIndex}-${testInfo.retry}`;
  const email = run === '0-0' ? 'lockout-test@taxcloud.example' : `lockout-test-${run}@taxcloud.example`;
  await page.goto('/staff/sign-in');
  const alert = errorSummary(page, 'zh');
  const attempt = async () => {
    const posted = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/staff/sign-in');
    await submitSignIn(page, 'zh', email, 'wrong-password');
    await posted;
    // React resets the form when the action's result arrives: only then is the next try safe.
    await expect(page.getByLabel(zh.password, { exact: true })).toHaveValue('');
  };
  for (let left = 4; left >= 1; left--) {
    await attempt();
    await expect(alert).toHaveText(new RegExp(`${zh.invalidCredentials}${left <= 3 ? ` 再失敗 ${left} 次` : '$'}`));
  }
  await attempt(); // the fifth failure locks
  await expect(alert).toContainText(zh.lockedOut);
  await attempt(); // the sixth is refused without checking the password
  await expect(alert).toContainText(zh.lockedOut);
  await expect(alert).toContainText('請於 15 分鐘後再試');
});

test('malformed sign-in requests sent straight to the sign-in endpoint count toward the lockout', async ({ page }, testInfo) => {
  const run = `${testInfo.repeatEachIndex}-${testInfo.retry}`;
  const email = `malformed-test-${run}@taxcloud.example`;
  // What a script would send: no password at all, which the form never lets through.
  for (let i = 0; i < 5; i++) {
    const { csrfToken } = await (await page.request.get('/api/auth/csrf')).json();
    const response = await page.request.post('/api/auth/callback/credentials', { form: { csrfToken, email, password: '' }, maxRedirects: 0 });
    expect(response.status()).toBeLessThan(500);
  }
  await page.goto('/staff/sign-in');
  await submitSignIn(page, 'zh', email, 'any-password');
  await expect(errorSummary(page, 'zh')).toContainText(zh.lockedOut);
});

test('sign-in works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/staff/sign-in');
  await submitSignIn(page, 'zh', STAFF.moderator.email, STAFF.moderator.password);
  await expect(page).toHaveURL('/admin');
  await expect(page.getByRole('heading', { level: 1, name: zh.dashboard })).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: zh.roleModerator })).toBeVisible();
  await context.close();
});

test('the next parameter cannot send anyone off the site', async ({ page }) => {
  await page.goto('/staff/sign-in?next=https://evil.example');
  await submitSignIn(page, 'zh', STAFF.admin.email, STAFF.admin.password);
  await expect(page).toHaveURL('/admin');
  await expect(page.getByRole('heading', { level: 1, name: zh.dashboard })).toBeVisible();
});

test('English sign-in lands on the English dashboard', async ({ page }) => {
  await page.goto('/en/staff/sign-in');
  await submitSignIn(page, 'en', STAFF.admin.email, 'not-the-password');
  await expect(errorSummary(page, 'en')).toContainText(LABELS.en.invalidCredentials);
  await expect(page.getByLabel(LABELS.en.password, { exact: true })).toHaveValue('');
  await submitSignIn(page, 'en', STAFF.admin.email, STAFF.admin.password);
  await expect(page).toHaveURL(url('en', '/admin'));
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: LABELS.en.roleAdmin })).toBeVisible();
});

// Revocation (issue 9): the specs below sign out the official and the moderator, which ends their
// sessions everywhere, so they live in this file (run in order) and never sign out the admin,
// whom a11y.spec.ts uses at the same time.

/** The session cookie as a Cookie header, to replay it after the browser has signed out. */
async function sessionCookie(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name.includes('session-token'));
  expect(cookie, 'a session cookie is set').toBeDefined();
  return `${cookie!.name}=${cookie!.value}`;
}

/** A staff API call that passes sign-in and role checks but publishes nothing (the body is invalid). */
function adminApi(request: APIRequestContext, origin: string, cookie: string) {
  return request.post('/api/v1/admin/lottery/periods', { data: { period: 'x' }, headers: { cookie, origin } });
}

test('signing out revokes the cookie itself: replayed afterwards, the staff API answers 401', async ({ page, playwright }) => {
  await signIn(page, 'en', STAFF.official);
  const origin = new URL(page.url()).origin;
  const cookie = await sessionCookie(page);
  // A fresh client, carrying only the copied cookie.
  const other = await playwright.request.newContext({ baseURL: origin });
  expect((await adminApi(other, origin, cookie)).status(), 'the copied cookie works before sign-out').toBe(400);

  await expect(page.getByText('Signing out ends your session on every device and browser.')).toBeVisible();
  await page.getByRole('button', { name: LABELS.en.signOut, exact: true }).click();
  await expect(page).toHaveURL('/en/staff/sign-in');

  const after = await adminApi(other, origin, cookie);
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe('unauthorized');
  await other.dispose();
});

test("Auth.js's own POST /api/auth/signout ends the sessions too, and is audited", async ({ page, playwright }) => {
  await signIn(page, 'zh', STAFF.moderator);
  const origin = new URL(page.url()).origin;
  const cookie = await sessionCookie(page);
  const other = await playwright.request.newContext({ baseURL: origin });

  const { csrfToken } = await (await page.request.get('/api/auth/csrf')).json();
  const signedOut = await page.request.post('/api/auth/signout', { form: { csrfToken }, headers: { origin }, maxRedirects: 0 });
  expect(signedOut.status()).toBe(302);

  // The moderator may not publish (403) while signed in; after sign-out the copied cookie is nobody (401).
  expect((await adminApi(other, origin, cookie)).status()).toBe(401);
  await other.dispose();

  await page.context().clearCookies();
  await signIn(page, 'zh', STAFF.admin);
  await page.goto('/admin/audit');
  const table = page.getByRole('table', { name: zh.auditTitle });
  const signOuts = table.getByRole('row').filter({ hasText: STAFF.moderator.email }).filter({ has: page.getByText('auth.sign_out', { exact: true }) });
  await expect(signOuts.first()).toBeVisible();
});

// The idle window is kept open by re-issuing the session cookie once it is a minute old, on
// pages (the proxy) and staff/citizen APIs alike (lib/auth/session-token.ts). Renewal itself is
// tested where the cookie's age can be set: tests/integration/proxy-cookies.test.ts (the real
// proxy and Auth.js with a two-minute-old cookie) and session-cookie-principal.test.ts (the API wrapper).
test('a staff API request with a fresh session cookie sets no cookie at all; a public API none either', async ({ page }) => {
  await signIn(page, 'en', STAFF.official);
  const origin = new URL(page.url()).origin;
  const response = await adminApi(page.request, origin, await sessionCookie(page));
  expect(response.status()).toBe(400);
  // Not re-issued (under a minute old), and never Auth.js's CSRF or callback cookies on an API response.
  expect(response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie')).toEqual([]);
  expect(response.headers()['cache-control']).toContain('no-store');
  const open = await page.request.get('/api/v1/lottery/periods');
  expect(open.headersArray().some((h) => h.name.toLowerCase() === 'set-cookie')).toBe(false);
});

test('a client-written X-Forwarded-For is not the audited address: the socket peer is', async ({ browser }) => {
  // Without TRUSTED_PROXIES the server believes no header: the e2e client connects from 127.0.0.1.
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '<b>spoofed</b>, 6.6.6.6' } });
  const page = await context.newPage();
  await page.goto('/staff/sign-in');
  await submitSignIn(page, 'zh', STAFF.admin.email, 'not-the-password-spoofed');
  await expect(errorSummary(page, 'zh')).toContainText(zh.invalidCredentials);
  await signIn(page, 'zh', STAFF.admin);
  await page.goto('/admin/audit');
  const table = page.getByRole('table', { name: zh.auditTitle });
  const failed = table.getByRole('row').filter({ hasText: STAFF.admin.email }).filter({ has: page.getByText('auth.sign_in_failed', { exact: true }) });
  await expect(failed.first()).toContainText('127.0.0.1');
  await expect(table).not.toContainText('6.6.6.6');
  await expect(table).not.toContainText('spoofed');
  await context.close();
});
