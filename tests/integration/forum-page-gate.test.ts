/**
 * The forum's cached pages (`forum-index/{view}`, `forum-read/{id}`) are kept on disk by Next.js
 * once made, 404s included: a made-up name must never reach its page. The proxy rewrites it to the
 * site's not-found page in its language (`/not-found`, `/en/not-found`: the catch-all page, rendered
 * per request and never stored) before the page is ever rendered.
 * The matcher side (which paths enter the proxy) is tests/integration/proxy-matcher.test.ts; that
 * the built server answers 404 and writes no file is e2e/forum-page-gate.spec.ts.
 */
import './support/next-runtime';
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { isCachedForumPageKey, listViewPage } from '@/lib/forum/list-keys';

// The newest thread here is 100000 (the gate's own reads are tests/unit/forum-thread-gate.test.ts
// and, against a database, tests/integration/forum-thread-gate.test.ts).
vi.mock('@/lib/forum/thread-gate', () => ({ mayBeThread: async (id: number) => id <= 100_000 }));

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
    ['/forum-index/zzz', '/not-found'],
    ['/en/forum-index/newest-6', '/en/not-found'],
    ['/forum-read/abc', '/not-found'],
    ['/en/forum-read/042', '/en/not-found'],
    ['/forum-read/1/x', '/not-found'],
    ['/en/forum-read/1/x?page=2', '/en/not-found?page=2'],
    // Ids above the newest thread: no page made (or kept) for them.
    ['/forum/100001', '/not-found'],
    ['/en/forum/9999999999999999', '/en/not-found'],
    ['/forum-read/100001', '/not-found'],
  ])('sends the made-up %s to the not-found page of its language (%s), not to its page', async (path, target) => {
    const response = await runProxy(path);
    expect(response.headers.get('x-middleware-rewrite')).toBe(`${ORIGIN}${target}`);
    expect(response.headers.get('x-middleware-next')).toBeNull();
  });

  it.each(['/forum-index/newest', '/en/forum-index/newest-5', '/forum-read/100000', '/en/forum-read/1', '/forum/42', '/en/forum/100000'])('passes %s on to its page', async (path) => {
    const response = await runProxy(path);
    expect(response.headers.get('x-middleware-rewrite')).toBeNull();
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });
});
