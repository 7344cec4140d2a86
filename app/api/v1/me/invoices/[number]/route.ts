// GET /api/v1/me/invoices/{invoiceNumber} – one of the signed-in citizen's invoices, with line items; 404 if not theirs.
import { ApiError } from '@/lib/api/errors';
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { invoiceNumberSchema } from '@/lib/invoices/schemas';
import { getInvoice } from '@/lib/invoices/store';
import { documentedJson } from '@/lib/api/documented-json';
import { invoiceDetailSchema } from '@/lib/citizens/response-schemas';

export const runtime = 'nodejs';
// Personal: answered per request, never prerendered or cached.
export const dynamic = 'force-dynamic';

export const GET = routeHandler<'citizen', undefined, { number: string }>({ auth: 'citizen' }, async ({ params, principal }) => {
  const parsed = invoiceNumberSchema.safeParse(params.number);
  if (!parsed.success) {
    const message = parsed.error.issues[0]!.message;
    throw new ApiError('bad_request', message, { invoiceNumber: [message] });
  }
  const invoice = await getInvoice(principal.id, parsed.data);
  // Another citizen's invoice and one that does not exist answer the same.
  if (!invoice) throw new ApiError('not_found', 'You have no invoice with this number.');
  return documentedJson(invoiceDetailSchema, invoice);
});

// Every other method: 405 with Allow and the JSON error body.
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
