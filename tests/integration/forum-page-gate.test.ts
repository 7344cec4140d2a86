/**
 * The forum's cached pages (`forum-index/{view}`, `forum-read/{id}`) are kept on disk by Next.js
 * once made, 404s included: a made-up name must get a plain 404 from the proxy itself
 * (lib/http/plain-not-found.ts, never stored) before the page is ever rendered.
 * The matcher side (which paths enter the proxy) is tests/integration/proxy-matcher.test.ts; that
 * the built server answers 404 and writes no file is e2e/forum-page-gate.spec.ts.
 */
import './support/next-runtime';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { isCachedForumPageKey, listViewPage } from '@/lib/forum/list-keys';

const ORIGIN = 'http://localhost:3000';
const runProxy = async (path: string) => (await import('@/proxy')).proxy(new NextRequest(`${ORIGIN}${path}`), { waitUntil: () => undefined } as never);

describe('the names of the forum’s cached pages', () => {
  it('are the plain list and its numbered pages 2–5', () => {
    expect(['newest', 'newest-2', 'newest-3', 'newest-4', 'newest-5'].map(listViewPage)).toEqual([1, 2, 3, 4, 5]);
    for (const view of ['newest-1', 'newest-6', 'newest-02', 'newest-', 'oldest', 'newest/x', 'NEWEST', '', 'newest.rsc']) {
      expect(listViewPage(view), view).toBeNull();
      expect(isCachedForumPageKey('index', view), view).toBe(false);
    }
  });

  it('are thread ids as the API writes them', () => {
    for (const id of ['1', '42', '100000', '9007199254740991']) expect(isCachedForumPageKey('read', id), id).toBe(true);
    for (const id of ['0', '042', '-1', '+1', '1.0', '1e3', 'abc', '12345678901234567', '', '1/x', '４２']) expect(isCachedForumPageKey('read', id), id).toBe(false);
  });
});

describe('the proxy on the forum’s cached pages', () => {
  it.each([
    ['/forum-index/zzz', '找不到這個頁面'],
    ['/en/forum-index/newest-6', 'Page not found'],
    ['/forum-read/abc', '找不到這個頁面'],
    ['/en/forum-read/042', 'Page not found'],
    ['/forum-read/1/x', '找不到這個頁面'],
  ])('answers the made-up %s with a plain 404 of its own, stored nowhere', async (path, title) => {
    const response = await runProxy(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-middleware-rewrite')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await response.text()).toContain(`<h1>${title}</h1>`);
  });

  it.each(['/forum-index/newest', '/en/forum-index/newest-5', '/forum-read/100000', '/en/forum-read/1'])('passes %s on to its page', async (path) => {
    const response = await runProxy(path);
    expect(response.headers.get('x-middleware-rewrite')).toBeNull();
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });
});
