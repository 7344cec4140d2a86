/**
 * What the last-resort error page answers (pages/_error.tsx). Next.js routes two kinds of
 * request there, before any app route runs, and without this page answered them with a bare
 * "Internal Server Error" and no security headers:
 * - a path it cannot percent-decode (`/lottery/%ff%fe`): its router asks for a 400 page that
 *   an App Router project does not have;
 * - a method the Fetch API refuses to represent (TRACE, TRACK, CONNECT): building the Request
 *   for a route or the proxy throws.
 * Pure, so the decision is unit-tested.
 */
export type Fallback = { status: number; allow?: string; json: boolean; locale: 'zh-Hant-TW' | 'en' };

const UNREPRESENTABLE = new Set(['TRACE', 'TRACK', 'CONNECT']);

export function fallbackFor(method: string | undefined, url: string | undefined, status: number): Fallback {
  const path = (url ?? '/').split('?')[0]!;
  const json = /^\/api(?:\/|$)/.test(path);
  const locale = /^\/en(?:\/|$)/.test(path) ? 'en' : 'zh-Hant-TW';
  if (method && UNREPRESENTABLE.has(method.toUpperCase())) return { status: 405, allow: 'GET, HEAD, POST, OPTIONS', json, locale };
  if (!decodes(path)) return { status: 400, json, locale };
  // Anything else keeps its status; a 500 here is a real failure.
  return { status: status >= 400 ? status : 500, json, locale };
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export const FALLBACK_API_MESSAGES: Record<number, { code: string; message: string }> = {
  400: { code: 'bad_request', message: 'The address is not valid percent-encoded UTF-8.' },
  405: { code: 'method_not_allowed', message: 'This method is not accepted.' },
};
