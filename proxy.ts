/**
 * The proxy runs only where per-request work is needed; public page GETs never match, so they
 * stay pure static files (a draw-day spike costs nothing).
 *
 * - Staff pages and sign-in (/admin, /staff), personal pages (/me) and citizen sign-in,
 *   registration and reset (/sign-in, /register): a nonce-based CSP and `Cache-Control: private,
 *   no-store`; on /admin and /me it also renews the session cookie once it is a minute old (the
 *   20-minute timeout is an *idle* timeout; lib/auth/session-token.ts) and sets no other cookie. It protects nothing by itself: each page checks the
 *   session and role again.
 * - Form posts and server actions (matched by their headers): another site's → 403.
 * - Paths with '%' that cannot be decoded: 400 with the security headers, not Next's bare 500.
 * - /lottery/{period}: only keys that can be periods reach the page cache (lib/lottery/period-gate.ts);
 *   anything else gets the site's 404 page (app/global-not-found.tsx), nothing cached per name.
 * - /forum-index/{view} and /forum-read/{id} (the forum's cached pages, which the /forum rewrites
 *   reach without the proxy): the matcher takes in only names that are not theirs
 *   (lib/forum/list-keys.ts), which get the not-found page the same way.
 * - /forum/{id}: an id above the newest thread gets the not-found page too (lib/forum/thread-gate.ts:
 *   otherwise each made-up id would leave a 404 in the page cache, blank until its scripts ran).
 *
 * Signed-in APIs renew the session cookie in lib/api/session-handler.ts instead: a
 * matched proxy makes Next buffer the request body (up to 10 MB) before the route can refuse it.
 */
import NextAuth from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { baseAuthConfig } from '@/lib/auth/base-config';
import { readSessionToken, renewalDue, sessionTokenFrom } from '@/lib/auth/session-token';
import { isDecodable, undecodablePathResponse } from '@/lib/http/undecodable-path';
import { now } from '@/lib/clock';
import { todayInTaipei } from '@/lib/i18n/format';
import { isPeriodSegment, mayBePeriod } from '@/lib/lottery/period-gate';
import { isCachedForumPageKey } from '@/lib/forum/list-keys';
import { withoutAuthExtraCookies } from '@/lib/security/auth-cookies';
import { crossSiteRefusal, isFormOrActionPost } from '@/lib/security/cross-site';
import { contentSecurityPolicy, isNoncePage } from '@/lib/security/headers';
import { createNonce } from '@/lib/security/nonce';
import { providerFormOrigins } from '@/lib/payments/form-origin';
import { ME_PATH_HEADER } from '@/lib/citizens/me-sections';

const { auth } = NextAuth(baseAuthConfig);

const isDev = process.env.NODE_ENV !== 'production';

const ME_PAGE = /^\/(?:en\/)?(me(?:\/.*)?)$/;

/**
 * Passes the request on with a fresh nonce: Next.js reads it from the request's CSP header.
 * These pages are per person: no cache (shared or the browser's back-forward one) keeps them.
 */
function withNonce(request: NextRequest): NextResponse {
  // Personal pages' layout sends a signed-out visitor to sign in and back to this path.
  const me = ME_PAGE.exec(request.nextUrl.pathname);
  const csp = contentSecurityPolicy({ isDev, nonce: createNonce(), formAction: me ? providerFormOrigins() : [] });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  if (me) headers.set(ME_PATH_HEADER, `/${me[1]}`);
  else headers.delete(ME_PATH_HEADER);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

/**
 * The site's 404 page for a path that must not reach its own page: `/not-found` is an address no
 * page claims, so it gets app/global-not-found.tsx, one static page for every made-up name, nothing
 * kept per name (e2e/forum-page-gate.spec.ts looks at the disk). Chinese pages have no prefix:
 * `/zh-Hant-TW/…` is redirected to the path without it (a 308 to /not-found instead of the 404), and
 * the rewrite of unprefixed paths adds the prefix inside.
 */
function notFoundPage(request: NextRequest, en: string | undefined): NextResponse {
  const notFound = request.nextUrl.clone();
  notFound.pathname = en ? `/${en}/not-found` : '/not-found';
  return NextResponse.rewrite(notFound);
}

type ProxyHandler = (request: NextRequest, event: NextFetchEvent) => Promise<Response | undefined>;
// Auth.js types its wrapper as a route handler; as a proxy it is called with the fetch event.
// With a config given as a function (baseAuthConfig), Auth.js hands the wrapper back in a Promise.
const renewingPage = auth((request) => withNonce(request)) as unknown as ProxyHandler | Promise<ProxyHandler>;
// Only the renewed session cookie leaves with the page: Auth.js's CSRF and callback-URL cookies do not.
const sessionPage: ProxyHandler = async (request, event) => {
  const response = await (await renewingPage)(request, event);
  return response ? withoutAuthExtraCookies(response) : response;
};

/**
 * Whether Auth.js must see this request: a session cookie a minute old or more (renewed), or one
 * that is not a valid session (Auth.js clears it). A fresh valid cookie needs neither, and
 * re-encrypting it on every page was a large share of a personal page's time (issue 12).
 */
async function renewsSession(request: NextRequest): Promise<boolean> {
  const cookie = request.headers.get('cookie');
  const claims = await readSessionToken(cookie);
  return claims ? renewalDue(claims) : sessionTokenFrom(cookie) !== null;
}

/** Signed-in pages, whose visits keep the session alive. */
const SESSION_PAGE = /^\/(?:en\/)?(?:admin|me)(?:\/|$)/;
const PERIOD_PATH = /^\/(?:(en)\/)?lottery\/([^/]+)(?:\/|$)/;
const FORUM_CACHED_PATH = /^\/(?:(en)\/)?forum-(index|read)\/(.*)$/;
const FORUM_THREAD_PATH = /^\/(?:(en)\/)?forum(?:-read)?\/([1-9]\d{0,15})$/;

/** Whether a thread may have this id; the database code loads on the first thread page only. */
let threadGate: Promise<typeof import('@/lib/forum/thread-gate')> | undefined;
async function mayBeThread(id: string): Promise<boolean> {
  threadGate ??= import('@/lib/forum/thread-gate');
  return (await threadGate).mayBeThread(Number(id));
}

export async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  // The app API (/PB2CAPIVAN/…) is form-encoded by design and uses no cookie: other sites' pages may call it.
  if (isFormOrActionPost(request) && !request.nextUrl.pathname.startsWith('/PB2CAPIVAN/')) {
    const refused = crossSiteRefusal(request);
    if (refused) return refused;
  }
  const { pathname } = request.nextUrl;
  if (!isDecodable(pathname)) return undecodablePathResponse(pathname, { isDev });
  const period = PERIOD_PATH.exec(pathname);
  if (period && isPeriodSegment(period[2]!) && !mayBePeriod(period[2]!, todayInTaipei(now()))) return notFoundPage(request, period[1]);
  const forum = FORUM_CACHED_PATH.exec(pathname);
  if (forum && !isCachedForumPageKey(forum[2] as 'index' | 'read', forum[3]!)) return notFoundPage(request, forum[1]);
  const thread = FORUM_THREAD_PATH.exec(pathname);
  if (thread && !(await mayBeThread(thread[2]!))) return notFoundPage(request, thread[1]);
  if (isNoncePage(pathname)) {
    return SESSION_PAGE.test(pathname) && (await renewsSession(request)) ? ((await sessionPage(request, event)) ?? NextResponse.next()) : withNonce(request);
  }
  return NextResponse.next();
}

/*
 * Next tests every matcher against every request's path, twice (as sent and decoded), building a
 * RegExp for each: 15 matchers cost each API call about 25 µs before any route code ran, on
 * requests none of them matched. So the path rules are one alternation and the header rules use
 * the plainest path pattern; tests/integration/proxy-matcher.test.ts holds this to the longer list
 * it replaces. `has` cannot test the method: a JSON POST to an API matches none of these.
 */
export const config = {
  matcher: [
    // Staff, personal and sign-in pages (with /en); every /lottery/{x} but the static pages beside
    // the period page; names of the forum's cached pages that are not theirs (lib/forum/list-keys.ts:
    // `newest`, `newest-2` … `newest-5`; thread ids); thread pages, whose id is checked against the
    // newest thread (lib/forum/thread-gate.ts); any path with a percent sign, in case it cannot be
    // decoded (lib/http/undecodable-path.ts).
    '/:path((?:en/)?(?:(?:admin|staff|me|sign-in|register)(?:/[^/#?]+)*|lottery/(?!check$|periods$|sources$|feed\\.xml$|calendar\\.ics$|opengraph-image$).+|forum-index/(?!newest(?:-[2-5])?$).*|forum-read/.*|forum/[1-9]\\d{0,15})|.*%.*)',
    // Server actions and form posts, on any path.
    { source: '/:path(.*)', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/:path(.*)', has: [{ type: 'header', key: 'content-type', value: '(?:multipart/form-data|application/x-www-form-urlencoded).*' }] },
  ],
};
