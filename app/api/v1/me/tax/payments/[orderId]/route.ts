// GET /api/v1/me/tax/payments/{orderId} – one of my payment orders: status, amount and receipt.
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { getPayment } from '@/lib/payments/api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = routeHandler<'citizen', undefined, { orderId: string }>({ auth: 'citizen' }, ({ params, principal }) => getPayment(params.orderId, principal));

const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
