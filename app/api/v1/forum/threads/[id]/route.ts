// GET /api/v1/forum/threads/{id} – one thread with its answers and comments; no sign-in.
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { threadResponse } from '@/lib/forum/api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = routeHandler<'public', undefined, { id: string }>({ auth: 'public' }, ({ params }) => threadResponse(params.id));

const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
