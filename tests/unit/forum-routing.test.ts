/**
 * Which forum page answers a request (lib/http/next-routing.ts), decided with Next.js's own rule
 * matching: anonymous readers get the cached pages, signed-in readers and filtered lists the
 * per-request ones. A signed-in reader sent to the cached page would lose their forms.
 */
import { describe, expect, it } from 'vitest';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { hasSessionCookie, SESSION_COOKIE_HEADER_PATTERN } from '@/lib/auth/session-cookie';
import { configRewrites } from '@/lib/http/next-routing';

type Rule = { source: string; destination: string; has?: unknown[]; missing?: unknown[] };

function route(path: string, { cookie, query = {} }: { cookie?: string; query?: Record<string, string> } = {}): string {
  const req = { headers: cookie === undefined ? {} : { cookie } } as never;
  for (const rule of configRewrites().beforeFiles as Rule[]) {
    const params = getPathMatch(rule.source, { removeUnnamedParams: true, strict: true })(path);
    if (!params) continue;
    const fromHas = matchHas(req, query, rule.has as never, rule.missing as never);
    if (!fromHas) continue;
    const all = { ...(params as Record<string, string>), ...fromHas };
    return rule.destination.replace(/:(\w+)/g, (_, k: string) => String(all[k]));
  }
  return path;
}

describe('forum routing', () => {
  it('sends an anonymous thread read to the cached page, in both languages', () => {
    expect(route('/forum/42')).toBe('/zh-Hant-TW/forum-read/42');
    expect(route('/en/forum/42', { cookie: 'tc_locale=en; authjs.csrf-token=x' })).toBe('/en/forum-read/42');
  });

  it.each(['authjs.session-token=abc', 'a=1; __Secure-authjs.session-token=abc', 'a=1;authjs.session-token.0=x; authjs.session-token.1=y'])(
    'renders per request for a reader with a session cookie (%j)',
    (cookie) => {
      expect(route('/forum/42', { cookie })).toBe('/forum/42');
      expect(route('/en/forum/42', { cookie })).toBe('/en/forum/42');
    },
  );

  it('leaves other thread paths (new, share image, non-numbers) alone', () => {
    expect(route('/forum/new')).toBe('/forum/new');
    expect(route('/forum/42/opengraph-image-1otd3h')).toBe('/forum/42/opengraph-image-1otd3h');
    expect(route('/forum/4x2')).toBe('/forum/4x2');
  });

  it('sends only ids written as the API writes them to the cached page (no second cached page per spelling)', () => {
    expect(route('/forum/9007199254740991')).toBe('/zh-Hant-TW/forum-read/9007199254740991');
    for (const id of ['042', '0', '12345678901234567']) {
      expect(route(`/forum/${id}`), id).toBe(`/forum/${id}`);
      expect(route(`/en/forum/${id}`), id).toBe(`/en/forum/${id}`);
    }
  });

  it('answers the plain list from the cached page, and any search, filter, order or page per request', () => {
    expect(route('/forum')).toBe('/zh-Hant-TW/forum-index/newest');
    expect(route('/en/forum', { cookie: 'authjs.session-token=abc' })).toBe('/en/forum-index/newest');
    for (const key of ['q', 'category', 'status', 'sort', 'cursor', 'page']) expect(route('/forum', { query: { [key]: 'x' } })).toBe('/forum');
    expect(route('/forum', { query: { utm_source: 'news' } })).toBe('/zh-Hant-TW/forum-index/newest');
  });

  it('answers the plain list’s numbered pages 2–5 from cached pages, any other page or a filtered one per request', () => {
    expect(route('/forum', { query: { page: '2' } })).toBe('/zh-Hant-TW/forum-index/newest-2');
    expect(route('/en/forum', { query: { page: '5' }, cookie: 'authjs.session-token=abc' })).toBe('/en/forum-index/newest-5');
    for (const page of ['1', '6', '12', '02', '2x']) expect(route('/forum', { query: { page } }), page).toBe('/forum');
    expect(route('/forum', { query: { page: '' } })).toBe('/zh-Hant-TW/forum-index/newest');
    for (const key of ['q', 'category', 'status', 'sort', 'cursor']) expect(route('/forum', { query: { page: '2', [key]: 'x' } })).toBe('/forum');
  });

  it('tells a session cookie apart exactly as hasSessionCookie does', () => {
    const headers = ['authjs.session-token=abc', 'a=1; authjs.session-token=abc', 'authjs.session-token.1=def', 'a=1', 'authjs.csrf-token=x', 'xauthjs.session-token=abc', 'authjs.session-tokens=abc', ''];
    for (const header of headers) expect(new RegExp(`^${SESSION_COOKIE_HEADER_PATTERN}$`).test(header), header).toBe(hasSessionCookie(header));
  });
});
