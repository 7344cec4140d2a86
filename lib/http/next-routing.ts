/**
 * next.config.ts `redirects()` and `rewrites()`, kept here so that the benchmarks' minimal Next
 * app (scripts/bench/minimal-next.ts) is configured with the very same rules as the portal.
 */

/** The default locale has no prefix; its internal segment must not be a second URL. */
export function configRedirects() {
  return [
    { source: '/zh-Hant-TW', destination: '/', permanent: true },
    { source: '/zh-Hant-TW/:path*', destination: '/:path*', permanent: true },
  ];
}

/**
 * Unprefixed paths are Traditional Chinese. `afterFiles` runs after public files and static
 * routes (api, icons, manifest) have been matched, so those are never rewritten.
 */
export function configRewrites() {
  return {
    beforeFiles: [],
    afterFiles: [
      { source: '/', destination: '/zh-Hant-TW' },
      // Dataset files (/data/<id>.csv, .json, catalog.json) are language-neutral routes of their own,
      // and so is the e-invoice app API (/PB2CAPIVAN/…, a dynamic route, matched only after this rewrite).
      { source: '/:path((?!en$|en/|api/|PB2CAPIVAN/|_next/|data/[^/]+\\.(?:csv|json)$).*)', destination: '/zh-Hant-TW/:path' },
    ],
    fallback: [],
  };
}
