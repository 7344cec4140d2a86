/**
 * next.config.ts `redirects()` and `rewrites()`, kept here so that the benchmarks' minimal Next
 * app (scripts/bench/minimal-next.ts) is configured with the very same rules as the portal.
 */

import { SESSION_COOKIE_HEADER_PATTERN } from '../auth/session-cookie';
import { FORUM_LIST_QUERY_KEYS, NUMBERED_LIST_PAGES } from '../forum/list-keys';

/** The default locale has no prefix; its internal segment must not be a second URL. */
export function configRedirects() {
  return [
    { source: '/zh-Hant-TW', destination: '/', permanent: true },
    { source: '/zh-Hant-TW/:path*', destination: '/:path*', permanent: true },
  ];
}

/**
 * The forum's cached pages. A thread read without a session cookie, and the plain list (no
 * search, filter, order or cursor in the URL) with its numbered pages 2–5, are answered by static
 * pages made again when the forum changes; signed-in readers (their own forms), filtered lists
 * and cursor pages render per request.
 */
function forumRewrites() {
  const anonymous = [{ type: 'header' as const, key: 'cookie', value: SESSION_COOKIE_HEADER_PATTERN }];
  const plain = FORUM_LIST_QUERY_KEYS.map((key) => ({ type: 'query' as const, key }));
  const plainButPage = plain.filter((rule) => rule.key !== 'page');
  // Next.js anchors the pattern (^…$): `?page=2` … `?page=5` and nothing else.
  const numbered = [{ type: 'query' as const, key: 'page', value: `(?<page>[2-${NUMBERED_LIST_PAGES}])` }];
  return (['zh-Hant-TW', 'en'] as const).flatMap((locale) => {
    const from = locale === 'en' ? '/en' : '';
    return [
      // Only ids written as the API writes them (lib/forum/list-keys.ts THREAD_KEY_PATTERN): `/forum/042`
      // renders per request rather than becoming a second cached page of thread 42.
      { source: `${from}/forum/:id([1-9]\\d{0,15})`, missing: anonymous, destination: `/${locale}/forum-read/:id` },
      { source: `${from}/forum`, missing: plain, destination: `/${locale}/forum-index/newest` },
      { source: `${from}/forum`, has: numbered, missing: plainButPage, destination: `/${locale}/forum-index/newest-:page` },
    ];
  });
}

/**
 * Unprefixed paths are Traditional Chinese. `afterFiles` runs after public files and static
 * routes (api, icons, manifest) have been matched, so those are never rewritten.
 */
export function configRewrites() {
  return {
    beforeFiles: [
      ...forumRewrites(),
      // A topic opened with a view (?from=…, as the page's share link has it) renders per request,
      // so that its share card shows the chart as filtered; without one the static page answers.
      { source: '/stats/:topic', has: [{ type: 'query' as const, key: 'from' }], destination: '/zh-Hant-TW/stats-shared/:topic' },
      { source: '/en/stats/:topic', has: [{ type: 'query' as const, key: 'from' }], destination: '/en/stats-shared/:topic' },
    ],
    afterFiles: [
      { source: '/', destination: '/zh-Hant-TW' },
      // Dataset files (/data/<id>.csv, .json, catalog.json) are language-neutral routes of their own,
      // and so is the e-invoice app API (/PB2CAPIVAN/…, a dynamic route, matched only after this rewrite).
      { source: '/:path((?!en$|en/|zh-Hant-TW/|api/|embed/|PB2CAPIVAN/|_next/|data/[^/]+\\.(?:csv|json)$).*)', destination: '/zh-Hant-TW/:path' },
    ],
    fallback: [],
  };
}
