// PUT    /api/v1/forum/threads/{id}/endorsement – endorse (附議) a proposal; the same request again changes nothing.
// DELETE /api/v1/forum/threads/{id}/endorsement – withdraw it, before the deadline.
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { putEndorsement } from '@/lib/forum/api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const PUT = routeHandler<'citizen', undefined, { id: string }>({ auth: 'citizen' }, ({ request, params, principal }) => putEndorsement(request, params.id, principal, true));

export const DELETE = routeHandler<'citizen', undefined, { id: string }>({ auth: 'citizen' }, ({ request, params, principal }) => putEndorsement(request, params.id, principal, false));

const refuse = methodNotAllowed('PUT', 'DELETE');
export { refuse as GET, refuse as POST, refuse as PATCH };
