/**
 * The Pages Router error page, used only as Next.js's last resort (see lib/http/fallback-error.ts):
 * an undecodable path → 400, TRACE/TRACK/CONNECT → 405, both with the security headers, as JSON
 * under /api and as a small page elsewhere. Every other error and 404 is the App Router's.
 */
import type { NextPageContext } from 'next';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { fallbackFor, FALLBACK_API_MESSAGES } from '@/lib/http/fallback-error';
import { securityHeaders } from '@/lib/security/headers';

type Props = { status: number; locale: 'zh-Hant-TW' | 'en' };

export default function FallbackError({ status, locale }: Props) {
  const t = (locale === 'en' ? en : zh).Errors;
  const [title, body] = status === 400 ? [t.badRequestTitle, t.badRequestBody] : [t.errorTitle, t.errorBody];
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem' }}>
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <a href={locale === 'en' ? '/en' : '/'}>{t.backHome}</a>
      </p>
    </main>
  );
}

FallbackError.getInitialProps = ({ req, res, err }: NextPageContext): Props => {
  const fallback = fallbackFor(req?.method, req?.url, res?.statusCode ?? err?.statusCode ?? 500);
  if (res && !res.headersSent) {
    res.statusCode = fallback.status;
    for (const { key, value } of securityHeaders({ isDev: process.env.NODE_ENV !== 'production' })) res.setHeader(key, value);
    res.setHeader('Cache-Control', 'no-store');
    if (fallback.allow) res.setHeader('Allow', fallback.allow);
    if (fallback.json) {
      const error = FALLBACK_API_MESSAGES[fallback.status] ?? { code: 'internal_error', message: 'Something went wrong on our side.' };
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ error }));
    }
  }
  return { status: fallback.status, locale: fallback.locale };
};
