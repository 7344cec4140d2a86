/**
 * Whether a request carries an Auth.js session cookie at all (`authjs.session-token`, its
 * `__Secure-` form, or their `.0`, `.1` … chunks). Without one, auth() can only answer "nobody",
 * so public routes that merely want to know whether staff is asking skip the whole session read.
 */
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

/**
 * The same test as a `has`/`missing` value for next.config rewrites, which match the whole
 * Cookie header (Next.js anchors the pattern at both ends).
 */
export const SESSION_COOKIE_HEADER_PATTERN = '(?:.*;)?\\s*(?:__Secure-)?authjs\\.session-token(?:\\.\\d+)?=.*';

export function hasSessionCookie(cookieHeader: string | null): boolean {
  return cookieHeader !== null && SESSION_COOKIE.test(cookieHeader);
}
