/**
 * The pages rendered per request for one person or official: staff (/admin…, /staff…), personal
 * (/me…) and citizen sign-in, registration and reset (/sign-in…, /register…), also under /en.
 * They get a nonce-based CSP, `Cache-Control: private, no-store` (proxy.ts) and the opener policy
 * (headers.ts). Kept apart from headers.ts because the site's Link reads it in the browser.
 */
/** The area's first path segment (with the English prefix), for path patterns. */
export const PERSONAL_AREA_SECTION = '(?:en/)?(?:admin|staff|me|sign-in|register)';

/** A whole path in the area, as a path-to-regexp group or a RegExp body. */
export const PERSONAL_AREA_PATTERN = `${PERSONAL_AREA_SECTION}(?:/.*)?`;

const PERSONAL_AREA = new RegExp(`^/${PERSONAL_AREA_PATTERN}$`);

export function isPersonalAreaPage(pathname: string): boolean {
  return PERSONAL_AREA.test(pathname);
}
