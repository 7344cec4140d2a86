// GET /lottery/feed.xml (and /en/lottery/feed.xml) – RSS feed of uniform-invoice draws.
import { env } from '@/lib/env';
import { isLocale, LOCALES } from '@/lib/i18n/routing';
import { getPeriods } from '@/lib/lottery/catalog';
import { rssFeed } from '@/lib/lottery/feeds';

// Static like the pages, and regenerated with them (publishing revalidates the 'lottery' tag).
export const revalidate = 300;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return Response.json({ error: { code: 'not_found', message: 'No such feed.' } }, { status: 404 });
  const body = rssFeed(await getPeriods(), { origin: env().APP_URL, locale });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
