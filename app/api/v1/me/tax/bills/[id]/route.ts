// GET /api/v1/me/tax/bills/{id}?payOn=YYYY-MM-DD – one of my bills (404 if not mine), and what paying on a chosen day costs.
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { billResponse } from '@/lib/tax-bills/api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = routeHandler<'citizen', undefined, { id: string }>({ auth: 'citizen' }, ({ request, params, principal }) =>
  billResponse(request, params.id, principal),
);

const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
