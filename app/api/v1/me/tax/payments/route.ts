// POST /api/v1/me/tax/payments – pay one of my tax bills online: an order for today's amount and the provider's checkout URL (Idempotency-Key header required).
import en from '@/content/messages/en.json';
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { postPayment } from '@/lib/payments/api';
import { payBillSchema } from '@/lib/payments/schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = routeHandler({ auth: 'citizen', body: payBillSchema, maxBodyBytes: 2_000, messages: en.Payments }, ({ request, body, principal }) =>
  postPayment(request, body, principal),
);

const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
