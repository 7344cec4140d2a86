import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { configHeaders } from './lib/security/headers';
import pkg from './package.json' with { type: 'json' };

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const isDev = process.env.NODE_ENV !== 'production';

const config: NextConfig = {
  // End-to-end tests give each server a private copy of the build (scripts/lib/e2e-build-copy.ts):
  // regenerated pages are written back into the build directory, and one test's published
  // numbers must not show up on another server or in the next run.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  poweredByHeader: false,
  reactStrictMode: true,
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite'],
  env: { TAX_CLOUD_VERSION: pkg.version },
  // Type-checking is its own step (`npm run typecheck`, first in CI); doing it again inside
  // every build only costs time.
  typescript: { ignoreBuildErrors: true },
  // forbidden() from next/navigation: staff pages answer 403 with app/[locale]/forbidden.tsx.
  experimental: { authInterrupts: true },
  async headers() {
    return configHeaders({ isDev });
  },
  async redirects() {
    // The default locale has no prefix; its internal segment must not be a second URL.
    return [
      { source: '/zh-Hant-TW', destination: '/', permanent: true },
      { source: '/zh-Hant-TW/:path*', destination: '/:path*', permanent: true },
    ];
  },
  async rewrites() {
    // Unprefixed paths are Traditional Chinese. `afterFiles` runs after public files and
    // static routes (api, icons, manifest) have been matched, so those are never rewritten.
    return {
      // A topic opened with a view (?from=…, as the page's share link has it) renders per request,
      // so that its share card shows the chart as filtered; without one the static page answers.
      beforeFiles: [
        { source: '/stats/:topic', has: [{ type: 'query', key: 'from' }], destination: '/zh-Hant-TW/stats-shared/:topic' },
        { source: '/en/stats/:topic', has: [{ type: 'query', key: 'from' }], destination: '/en/stats-shared/:topic' },
      ],
      afterFiles: [
        { source: '/', destination: '/zh-Hant-TW' },
        // Dataset files (/data/<id>.csv, .json, catalog.json) are language-neutral routes of their own,
        // and so is the e-invoice app API (/PB2CAPIVAN/…, a dynamic route, matched only after this rewrite).
        { source: '/:path((?!en$|en/|zh-Hant-TW/|api/|embed/|PB2CAPIVAN/|_next/|data/[^/]+\\.(?:csv|json)$).*)', destination: '/zh-Hant-TW/:path' },
      ],
      fallback: [],
    };
  },
};

export default withNextIntl(config);
