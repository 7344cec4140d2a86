// GET /api/v1/lottery/periods/{period} – one period (either key form); ?format=csv or a `.csv` suffix for CSV.
import { documentedJson } from '@/lib/api/documented-json';
import { methodNotAllowed } from '@/lib/api/methods';
import { ApiError } from '@/lib/api/errors';
import { routeHandler } from '@/lib/api/route-handler';
import { periodParam } from '@/lib/lottery/api-schemas';
import { getPeriodForRequest } from '@/lib/lottery/catalog';
import { pageKey, periodOrThrow } from '@/lib/lottery/period';
import { periodCsv, periodDto } from '@/lib/lottery/period-dto';
import { periodSchema } from '@/lib/lottery/response-schemas';

export const runtime = 'nodejs';
// Never prerendered (the route answers other methods too), so said outright: Next then hands the
// handler the request itself, not a proxy that tracks every read of it for static rendering (issue 17).
export const dynamic = 'force-dynamic';

export const GET = routeHandler<'public', undefined, { period: string }>({ auth: 'public' }, async ({ request, params }) => {
  const csvSuffix = params.period.endsWith('.csv');
  const raw = csvSuffix ? params.period.slice(0, -4) : params.period;
  const parsed = periodParam.safeParse(raw);
  if (!parsed.success) throw new ApiError('bad_request', parsed.error.issues[0]!.message, { period: [parsed.error.issues[0]!.message] });
  const key = pageKey(periodOrThrow(parsed.data));
  const record = await getPeriodForRequest(key);
  if (!record) throw new ApiError('not_found', `No winning numbers for period ${raw}.`);
  const wantsCsv = csvSuffix || new URL(request.url).searchParams.get('format') === 'csv';
  const headers = { 'Cache-Control': 'public, max-age=300' };
  if (wantsCsv) {
    return new Response(periodCsv(record), {
      headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="winning-numbers-${key}.csv"` },
    });
  }
  return documentedJson(periodSchema, periodDto(record), { headers });
});

// Every other method: 405 with Allow and the JSON error body.
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
