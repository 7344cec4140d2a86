// GET /api/v1/me/invoices?period=11410 – the signed-in citizen's invoices of one period, with filters and a cursor.
import { ApiError, fromZod } from '@/lib/api/errors';
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { invoiceListQuerySchema, queryInput } from '@/lib/invoices/schemas';
import { listInvoices, ownsCarrier } from '@/lib/invoices/store';
import { documentedJson } from '@/lib/api/documented-json';
import { invoicePageSchema } from '@/lib/citizens/response-schemas';

export const runtime = 'nodejs';
// Personal: answered per request, never prerendered or cached.
export const dynamic = 'force-dynamic';

export const GET = routeHandler({ auth: 'citizen', rateLimit: 'api:read' }, async ({ request, principal }) => {
  const parsed = invoiceListQuerySchema.safeParse(queryInput(new URL(request.url).searchParams));
  if (!parsed.success) throw fromZod(parsed.error, 'The query has invalid fields.');
  // Someone else's carrier answers as a carrier that does not exist: 404, never an empty list.
  const { carrierId } = parsed.data;
  if (carrierId !== undefined && !(await ownsCarrier(principal.id, carrierId))) {
    throw new ApiError('not_found', 'You have no carrier with this id.', { carrierId: ['You have no carrier with this id.'] });
  }
  return documentedJson(invoicePageSchema, await listInvoices(principal.id, parsed.data));
});

// Every other method: 405 with Allow and the JSON error body.
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
