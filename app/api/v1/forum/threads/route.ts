// GET  /api/v1/forum/threads – threads (?q= full-text search, ?category=, ?status=, ?sort=, ?cursor=, ?limit=); no sign-in.
// POST /api/v1/forum/threads – start a thread (signed-in citizen; rate-limited, the same text twice within an hour refused).
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { FORUM_API_MESSAGES, listThreadsResponse, postThread } from '@/lib/forum/api';
import { threadInputSchema } from '@/lib/forum/schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = routeHandler({ auth: 'public' }, ({ request }) => listThreadsResponse(request));

export const POST = routeHandler(
  { auth: 'citizen', body: threadInputSchema, maxBodyBytes: 100_000, messages: FORUM_API_MESSAGES },
  ({ request, body, principal }) => postThread(request, body, principal),
);

const refuse = methodNotAllowed('GET', 'POST');
export { refuse as PUT, refuse as PATCH, refuse as DELETE };
