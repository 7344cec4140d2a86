import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { configRedirects, configRewrites } from './lib/http/next-routing';
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
  // No ETag from Next.js: for a cached page it hashes the whole HTML (FNV-1a over ~65,000
  // characters for the forum list, ~450 µs) on every request, the largest cost of a cache hit
  // (docs/benchmarks.md, issue 14). Production sits behind a CDN that caches by s-maxage and
  // revalidates with the origin itself; public files keep Last-Modified (so If-Modified-Since
  // still gets a 304) and /_next/static is immutable. Nothing in the app or its tests relies on
  // the ETag (tests/unit/next-config.test.ts).
  generateEtags: false,
  reactStrictMode: true,
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite'],
  env: { TAX_CLOUD_VERSION: pkg.version },
  // Type-checking is its own step (`npm run typecheck`, first in CI); doing it again inside
  // every build only costs time.
  typescript: { ignoreBuildErrors: true },
  // forbidden() from next/navigation: staff pages answer 403 with app/[locale]/forbidden.tsx.
  // globalNotFound: an address no page claims gets app/global-not-found.tsx, whole from the
  // server (a catch-all calling notFound() would answer an empty document: see that file).
  experimental: { authInterrupts: true, globalNotFound: true },
  async headers() {
    return configHeaders({ isDev });
  },
  async redirects() {
    return configRedirects();
  },
  async rewrites() {
    return configRewrites();
  },
};

export default withNextIntl(config);
