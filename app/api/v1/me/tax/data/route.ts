// GET /api/v1/me/tax/data?year=2025&format=json|csv – my income and property records for an income year (cloud tax information), as a download.
import en from '@/content/messages/en.json';
import { ApiError } from '@/lib/api/errors';
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { recordAudit } from '@/lib/audit';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { attachment } from '@/lib/my-data/downloads';
import { dataYearSchema } from '@/lib/tax-bills/schemas';
import { getTaxData, taxDataCsv } from '@/lib/tax-bills/tax-data';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = routeHandler({ auth: 'citizen' }, async ({ request, principal }) => {
  const params = new URL(request.url).searchParams;
  const year = dataYearSchema.safeParse(params.get('year') ?? '');
  if (!year.success) throw new ApiError('bad_request', en.TaxBills.invalid.year, { year: [en.TaxBills.invalid.year] });
  const format = params.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new ApiError('bad_request', 'format must be json or csv.', { format: ['format must be json or csv.'] });
  const data = await getTaxData(principal.id, year.data);
  // A download of personal data is an access the citizen sees in their log.
  await recordAudit({ actor: { id: principal.id, label: principal.name }, action: 'tax.data_export', details: { year: year.data, format }, meta: requestMetaFrom(request.headers) });
  const name = `tax-data-${year.data}`;
  return format === 'csv'
    ? attachment(taxDataCsv(data), `${name}.csv`, 'text/csv; charset=utf-8')
    : attachment(JSON.stringify(data, null, 2), `${name}.json`, 'application/json; charset=utf-8');
});

const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
