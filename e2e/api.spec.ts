/** HTTP-level checks: health endpoint, JSON 404s, security headers, the default-locale redirect. */
import { expect, test } from '@playwright/test';
import { signIn, STAFF } from './support/site';

test('GET /api/health tells the public only whether the service is up', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  // No driver, host, port or error text for anonymous callers.
  expect(await response.json()).toEqual({ status: 'ok', version: expect.any(String) });
});

test('GET /api/health shows signed-in staff the database details', async ({ page }) => {
  await signIn(page, 'zh', STAFF.moderator);
  const response = await page.request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: 'ok', version: expect.any(String), database: { driver: 'pglite', ok: true } });
  expect(body.database.migration).toBeTruthy();
  expect(body.database.migration).toBe(body.database.latestMigration);
});

test('an unknown API path is a JSON 404', async ({ request }) => {
  for (const method of ['get', 'post'] as const) {
    const response = await request[method]('/api/no-such-endpoint');
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('application/json');
    const body = await response.json();
    expect(body).toEqual({ error: expect.objectContaining({ code: 'not_found', message: expect.any(String) }) });
  }
});

test('pages carry the security headers', async ({ request }) => {
  for (const path of ['/', '/en/help', '/staff/sign-in']) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toMatch(/default-src 'self'/);
    expect(headers['strict-transport-security'], path).toMatch(/max-age=\d+/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBeTruthy();
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
});

test('the default locale has no second URL: /zh-Hant-TW/... redirects permanently', async ({ request }) => {
  for (const [from, to] of [
    ['/zh-Hant-TW/help', '/help'],
    ['/zh-Hant-TW', '/'],
  ]) {
    const response = await request.get(from!, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(new URL(response.headers()['location']!, 'http://x').pathname, from).toBe(to);
  }
});
