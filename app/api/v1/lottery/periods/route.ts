// GET /api/v1/lottery/periods – every period's winning numbers, newest first.
import { documentedText, jsonTextResponse } from '@/lib/api/documented-json';
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { getPeriodsForRequest } from '@/lib/lottery/catalog';
import { periodDto } from '@/lib/lottery/period-dto';
import type { PeriodRecord } from '@/lib/lottery/records';
import { periodsSchema } from '@/lib/lottery/response-schemas';

export const runtime = 'nodejs';
// Never prerendered (the route answers other methods too), so said outright: Next then hands the
// handler the request itself, not a proxy that tracks every read of it for static rendering (issue 17).
export const dynamic = 'force-dynamic';

/**
 * Answered per request from the catalogue this process keeps for a second (publishing forgets it
 * at once), serialised and encoded once per catalogue. As a static route it went through the proxy (for its
 * JSON 405) and Next's incremental cache on every GET, which cost more than this (issue 17,
 * docs/benchmarks.md). Browsers and CDNs keep it for 5 minutes.
 */
const bodies = new WeakMap<readonly PeriodRecord[], Uint8Array<ArrayBuffer>>();
const utf8 = new TextEncoder();

export const GET = routeHandler({ auth: 'public' }, async () => {
  const records = await getPeriodsForRequest();
  let body = bodies.get(records);
  if (body === undefined) {
    body = utf8.encode(documentedText(periodsSchema, { periods: records.map(periodDto) }));
    bodies.set(records, body);
  }
  return jsonTextResponse(body, { headers: { 'Cache-Control': 'public, max-age=300' } });
});

// Every other method: 405 with Allow and the JSON error body.
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
