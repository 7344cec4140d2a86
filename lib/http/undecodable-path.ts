/**
 * A path that cannot be percent-decoded (`/lottery/%ff%fe`, `/%zz`) answers 400 from the proxy.
 * Left to Next.js, its router fails to decode the route's parameters, asks for a 400 page that
 * an App Router project cannot have (only the Pages Router's `_error`), and answers a bare
 * "Internal Server Error" without the security headers. The proxy's matcher sends it every
 * path containing '%', so valid encoded paths pass through untouched.
 */
import { plainHeaders, plainPageResponse } from './plain-page';

export function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The 400 answer for an undecodable path: JSON under /api, a small page in the path's language elsewhere. */
export function undecodablePathResponse(pathname: string, { isDev = false } = {}): Response {
  if (/^\/api(?:\/|$)/.test(pathname)) {
    return Response.json({ error: { code: 'bad_request', message: 'The address is not valid percent-encoded UTF-8.' } }, { status: 400, headers: plainHeaders(isDev) });
  }
  return plainPageResponse(pathname, { status: 400, title: 'badRequestTitle', body: 'badRequestBody', isDev });
}
