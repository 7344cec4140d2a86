/**
 * The pages rendered per request for one person or official: staff (/admin…, /staff…), personal
 * (/me…) and citizen sign-in, registration and reset (/sign-in…, /register…), also under /en.
 * They get a nonce-based CSP, `Cache-Control: private, no-store` (proxy.ts) and the opener policy
 * (headers.ts). Kept apart from headers.ts because the site's Link reads it in the browser.
 */
export const PERSONAL_AREA_PATTERN = '(?:en/)?(?:admin|staff|me|sign-in|register)(?:/.*)?';

const PERSONAL_AREA = new RegExp(`^/${PERSONAL_AREA_PATTERN}$`);

export function isPersonalAreaPage(pathname: string): boolean {
  return PERSONAL_AREA.test(pathname);
}
