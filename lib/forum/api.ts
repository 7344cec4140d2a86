/**
 * /api/v1/forum, apart from the route files so it can be tested: the JSON shapes (the same
 * fields the pages show, nothing more: authors by pseudonym), the query parsing and refusals as
 * the one error shape. Rate limits throw RateLimitError, which the wrapper answers with 429 and
 * Retry-After.
 */
import 'server-only';
import en from '@/content/messages/en.json';
import { ApiError, fromZod } from '@/lib/api/errors';
import type { CitizenPrincipal } from '@/lib/auth/principal';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { renderForumMarkdown } from './markdown';
import { apiListQuerySchema, threadIdSchema, type CommentInput, type ThreadInput } from './schemas';
import { BadCursorError, addComment, createThread, getThread, listThreads, setEndorsement, type ThreadDto, type ThreadSummaryDto, type WriteRefusal } from './store';

const M = en.Forum;

/** English texts for the schemas' message codes (forms show them translated). */
export const FORUM_API_MESSAGES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(M).filter(([, v]) => typeof v === 'string')) as Record<string, string>,
  category: `Unknown category. Use one of: e-invoice, carriers-prizes, tax-calculators, open-data, this-site.`,
  status: 'Unknown status.',
  sort: 'Unknown sort. Use one of: newest, endorsed, close, answered, overdue.',
  cursor: 'The cursor cannot be read: use the nextCursor of a previous answer.',
  qTooLong: 'The search text can have at most 200 characters.',
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function threadSummaryJson(t: ThreadSummaryDto) {
  return {
    id: t.id,
    category: t.category,
    kind: t.kind,
    title: t.hidden ? null : t.title,
    author: t.author,
    status: t.status,
    overdue: t.overdue,
    endorsements: t.kind === 'proposal' ? { count: t.endorsements, threshold: t.threshold, until: iso(t.endorseUntil) } : null,
    answerDue: iso(t.answerDue),
    lastAnsweredAt: iso(t.lastAnsweredAt),
    comments: t.comments,
    createdAt: t.createdAt.toISOString(),
    hidden: t.hidden,
    locked: t.locked,
    synthetic: t.synthetic,
  };
}

export function threadJson(t: ThreadDto) {
  return {
    ...threadSummaryJson(t),
    body: t.hidden ? null : t.body,
    bodyHtml: t.hidden ? null : renderForumMarkdown(t.body),
    editedAt: iso(t.editedAt),
    thresholdReachedAt: iso(t.thresholdReachedAt),
    history: t.history.map((h) => ({ title: h.title, body: h.body, writtenAt: h.writtenAt.toISOString() })),
    answers: t.answers.map((a) => ({ id: a.id, official: a.official, status: a.status, body: a.body, createdAt: a.createdAt.toISOString() })),
    commentList: t.commentList.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      author: c.author,
      body: c.hidden ? null : c.body,
      createdAt: c.createdAt.toISOString(),
      editedAt: iso(c.editedAt),
      hidden: c.hidden,
      synthetic: c.synthetic,
    })),
  };
}

export function parseThreadId(raw: string | undefined): number {
  const parsed = threadIdSchema.safeParse(raw);
  if (!raw || !/^\d+$/.test(raw) || !parsed.success) throw new ApiError('not_found', M.threadNotFound);
  return parsed.data;
}

export async function listThreadsResponse(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const parsed = apiListQuerySchema.safeParse(Object.fromEntries(['q', 'category', 'status', 'sort', 'cursor', 'limit'].flatMap((k) => (url.searchParams.has(k) ? [[k, url.searchParams.get(k)]] : []))));
  if (!parsed.success) throw fromZod(parsed.error, 'The query has invalid parameters.', FORUM_API_MESSAGES);
  try {
    const page = await listThreads(parsed.data);
    return Response.json({ threads: page.threads.map(threadSummaryJson), nextCursor: page.nextCursor }, { headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' } });
  } catch (error) {
    if (error instanceof BadCursorError) throw new ApiError('bad_request', FORUM_API_MESSAGES.cursor!, { cursor: [FORUM_API_MESSAGES.cursor!] });
    throw error;
  }
}

export async function threadResponse(rawId: string | undefined): Promise<Response> {
  const thread = await getThread(parseThreadId(rawId));
  if (!thread) throw new ApiError('not_found', M.threadNotFound);
  return Response.json({ thread: threadJson(thread) }, { headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' } });
}

function refusalError(code: WriteRefusal, extra: { until?: Date; reason?: string } = {}): ApiError {
  switch (code) {
    case 'duplicate':
      return new ApiError('conflict', M.duplicate, { body: [M.duplicate] });
    case 'suspended':
      return new ApiError('forbidden', M.suspended.replace('{until}', extra.until?.toISOString().slice(0, 10) ?? '').replace('{reason}', extra.reason ?? ''));
    case 'locked':
      return new ApiError('conflict', M.threadLocked);
    case 'parent_not_found':
      return new ApiError('bad_request', M.parentNotFound, { parentId: [M.parentNotFound] });
    default:
      return new ApiError('not_found', M.threadNotFound);
  }
}

const ctxOf = (request: Request, principal: CitizenPrincipal) => ({ meta: requestMetaFrom(request.headers), actorLabel: principal.email || principal.name });

export async function postThread(request: Request, body: ThreadInput, principal: CitizenPrincipal): Promise<Response> {
  const result = await createThread(principal.id, body, ctxOf(request, principal));
  if (!result.ok) throw refusalError(result.code, result);
  const thread = await getThread(result.value.id, { viewerId: principal.id });
  return Response.json({ thread: threadJson(thread!) }, { status: 201, headers: { Location: `/api/v1/forum/threads/${result.value.id}` } });
}

export async function postComment(request: Request, rawId: string | undefined, body: CommentInput, principal: CitizenPrincipal): Promise<Response> {
  const threadId = parseThreadId(rawId);
  const result = await addComment(principal.id, threadId, body, ctxOf(request, principal));
  if (!result.ok) throw refusalError(result.code, result);
  return Response.json({ comment: { id: result.value.id, threadId } }, { status: 201 });
}

export async function putEndorsement(request: Request, rawId: string | undefined, principal: CitizenPrincipal, endorse: boolean): Promise<Response> {
  const threadId = parseThreadId(rawId);
  const result = await setEndorsement(principal.id, threadId, endorse, ctxOf(request, principal));
  if (!result.ok) {
    if (result.code === 'closed') throw new ApiError('conflict', M.endorseClosed);
    if (result.code === 'suspended') throw new ApiError('forbidden', M.suspendedShort);
    throw new ApiError('not_found', M.threadNotFound);
  }
  return Response.json({ endorsement: { threadId, endorsed: result.endorsed, changed: result.changed, count: result.count, status: result.status } });
}
