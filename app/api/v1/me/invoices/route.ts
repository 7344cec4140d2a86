// GET /api/v1/me/invoices?period=11410 – the signed-in citizen's invoices of one period, with filters and a cursor.
import { fromZod } from '@/lib/api/errors';
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { invoiceListQuerySchema, queryInput } from '@/lib/invoices/schemas';
import { listInvoices } from '@/lib/invoices/store';

export const runtime = 'nodejs';

export const GET = routeHandler({ auth: 'citizen', rateLimit: 'api:read' }, async ({ request, principal }) => {
  const parsed = invoiceListQuerySchema.safeParse(queryInput(new URL(request.url).searchParams));
  if (!parsed.success) throw fromZod(parsed.error, 'The query has invalid fields.');
  return Response.json(await listInvoices(principal.id, parsed.data));
});

// Every other method: 405 with Allow and the JSON error body.
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
