// POST /api/v1/lottery/check – check up to 10,000 invoice numbers against one period.
import { documentedJson } from '@/lib/api/documented-json';
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { now } from '@/lib/clock';
import { checkRequestSchema, quickCheckRequest } from '@/lib/lottery/api-schemas';
import { getPeriodForRequest } from '@/lib/lottery/catalog';
import { checkNumbersIn } from '@/lib/lottery/check-service';
import { pageKey, periodOrThrow } from '@/lib/lottery/period';
import { checkResponseSchema } from '@/lib/lottery/response-schemas';

// Node, not edge: periods published by officials live in the database (read through a cache).
export const runtime = 'nodejs';

// A period whose numbers are not here (not drawn yet, or drawn and not yet published here) is
// answered per item with status "unavailable" and the reason: never as "no prize".
export const POST = routeHandler({ auth: 'public', body: checkRequestSchema, quick: quickCheckRequest, maxBodyBytes: 2_000_000 }, async ({ body }) => {
  const period = periodOrThrow(body.period);
  const record = await getPeriodForRequest(pageKey(period));
  return documentedJson(checkResponseSchema, { results: checkNumbersIn(period, record, body.numbers, now()) }, { headers: { 'Cache-Control': 'no-store' } });
});

// Every other method: 405 with Allow and the JSON error body.
const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
