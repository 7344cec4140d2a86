// POST /api/v1/forum/threads/{id}/comments – comment, or reply with parentId (one level); signed-in citizen, rate-limited.
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { FORUM_API_MESSAGES, postComment } from '@/lib/forum/api';
import { commentInputSchema } from '@/lib/forum/schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = routeHandler<'citizen', typeof commentInputSchema, { id: string }>(
  { auth: 'citizen', body: commentInputSchema, maxBodyBytes: 50_000, messages: FORUM_API_MESSAGES },
  ({ request, params, body, principal }) => postComment(request, params.id, body, principal),
);

const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
