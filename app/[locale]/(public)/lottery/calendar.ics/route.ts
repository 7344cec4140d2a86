// GET /lottery/calendar.ics (and /en/…) – iCalendar feed of draw days and claim deadlines.
import { env } from '@/lib/env';
import { isLocale, LOCALES } from '@/lib/i18n/routing';
import { getPeriods } from '@/lib/lottery/catalog';
import { icsCalendar } from '@/lib/lottery/feeds';

export const revalidate = 300;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return Response.json({ error: { code: 'not_found', message: 'No such calendar.' } }, { status: 404 });
  const body = icsCalendar(await getPeriods(), { origin: env().APP_URL, locale });
  return new Response(body, {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'inline; filename="taxcloud-lottery.ics"' },
  });
}
