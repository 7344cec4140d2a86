/**
 * Made-up names of the forum's cached pages (`/forum-index/<anything>`, `/forum-read/<not an id>`)
 * and thread ids above the newest thread's answer 404 with the site's not-found page and leave
 * nothing on disk: Next.js keeps every page it makes for those routes, 404s included, so before
 * the proxy's gates (proxy.ts, lib/forum/list-keys.ts, lib/forum/thread-gate.ts) each made-up URL
 * added a file to the page cache; the not-found page the proxy sends them to is
 * rendered per request. The control: a real name's page is kept where this looks.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/** Every file path under the main server's build directory (playwright.config.ts, NEXT_DIST_DIR). */
function builtFiles(): string[] {
  const root = path.join(process.env.E2E_BUILD_ROOT!, 'main');
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'));
}

test('made-up forum page names answer 404 with the not-found page and leave no file in the page cache', async ({ page, request }) => {
  const token = `made-up-${Date.now().toString(36)}`;
  // An id above the newest thread's (lib/forum/thread-gate.ts), as a crawler counting upwards sends.
  const unknownId = String(9_000_000_000 + (Date.now() % 1_000_000_000));
  const paths = [`/forum-index/${token}`, `/en/forum-index/${token}`, `/forum-read/${token}`, `/en/forum-read/${token}`, `/forum-index/newest-9${token}`, `/forum/${unknownId}`, `/en/forum/${unknownId}`];
  for (const p of paths) {
    const response = await request.get(p, { maxRedirects: 0 });
    expect(response.status(), p).toBe(404);
    expect(response.headers()['cache-control'], p).toContain('no-store');
    expect(await response.text(), p).toContain(p.startsWith('/en/') ? 'Page not found' : '找不到這個頁面');
  }
  await page.goto(`/en/forum-read/${token}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
  // The control: the plain list's fifth page is a real name, made and kept on its first visit.
  expect((await request.get('/forum?page=5')).status()).toBe(200);
  await expect.poll(() => builtFiles().some((f) => /forum-index\/newest-5\.html$/.test(f)), { timeout: 10_000 }).toBe(true);
  expect(builtFiles().filter((f) => f.includes(token) || f.includes(unknownId))).toEqual([]);
});
