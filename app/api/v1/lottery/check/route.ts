// POST /api/v1/lottery/check – check up to 10,000 invoice numbers against one period.
import { methodNotAllowed } from '@/lib/api/methods';
import { ApiError } from '@/lib/api/errors';
import { apiHandler } from '@/lib/api/handler';
import { checkRequestSchema } from '@/lib/lottery/api-schemas';
import { getPeriod } from '@/lib/lottery/catalog';
import { checkNumbers } from '@/lib/lottery/check-service';
import { pageKey, periodOrThrow } from '@/lib/lottery/period';

// Node, not edge: periods published by officials live in the database (read through a cache).
export const runtime = 'nodejs';

export const POST = apiHandler({ body: checkRequestSchema, maxBodyBytes: 2_000_000 }, async ({ body }) => {
  const key = pageKey(periodOrThrow(body.period));
  const record = await getPeriod(key);
  if (!record) throw new ApiError('not_found', `No winning numbers for period ${body.period} (${key}). See GET /api/v1/lottery/periods.`);
  return Response.json({ results: checkNumbers(record, body.numbers) }, { headers: { 'Cache-Control': 'no-store' } });
});

// Every other method: 405 with Allow and the JSON error body.
const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
