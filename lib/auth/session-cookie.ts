/**
 * Whether a request carries an Auth.js session cookie at all (`authjs.session-token`, its
 * `__Secure-` form, or their `.0`, `.1` … chunks). Without one, auth() can only answer "nobody",
 * so public routes that merely want to know whether staff is asking skip the whole session read.
 */
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

export function hasSessionCookie(cookieHeader: string | null): boolean {
  return cookieHeader !== null && SESSION_COOKIE.test(cookieHeader);
}
