// GET /api/v1/me/tax/payments/{orderId}/receipt.pdf – the e-receipt of one of my paid orders (another citizen's → 404).
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { getReceiptPdf } from '@/lib/payments/api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = routeHandler<'citizen', undefined, { orderId: string }>({ auth: 'citizen' }, ({ params, principal }) => getReceiptPdf(params.orderId, principal));

const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
