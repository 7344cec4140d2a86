/**
 * A small page the proxy answers itself, before any route: in the path's language, with the
 * security headers, never stored. For answers that must not reach a page Next.js renders or keeps
 * (an undecodable path).
 */
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { securityHeaders } from '@/lib/security/headers';

type ErrorTexts = (typeof en)['Errors'];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The headers every proxy-made answer carries: the site's security headers and no-store. */
export function plainHeaders(isDev: boolean): Headers {
  return new Headers([...securityHeaders({ isDev }).map((h): [string, string] => [h.key, h.value]), ['Cache-Control', 'no-store']]);
}

export function plainPageResponse(
  pathname: string,
  { status, title, body, isDev = false }: { status: number; title: keyof ErrorTexts; body: keyof ErrorTexts; isDev?: boolean },
): Response {
  const headers = plainHeaders(isDev);
  const locale = /^\/en(?:\/|$)/.test(pathname) ? 'en' : 'zh-Hant-TW';
  const t: ErrorTexts = locale === 'en' ? en.Errors : zh.Errors;
  const home = locale === 'en' ? '/en' : '/';
  const html = `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t[title])}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><main><h1>${escapeHtml(t[title])}</h1><p>${escapeHtml(t[body])}</p><p><a href="${home}">${escapeHtml(t.backHome)}</a></p></main></body></html>`;
  headers.set('Content-Type', 'text/html; charset=utf-8');
  return new Response(html, { status, headers });
}
