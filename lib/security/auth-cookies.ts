/**
 * Auth.js answers every session read with its CSRF-token and callback-URL cookies as well as the
 * renewed session cookie. Our forms never use them (sign-in and sign-out run as server actions,
 * which Auth.js calls without its CSRF check), so a signed-in page or API answer keeps only the
 * session cookie: nothing else about the visitor is set on a personal response. Pure.
 */

/** authjs.csrf-token and authjs.callback-url, with or without the __Host-/__Secure- prefix. */
export const AUTH_EXTRA_COOKIE = /^(?:__Host-|__Secure-)?authjs\.(?:csrf-token|callback-url)=/;

/** The same response without Auth.js's extra cookies (status, body and other headers kept). */
export function withoutAuthExtraCookies(response: Response): Response {
  const cookies = response.headers.getSetCookie();
  if (!cookies.some((c) => AUTH_EXTRA_COOKIE.test(c))) return response;
  const headers = new Headers(response.headers);
  headers.delete('set-cookie');
  for (const cookie of cookies) if (!AUTH_EXTRA_COOKIE.test(cookie)) headers.append('set-cookie', cookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
