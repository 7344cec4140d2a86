// GET /api/v1/me/tax/bills?tax=house|land_value|vehicle_licence|income&year=2026 – my tax bills with today's status and late fee.
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { listBillsResponse } from '@/lib/tax-bills/api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = routeHandler({ auth: 'citizen' }, ({ request, principal }) => listBillsResponse(request, principal));

const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
