// GET /api/v1/lottery/periods – every period's winning numbers, newest first.
import { documentedJson } from '@/lib/api/documented-json';
import { routeHandler } from '@/lib/api/route-handler';
import { getPeriods } from '@/lib/lottery/catalog';
import { periodDto } from '@/lib/lottery/period-dto';
import { periodsSchema } from '@/lib/lottery/response-schemas';

export const runtime = 'nodejs';
// Served from the cache like the pages: regenerated every 5 minutes and when an official publishes
// (the 'lottery' tag), so a draw-day spike costs no computation.
export const revalidate = 300;

export const GET = routeHandler({ auth: 'public' }, async () => {
  const periods = (await getPeriods()).map(periodDto);
  return documentedJson(periodsSchema, { periods }, { headers: { 'Cache-Control': 'public, max-age=300' } });
});

// No 405 exports here: any other method export makes Next.js render this route per request,
// and the list is a static file regenerated every 5 minutes. proxy.ts answers other methods
// with the JSON 405 instead.
