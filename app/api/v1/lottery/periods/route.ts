// GET /api/v1/lottery/periods – every period's winning numbers, newest first.
import { methodNotAllowed } from '@/lib/api/methods';
import { apiHandler } from '@/lib/api/handler';
import { getPeriods } from '@/lib/lottery/catalog';
import { periodDto } from '@/lib/lottery/period-dto';

export const runtime = 'nodejs';
// Served from the cache like the pages: regenerated every 5 minutes and when an official publishes
// (the 'lottery' tag), so a draw-day spike costs no computation.
export const revalidate = 300;

export const GET = apiHandler({}, async () => {
  const periods = (await getPeriods()).map(periodDto);
  return Response.json({ periods }, { headers: { 'Cache-Control': 'public, max-age=300' } });
});

// Every other method: 405 with Allow and the JSON error body.
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
