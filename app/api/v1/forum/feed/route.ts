// GET /api/v1/forum/feed?category=<slug>&lang=zh-Hant-TW|en – RSS 2.0 of the newest threads (one category, or all).
import { ApiError } from '@/lib/api/errors';
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { forumFeed } from '@/lib/forum/feed';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = routeHandler({ auth: 'public' }, async ({ request }) => {
  const url = new URL(request.url);
  const xml = await forumFeed(url.searchParams.get('category'), url.searchParams.get('lang') === 'en' ? 'en' : 'zh-Hant-TW');
  if (xml === null) throw new ApiError('not_found', 'Unknown category. Use one of: e-invoice, carriers-prizes, tax-calculators, open-data, this-site.');
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
});

const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
