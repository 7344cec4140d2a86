// POST /api/v1/lottery/check – check up to 10,000 invoice numbers against one period.
import { jsonTextResponse, type Documented } from '@/lib/api/documented-json';
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { now } from '@/lib/clock';
import { checkRequestSchema, quickCheckRequest } from '@/lib/lottery/api-schemas';
import { getPeriodForRequest, peekPeriodForRequest } from '@/lib/lottery/catalog';
import { checkResultsJson } from '@/lib/lottery/check-json';
import { checkNumbersIn } from '@/lib/lottery/check-service';
import { pageKey, periodOrThrow } from '@/lib/lottery/period';
import type { checkResponseSchema } from '@/lib/lottery/response-schemas';
import type { z } from 'zod';

// Node, not edge: periods published by officials live in the database (read through a cache).
export const runtime = 'nodejs';
// Never prerendered (the route answers other methods too), so said outright: Next then hands the
// handler the request itself, not a proxy that tracks every read of it for static rendering (issue 17).
export const dynamic = 'force-dynamic';

// A period whose numbers are not here (not drawn yet, or drawn and not yet published here) is
// answered per item with status "unavailable" and the reason: never as "no prize".
export const POST = routeHandler({ auth: 'public', body: checkRequestSchema, quick: quickCheckRequest, maxBodyBytes: 2_000_000 }, async ({ body }) => {
  const period = periodOrThrow(body.period);
  const key = pageKey(period);
  // Held in this process almost always: no promise to wait for then.
  const held = peekPeriodForRequest(key);
  const record = held === undefined ? await getPeriodForRequest(key) : held;
  const results = checkNumbersIn(period, record, body.numbers, now());
  // The compiler holds the answer to its documented schema, as documentedJson does.
  const answer: Documented<z.input<typeof checkResponseSchema>> = { results };
  void answer;
  // The bytes Response.json({ results }) would send, serialised several times faster for large checks.
  return jsonTextResponse(checkResultsJson(results), { headers: { 'Cache-Control': 'no-store' } });
});

// Every other method: 405 with Allow and the JSON error body.
const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
