/**
 * proxy.ts's matcher: which requests enter the proxy at all. It was 15 entries; Next tests each
 * one against every request (twice), so it is now 3 (issue 17). This holds the 3 to the 15 over
 * paths and headers of every kind the proxy cares about, and keeps JSON API calls out of it.
 */
import './support/next-runtime';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { LOTTERY_PAGES } from '@/lib/lottery/period-gate';

const ORIGIN = 'http://localhost:3000';

/** The matcher before issue 17, one entry per rule: the specification the short one must meet. */
const SPEC = [
  '/admin/:path*',
  '/en/admin/:path*',
  '/staff/:path*',
  '/en/staff/:path*',
  '/me/:path*',
  '/en/me/:path*',
  '/sign-in/:path*',
  '/en/sign-in/:path*',
  '/register/:path*',
  '/en/register/:path*',
  '/lottery/((?!check$|periods$|sources$|feed\\.xml$|calendar\\.ics$|opengraph-image$).+)',
  '/en/lottery/((?!check$|periods$|sources$|feed\\.xml$|calendar\\.ics$|opengraph-image$).+)',
  { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  { source: '/:path*', has: [{ type: 'header', key: 'content-type', value: '(?:multipart/form-data|application/x-www-form-urlencoded).*' }] },
  '/:path(.*%.*)',
  // Added with the forum's page gate: names of its cached pages that are not theirs.
  '/forum-index/((?!newest(?:-[2-5])?$).*)',
  '/en/forum-index/((?!newest(?:-[2-5])?$).*)',
  // Since the thread gate (lib/forum/thread-gate.ts): every forum-read name, and thread pages.
  '/forum-read/(.*)',
  '/en/forum-read/(.*)',
  '/forum/([1-9]\\d{0,15})',
  '/en/forum/([1-9]\\d{0,15})',
];

const FORUM_PATHS = [
  '/forum',
  '/forum/42',
  '/forum/new',
  '/forum-index/newest',
  '/forum-index/newest-2',
  '/forum-index/newest-5',
  '/forum-index/newest-6',
  '/forum-index/newest-1',
  '/forum-index/zzz',
  '/forum-index/newest/x',
  '/forum-index/',
  '/forum-read/1',
  '/forum-read/100000',
  '/forum-read/9007199254740991',
  '/forum-read/0',
  '/forum-read/042',
  '/forum-read/abc',
  '/forum-read/12345678901234567',
  '/forum-read/1/x',
  '/forum-indexes',
];
const SECTIONS = ['admin', 'staff', 'me', 'sign-in', 'register'];
const PATHS = [
  '/',
  '/en',
  '/help',
  '/help/carrier',
  '/stats/county',
  '/calculators/late-fee',
  '/api/health',
  '/api/v1/lottery/check',
  '/api/v1/lottery/periods',
  '/api/v1/calculators/late-fee',
  '/api/v1/me/invoices',
  '/api/v1/admin/periods',
  '/PB2CAPIVAN/invapp/InvApp',
  '/lottery',
  '/lottery/',
  '/en/lottery',
  ...['11507', '11507/', '11507/opengraph-image', 'abc', 'check/', 'check.rsc', 'feed.xmlx', 'checks'].flatMap((x) => [`/lottery/${x}`, `/en/lottery/${x}`]),
  ...[...LOTTERY_PAGES].flatMap((x) => [`/lottery/${x}`, `/en/lottery/${x}`]),
  ...SECTIONS.flatMap((s) => ['', '/', '/x', '/x/y', '/x/', '//x', 'x', '-x', '.rsc', '/x.rsc', '/x.segments/a.segment.rsc'].flatMap((tail) => [`/${s}${tail}`, `/en/${s}${tail}`])),
  '/zh-Hant-TW/me',
  '/de/admin',
  '/_next/data/build/admin.json',
  '/_next/data/build/me/x.json',
  '/_next/data/build/help.json',
  ...FORUM_PATHS.flatMap((p) => [p, `/en${p}`]),
  '/%E7%A8%85',
  '/help/%zz',
  '/api/v1/lottery/check%',
  '/%',
];
const HEADERS: Record<string, string>[] = [
  {},
  { 'content-type': 'application/json' },
  { 'content-type': 'application/json; charset=utf-8' },
  { 'next-action': 'abc123' },
  { 'content-type': 'application/x-www-form-urlencoded' },
  { 'content-type': 'multipart/form-data; boundary=x' },
  { 'content-type': 'text/plain' },
];

const matches = (matcher: unknown, url: string, headers: Record<string, string>) =>
  unstable_doesMiddlewareMatch({ config: { matcher } as never, url: `${ORIGIN}${url}`, headers });

describe('the proxy matcher', () => {
  it('is three entries (Next runs each on every request)', async () => {
    const { config } = await import('@/proxy');
    expect(config.matcher).toHaveLength(3);
  });

  it('matches what the 15-entry matcher matched, and form posts to paths with an empty segment too', async () => {
    const { config } = await import('@/proxy');
    const differences: string[] = [];
    for (const path of PATHS) {
      for (const headers of HEADERS) {
        // The old header rules ('/:path*') missed a form post to /me//x: the origin check now sees it.
        const formPost = 'next-action' in headers || /^(?:multipart|application\/x-www)/.test(headers['content-type'] ?? '');
        const want = matches(SPEC, path, headers) || (formPost && path.includes('//'));
        if (matches(config.matcher, path, headers) !== want) differences.push(`${path} ${JSON.stringify(headers)}: want ${want}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('leaves JSON API calls out, and takes form posts and server actions to them in', async () => {
    const { config } = await import('@/proxy');
    for (const path of ['/api/health', '/api/v1/lottery/check', '/api/v1/lottery/periods', '/api/v1/calculators/late-fee', '/api/v1/me/invoices']) {
      expect(matches(config.matcher, path, { 'content-type': 'application/json' }), path).toBe(false);
      expect(matches(config.matcher, path, { 'next-action': 'abc' }), path).toBe(true);
      expect(matches(config.matcher, path, { 'content-type': 'application/x-www-form-urlencoded' }), path).toBe(true);
    }
  });

  it('takes in made-up names of the forum’s cached pages and thread pages (their id is checked), never the lists', async () => {
    const { config } = await import('@/proxy');
    for (const locale of ['', '/en']) {
      for (const path of ['/forum-index/zzz', '/forum-index/newest-6', '/forum-index/newest-1', '/forum-read/abc', '/forum-read/042', '/forum-read/0', '/forum-read/12345678901234567', '/forum/42', '/forum-read/1', '/forum-read/100000']) {
        expect(matches(config.matcher, `${locale}${path}`, {}), `${locale}${path}`).toBe(true);
      }
      for (const path of ['/forum', '/forum/new', '/forum-index/newest', '/forum-index/newest-2', '/forum-index/newest-5']) {
        expect(matches(config.matcher, `${locale}${path}`, {}), `${locale}${path}`).toBe(false);
      }
    }
  });

  it('takes in the pages that need a nonce, the period pages and paths with %', async () => {
    const { config } = await import('@/proxy');
    for (const path of ['/admin', '/en/admin/periods', '/staff/sign-in', '/me', '/en/me/invoices', '/sign-in', '/register', '/lottery/11507', '/en/lottery/99999', '/help/%zz']) {
      expect(matches(config.matcher, path, {}), path).toBe(true);
    }
    const staticLottery = [...LOTTERY_PAGES].flatMap((page) => [`/lottery/${page}`, `/en/lottery/${page}`]);
    for (const path of ['/', '/help', '/lottery', ...staticLottery, '/meetings', '/administer']) {
      expect(matches(config.matcher, path, {}), path).toBe(false);
    }
  });
});
