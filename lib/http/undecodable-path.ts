/**
 * A path that cannot be percent-decoded (`/lottery/%ff%fe`, `/%zz`) answers 400 from the proxy.
 * Left to Next.js, its router fails to decode the route's parameters, asks for a 400 page that
 * an App Router project cannot have (only the Pages Router's `_error`), and answers a bare
 * "Internal Server Error" without the security headers. The proxy's matcher sends it every
 * path containing '%', so valid encoded paths pass through untouched.
 */
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { securityHeaders } from '@/lib/security/headers';

export function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The 400 answer for an undecodable path: JSON under /api, a small page in the path's language elsewhere. */
export function undecodablePathResponse(pathname: string, { isDev = false } = {}): Response {
  const headers = new Headers([...securityHeaders({ isDev }).map((h): [string, string] => [h.key, h.value]), ['Cache-Control', 'no-store']]);
  if (/^\/api(?:\/|$)/.test(pathname)) {
    return Response.json({ error: { code: 'bad_request', message: 'The address is not valid percent-encoded UTF-8.' } }, { status: 400, headers });
  }
  const locale = /^\/en(?:\/|$)/.test(pathname) ? 'en' : 'zh-Hant-TW';
  const t = (locale === 'en' ? en : zh).Errors;
  const home = locale === 'en' ? '/en' : '/';
  const html = `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.badRequestTitle)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><main><h1>${escapeHtml(t.badRequestTitle)}</h1><p>${escapeHtml(t.badRequestBody)}</p><p><a href="${home}">${escapeHtml(t.backHome)}</a></p></main></body></html>`;
  headers.set('Content-Type', 'text/html; charset=utf-8');
  return new Response(html, { status: 400, headers });
}
