/**
 * A 404 answered by the proxy itself, before any page: for addresses that must never reach a page
 * whose results Next.js keeps (the forum's cached pages, proxy.ts). A rewrite to the site's
 * not-found page is no use there: Next.js builds the proxy's request URL on `localhost`, so on a
 * server started with `-H 127.0.0.1` (as the benchmarks and e2e are) the rewrite counts as going
 * to another origin and Next fetches it over HTTP, where `/zh-Hant-TW/not-found` meets the redirect
 * to `/not-found`: a 308 instead of a 404. So: a small page in the path's language, with the
 * security headers, never stored.
 */
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { securityHeaders } from '@/lib/security/headers';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function plainNotFoundResponse(pathname: string, { isDev = false } = {}): Response {
  const headers = new Headers([...securityHeaders({ isDev }).map((h): [string, string] => [h.key, h.value]), ['Cache-Control', 'no-store']]);
  const locale = /^\/en(?:\/|$)/.test(pathname) ? 'en' : 'zh-Hant-TW';
  const t = (locale === 'en' ? en : zh).Errors;
  const home = locale === 'en' ? '/en' : '/';
  const html = `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t.notFoundTitle)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><main><h1>${escapeHtml(t.notFoundTitle)}</h1><p>${escapeHtml(t.notFoundBody)}</p><p><a href="${home}">${escapeHtml(t.backHome)}</a></p></main></body></html>`;
  headers.set('Content-Type', 'text/html; charset=utf-8');
  return new Response(html, { status: 404, headers });
}
