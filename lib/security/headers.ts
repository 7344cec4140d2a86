/**
 * Security headers for every response, and the two Content-Security-Policies.
 *
 * Static pages (everything public) are the same HTML file for every visitor, so they cannot
 * carry a per-request nonce, and Next.js inlines its bootstrap and RSC payload scripts into
 * them: their script-src keeps 'unsafe-inline' (with 'self'). User content is never rendered as
 * HTML there, which is the real XSS defence. Pages rendered per request (staff pages and
 * sign-in, see isNoncePage) get a nonce from the proxy instead, and no 'unsafe-inline'.
 */

import { PERSONAL_AREA_PATTERN, PERSONAL_AREA_SECTION, isPersonalAreaPage } from './personal-area';

/** Pages rendered per request, which get a nonce-based CSP from the proxy (lib/security/personal-area.ts). */
export const isNoncePage = isPersonalAreaPage;

/**
 * Only the personal area is its own browsing-context group. Cross-Origin-Opener-Policy cuts a
 * window that another site opened (or that opened us) off from a page showing someone's data:
 * that is worth having where there is such data. On the public pages there is none, and the
 * policy costs every first visit a fresh renderer process (a browsing-context group switch):
 * measured on `/`, about 120 ms more main-thread work per first load, and Lighthouse mobile
 * 79 → 88 against its ceiling's 90 (docs/benchmarks.md, session 14). Links from public pages
 * into the area load it as a new document (components/ui/locale-link.tsx), so the policy is in
 * force there whichever way one arrives.
 */
export const OPENER_POLICY = { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' } as const;

/**
 * next.config.ts `headers()`: the static-page CSP goes everywhere except the nonce pages (the
 * proxy sets theirs; two policies on one response would both apply), the rest everywhere.
 */
export function configHeaders({ isDev }: { isDev: boolean }) {
  const all = securityHeaders({ isDev });
  // The chrome-less chart views (/embed/…) are made to be framed by other sites: they alone drop
  // X-Frame-Options and allow any frame ancestor. They hold no form, session or personal data.
  const embed = securityHeaders({ isDev, frameAncestors: ['*'] }).filter((h) => h.key !== 'X-Frame-Options');
  return [
    { source: '/:path((?!embed/).*)', headers: all.filter((h) => h.key !== 'Content-Security-Policy') },
    { source: `/:path((?!embed/)(?!${PERSONAL_AREA_SECTION}(?:/|$)).*)`, headers: all.filter((h) => h.key === 'Content-Security-Policy') },
    { source: '/embed/:path*', headers: embed },
    { source: `/:path(${PERSONAL_AREA_PATTERN})`, headers: [{ ...OPENER_POLICY }] },
  ];
}

/**
 * `formAction`: origins besides this one a form may lead to. Personal pages add the payment
 * provider's (lib/payments/form-origin.ts): without JavaScript, "pay online" posts to this site,
 * which redirects to the provider's page, and browsers hold such a redirect to form-action too.
 */
export function contentSecurityPolicy({
  isDev,
  nonce,
  formAction = [],
  frameAncestors = ["'none'"],
}: {
  isDev: boolean;
  nonce?: string;
  formAction?: readonly string[];
  frameAncestors?: readonly string[];
}): string {
  // With a nonce, 'strict-dynamic' lets the nonced Next.js scripts load their chunks; browsers
  // that know nonces ignore 'self' and 'unsafe-inline' then, older ones fall back to them.
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // 'wasm-unsafe-eval' lets pages compile WebAssembly (the QR reader, served from this
    // origin) without allowing eval() of strings.
    'script-src': [...scripts, "'wasm-unsafe-eval'", ...(isDev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(isDev ? ['ws:'] : [])],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'frame-ancestors': [...frameAncestors],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'", ...formAction],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export function securityHeaders({ isDev, frameAncestors }: { isDev: boolean; frameAncestors?: readonly string[] }): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ isDev, frameAncestors }) },
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    // The prize checker scans e-invoice QR codes with the camera, on this origin only.
    { key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()' },
  ];
}
