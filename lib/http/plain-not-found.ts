/**
 * A 404 answered by the proxy itself, before any page, for made-up names of the forum's cached
 * pages (proxy.ts): nothing is rendered and nothing is kept by Next.js (lib/http/plain-page.ts).
 */
import { plainPageResponse } from './plain-page';

export function plainNotFoundResponse(pathname: string, { isDev = false } = {}): Response {
  return plainPageResponse(pathname, { status: 404, title: 'notFoundTitle', body: 'notFoundBody', noindex: true, isDev });
}
