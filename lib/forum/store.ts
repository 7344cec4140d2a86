/**
 * The forum's data. Reading needs no account; every write takes the acting user's id first.
 *
 * Counts are never read-then-written: an endorsement is one insert (the primary key (thread,
 * citizen) makes it count once) and a trigger adds it to the thread's count in the same
 * statement, so the count equals the rows under any concurrency; the thread row's lock orders
 * concurrent endorsements, and the threshold is crossed exactly once.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { recordAudit } from '@/lib/audit';
import type { CitizenContext } from '@/lib/carriers/context';
import { now } from '@/lib/clock';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { reserveAttempt } from '@/lib/rate-limit/store';
import { noteThreadId } from './thread-gate';
import { RateLimitError, type PolicyName } from '@/lib/rate-limit/policies';
import {
  REPORTS_TO_HIDE,
  answerDueDate,
  canEditQuietly,
  canEndorse,
  effectiveStatus,
  endorsementDeadline,
  isOverdue,
  replyParent,
  type AnswerStatus,
  type CategorySlug,
  type StoredStatus,
  type ThreadKind,
  type ThreadSort,
  type ThreadStatus,
} from './rules';
import type { CommentInput, ListQuery, ThreadInput } from './schemas';
import { searchQuery, searchVector } from './search';
import { forumThreadsChanged } from './cache-tags';

export type ForumContext = CitizenContext;
type Db = Kysely<Database>;

const at = (ctx: ForumContext) => ctx.at ?? now();
const hashText = (text: string) => createHash('sha256').update(text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');

/**
 * Citizens appear under a pseudonym made from their account id: a display name may be their
 * mobile barcode, which is not for the public.
 */
export function citizenPseudonym(userId: string | null): string {
  if (!userId) return '—';
  return `#${createHash('sha256').update(`forum\0${userId}`).digest('hex').slice(0, 6).toUpperCase()}`;
}

// ---------------------------------------------------------------------------------------------
// DTOs

export type CategoryDto = { slug: CategorySlug; name: string; nameEn: string; description: string; descriptionEn: string; threshold: number; days: number };

export type ThreadSummaryDto = {
  id: number;
  category: CategorySlug;
  kind: ThreadKind;
  title: string;
  author: string;
  status: ThreadStatus;
  overdue: boolean;
  endorsements: number;
  threshold: number | null;
  endorseUntil: Date | null;
  answerDue: Date | null;
  lastAnsweredAt: Date | null;
  comments: number;
  createdAt: Date;
  hidden: { reason: string } | null;
  locked: boolean;
  synthetic: boolean;
};

export type CommentDto = {
  id: number;
  parentId: number | null;
  author: string;
  mine: boolean;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  editable: boolean;
  hidden: { reason: string } | null;
  history: { body: string; writtenAt: Date }[];
  synthetic: boolean;
};

export type AnswerDto = { id: number; official: string; status: AnswerStatus; body: string; createdAt: Date };

export type ThreadDto = ThreadSummaryDto & {
  body: string;
  editedAt: Date | null;
  editable: boolean;
  history: { title: string | null; body: string; writtenAt: Date }[];
  thresholdReachedAt: Date | null;
  answers: AnswerDto[];
  commentList: CommentDto[];
  viewer: { endorsed: boolean; canEndorse: boolean; following: boolean; mine: boolean } | null;
};

const THREAD_COLUMNS = [
  'forum_threads.id',
  'category',
  'kind',
  'forum_threads.author_id',
  'title',
  'status',
  'endorsement_count',
  'endorsement_threshold',
  'endorse_until',
  'answer_due',
  'last_answered_at',
  'comment_count',
  'forum_threads.created_at',
  'forum_threads.hidden_at',
  'forum_threads.hidden_reason',
  'locked_at',
  'forum_threads.synthetic',
] as const;

type SummaryRow = {
  id: number;
  category: string;
  kind: ThreadKind;
  author_id: string | null;
  title: string;
  status: string;
  endorsement_count: number;
  endorsement_threshold: number | null;
  endorse_until: Date | string | null;
  answer_due: Date | string | null;
  last_answered_at: Date | string | null;
  comment_count: number;
  created_at: Date | string;
  hidden_at: Date | string | null;
  hidden_reason: string | null;
  locked_at: Date | string | null;
  synthetic: boolean;
};

const date = (v: Date | string | null) => (v === null ? null : new Date(v));

function toSummary(row: SummaryRow, moment: Date): ThreadSummaryDto {
  const state = { kind: row.kind, status: row.status as StoredStatus, endorseUntil: date(row.endorse_until), answerDue: date(row.answer_due) };
  const hidden = row.hidden_at ? { reason: row.hidden_reason ?? '' } : null;
  return {
    id: Number(row.id),
    category: row.category as CategorySlug,
    kind: row.kind,
    title: hidden ? '' : row.title,
    author: citizenPseudonym(row.author_id),
    status: effectiveStatus(state, moment),
    overdue: isOverdue(state, moment),
    endorsements: Number(row.endorsement_count),
    threshold: row.endorsement_threshold === null ? null : Number(row.endorsement_threshold),
    endorseUntil: state.endorseUntil,
    answerDue: state.answerDue,
    lastAnsweredAt: date(row.last_answered_at),
    comments: Number(row.comment_count),
    createdAt: new Date(row.created_at),
    hidden,
    locked: row.locked_at !== null,
    synthetic: row.synthetic,
  };
}

// ---------------------------------------------------------------------------------------------
// Categories

export async function listCategories(ctx: Pick<ForumContext, 'db'> = {}): Promise<CategoryDto[]> {
  const db = await resolveDb(ctx.db);
  const rows = await db.selectFrom('forum_categories').selectAll().orderBy('position').execute();
  return rows.map((r) => ({
    slug: r.slug as CategorySlug,
    name: r.name,
    nameEn: r.name_en,
    description: r.description,
    descriptionEn: r.description_en,
    threshold: Number(r.endorsement_threshold),
    days: Number(r.endorsement_days),
  }));
}

// ---------------------------------------------------------------------------------------------
// Lists: one keyset order per sort, each served by its own index (migration 0014).

type Cursor = [string | number, number];

export function encodeCursor(value: Cursor): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && (typeof value[0] === 'string' || typeof value[0] === 'number') && Number.isSafeInteger(value[1])) {
      if (typeof value[0] === 'string' && Number.isNaN(new Date(value[0]).getTime())) return null;
      return value as Cursor;
    }
  } catch {
    /* a broken cursor starts from the top */
  }
  return null;
}

/** Thrown for a cursor that cannot be read (the API answers 400; the page starts over). */
export class BadCursorError extends Error {
  override name = 'BadCursorError';
}

export type ThreadPage = { threads: ThreadSummaryDto[]; nextCursor: string | null };

/** A list page's rows as the database gives them (JSON-safe, so pages can cache it: lib/forum/cached.ts). */
export type ThreadListRecord = { rows: SummaryRow[]; nextCursor: string | null };

export function threadPageFromRecord(record: ThreadListRecord, moment: Date): ThreadPage {
  return { threads: record.rows.map((r) => toSummary(r, moment)), nextCursor: record.nextCursor };
}

export async function listThreads(query: Partial<ListQuery> & { limit?: number }, ctx: Pick<ForumContext, 'db' | 'at'> = {}): Promise<ThreadPage> {
  return threadPageFromRecord(await listThreadRecord(query, ctx), at(ctx));
}

export async function listThreadRecord(query: Partial<ListQuery> & { limit?: number }, ctx: Pick<ForumContext, 'db' | 'at'> = {}): Promise<ThreadListRecord> {
  const db = await resolveDb(ctx.db);
  const moment = at(ctx);
  const limit = Math.min(Math.max(query.limit ?? 20, 1), 100);
  const sort: ThreadSort = query.sort ?? 'newest';
  const cursor = decodeCursor(query.cursor);
  if (query.cursor && !cursor) throw new BadCursorError('bad cursor');

  let q = db.selectFrom('forum_threads').select(THREAD_COLUMNS);
  if (query.category) q = q.where('category', '=', query.category);
  if (query.q) {
    const tsquery = searchQuery(query.q);
    if (!tsquery) return { rows: [], nextCursor: null };
    q = q.where(sql<boolean>`search @@ ${tsquery}::tsquery`).where('forum_threads.hidden_at', 'is', null);
  }
  switch (query.status) {
    case undefined:
      break;
    case 'collecting':
      q = q.where('status', '=', 'collecting').where('endorse_until', '>', moment);
      break;
    case 'not_reached':
      q = q.where('status', '=', 'collecting').where('endorse_until', '<=', moment);
      break;
    case 'overdue':
      q = q.where('status', 'in', ['awaiting_answer', 'under_review']).where('answer_due', '<', moment);
      break;
    default:
      q = q.where('status', '=', query.status);
  }

  // Each order: its where (which rows it lists), its key, and the keyset comparison after a cursor.
  let key: (row: SummaryRow) => string | number;
  switch (sort) {
    case 'endorsed':
      q = q.where('kind', '=', 'proposal').orderBy('endorsement_count', 'desc').orderBy('forum_threads.id', 'desc');
      if (cursor) q = q.where(sql<boolean>`(endorsement_count, forum_threads.id) < (${Number(cursor[0])}, ${cursor[1]})`);
      key = (r) => Number(r.endorsement_count);
      break;
    case 'close':
      q = q
        .where('status', '=', 'collecting')
        .where('endorse_until', '>', moment)
        .orderBy(sql`(endorsement_threshold - endorsement_count)`)
        .orderBy('forum_threads.id');
      if (cursor) q = q.where(sql<boolean>`((endorsement_threshold - endorsement_count), forum_threads.id) > (${Number(cursor[0])}, ${cursor[1]})`);
      key = (r) => Number(r.endorsement_threshold) - Number(r.endorsement_count);
      break;
    case 'answered':
      q = q.where('last_answered_at', 'is not', null).orderBy('last_answered_at', 'desc').orderBy('forum_threads.id', 'desc');
      if (cursor) q = q.where(sql<boolean>`(last_answered_at, forum_threads.id) < (${new Date(cursor[0])}, ${cursor[1]})`);
      key = (r) => new Date(r.last_answered_at!).toISOString();
      break;
    case 'overdue':
      q = q.where('status', 'in', ['awaiting_answer', 'under_review']).where('answer_due', '<', moment).orderBy('answer_due').orderBy('forum_threads.id');
      if (cursor) q = q.where(sql<boolean>`(answer_due, forum_threads.id) > (${new Date(cursor[0])}, ${cursor[1]})`);
      key = (r) => new Date(r.answer_due!).toISOString();
      break;
    default:
      q = q.orderBy('forum_threads.created_at', 'desc').orderBy('forum_threads.id', 'desc');
      if (cursor) q = q.where(sql<boolean>`(forum_threads.created_at, forum_threads.id) < (${new Date(cursor[0])}, ${cursor[1]})`);
      key = (r) => new Date(r.created_at).toISOString();
  }
  // A numbered page (2–5) skips the pages before it: a few dozen rows of the same index scan.
  if (!cursor && query.page && query.page > 1) q = q.offset((query.page - 1) * limit);
  const rows = (await q.limit(limit + 1).execute()) as SummaryRow[];
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return { rows: page, nextCursor: more && last ? encodeCursor([key(last), Number(last.id)]) : null };
}

// ---------------------------------------------------------------------------------------------
// One thread: its shared record (what every reader sees; cached for pages in lib/forum/cached.ts)
// and the viewer's own flags, read apart so nothing personal enters a shared cache.

type ThreadRow = SummaryRow & { body: string; edited_at: Date | string | null; threshold_reached_at: Date | string | null };
type CommentRow = { id: number; parent_id: number | null; author_id: string | null; body: string; created_at: Date | string; edited_at: Date | string | null; hidden_at: Date | string | null; hidden_reason: string | null; synthetic: boolean };
type AnswerRow = { id: number; official_label: string; status: string; body: string; created_at: Date | string };
type EditRow = { comment_id: number | null; title: string | null; body: string; written_at: Date | string };

/**
 * A thread's rows as the database gives them. JSON-safe on purpose (dates may come back from a
 * cache as strings): `threadFromRecord` reads both. Author ids stay on the server.
 */
export type ThreadRecord = { row: ThreadRow; comments: CommentRow[]; answers: AnswerRow[]; edits: EditRow[] };

export async function threadRecord(id: number, ctx: Pick<ForumContext, 'db'> = {}): Promise<ThreadRecord | null> {
  const db = await resolveDb(ctx.db);
  const row = await db
    .selectFrom('forum_threads')
    .select([...THREAD_COLUMNS, 'body', 'edited_at', 'threshold_reached_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const [comments, answers, edits] = await Promise.all([
    db
      .selectFrom('forum_comments')
      .select(['id', 'parent_id', 'author_id', 'body', 'created_at', 'edited_at', 'hidden_at', 'hidden_reason', 'synthetic'])
      .where('thread_id', '=', id)
      .orderBy('id')
      .limit(2000)
      .execute(),
    db.selectFrom('forum_answers').select(['id', 'official_label', 'status', 'body', 'created_at']).where('thread_id', '=', id).orderBy('id').execute(),
    db.selectFrom('forum_edits').select(['comment_id', 'title', 'body', 'written_at']).where('thread_id', '=', id).orderBy('id').execute(),
  ]);
  return { row: row as ThreadRow, comments: comments as CommentRow[], answers: answers as AnswerRow[], edits: edits as EditRow[] };
}

export type ViewerFlags = { endorsed: boolean; following: boolean };

/** The signed-in reader's own state of a thread: never part of a shared page or cache. */
export async function viewerFlags(id: number, viewerId: string, ctx: Pick<ForumContext, 'db'> = {}): Promise<ViewerFlags> {
  const db = await resolveDb(ctx.db);
  const row = await db
    .selectNoFrom((eb) => [
      eb.exists(eb.selectFrom('forum_endorsements').select('thread_id').where('thread_id', '=', id).where('citizen_id', '=', viewerId)).as('endorsed'),
      eb.exists(eb.selectFrom('forum_follows').select('thread_id').where('thread_id', '=', id).where('user_id', '=', viewerId)).as('following'),
    ])
    .executeTakeFirstOrThrow();
  return { endorsed: Boolean(row.endorsed), following: Boolean(row.following) };
}

/** The thread as a reader sees it at `moment`; with `viewer`, also what that reader may do. */
export function threadFromRecord(record: ThreadRecord, moment: Date, viewer: ({ id: string } & ViewerFlags) | null): ThreadDto {
  const { row, comments, answers, edits } = record;
  const viewerId = viewer?.id ?? null;
  const summary = toSummary(row, moment);
  const hidden = summary.hidden;
  const historyOf = (commentId: number | null) =>
    edits.filter((e) => (e.comment_id === null ? null : Number(e.comment_id)) === commentId).map((e) => ({ title: e.title, body: e.body, writtenAt: new Date(e.written_at) }));
  const state = { kind: row.kind, status: row.status as StoredStatus, endorseUntil: date(row.endorse_until), answerDue: date(row.answer_due), hidden: hidden !== null, locked: row.locked_at !== null };
  return {
    ...summary,
    body: hidden ? '' : row.body,
    editedAt: date(row.edited_at),
    editable: viewerId !== null && viewerId === row.author_id && !hidden && canEditQuietly(new Date(row.created_at), moment),
    history: hidden ? [] : historyOf(null),
    thresholdReachedAt: date(row.threshold_reached_at),
    answers: answers.map((a) => ({ id: Number(a.id), official: a.official_label, status: a.status as AnswerStatus, body: a.body, createdAt: new Date(a.created_at) })),
    commentList: comments.map((c) => {
      const commentHidden = c.hidden_at ? { reason: c.hidden_reason ?? '' } : null;
      return {
        id: Number(c.id),
        parentId: c.parent_id === null ? null : Number(c.parent_id),
        author: citizenPseudonym(c.author_id),
        mine: viewerId !== null && viewerId === c.author_id,
        body: commentHidden ? '' : c.body,
        createdAt: new Date(c.created_at),
        editedAt: date(c.edited_at),
        editable: viewerId !== null && viewerId === c.author_id && !commentHidden && canEditQuietly(new Date(c.created_at), moment),
        hidden: commentHidden,
        history: commentHidden ? [] : historyOf(Number(c.id)).map(({ body, writtenAt }) => ({ body, writtenAt })),
        synthetic: c.synthetic,
      };
    }),
    viewer: viewer ? { endorsed: viewer.endorsed, following: viewer.following, canEndorse: canEndorse(state, moment), mine: viewerId === row.author_id } : null,
  };
}

/** Uncached: the API and tests (pages read the shared record through lib/forum/cached.ts). */
export async function getThread(id: number, ctx: Pick<ForumContext, 'db' | 'at'> & { viewerId?: string | null } = {}): Promise<ThreadDto | null> {
  const record = await threadRecord(id, ctx);
  if (!record) return null;
  const viewerId = ctx.viewerId ?? null;
  const flags = viewerId ? await viewerFlags(id, viewerId, ctx) : null;
  return threadFromRecord(record, at(ctx), viewerId && flags ? { id: viewerId, ...flags } : null);
}

// ---------------------------------------------------------------------------------------------
// Writing: limits first (reserved before the work), then the write.

export type WriteRefusal = 'suspended' | 'duplicate' | 'not_found' | 'locked' | 'closed' | 'not_author' | 'edit_window' | 'parent_not_found';
export type WriteResult<T> = { ok: true; value: T } | { ok: false; code: WriteRefusal; until?: Date; reason?: string };

const DAY_MS = 86_400_000;

async function assertLimit(db: Db, policy: PolicyName, key: string, moment: Date): Promise<void> {
  const reservation = await reserveAttempt(db, policy, key, moment);
  if (!reservation.allowed) throw new RateLimitError(policy, reservation.verdict.retryAfterSeconds);
}

/** Limits for a post: per account, and stricter for an account younger than a day. */
async function assertPostLimits(db: Db, userId: string, what: 'thread' | 'comment', moment: Date): Promise<void> {
  const user = await db.selectFrom('users').select('created_at').where('id', '=', userId).executeTakeFirst();
  if (user && moment.getTime() - new Date(user.created_at).getTime() < DAY_MS) {
    await assertLimit(db, what === 'thread' ? 'forum-thread:new-account' : 'forum-comment:new-account', userId, moment);
  }
  await assertLimit(db, what === 'thread' ? 'forum-thread:account' : 'forum-comment:account', userId, moment);
}

async function suspension(db: Db, userId: string, moment: Date): Promise<{ until: Date; reason: string } | null> {
  const row = await db.selectFrom('forum_suspensions').select(['until', 'reason']).where('user_id', '=', userId).where('until', '>', moment).executeTakeFirst();
  return row ? { until: new Date(row.until), reason: row.reason } : null;
}

/** The same text by the same author within an hour (a resent form, a pasted flood). */
async function isDuplicate(db: Db, table: 'forum_threads' | 'forum_comments', authorId: string, bodyHash: string, moment: Date): Promise<boolean> {
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('author_id', '=', authorId)
    .where('created_at', '>', new Date(moment.getTime() - 3600_000))
    .where('body_hash', '=', bodyHash)
    .executeTakeFirst();
  return Boolean(row);
}

export async function createThread(authorId: string, input: ThreadInput, ctx: ForumContext = {}): Promise<WriteResult<{ id: number }>> {
  const db = await resolveDb(ctx.db);
  const moment = at(ctx);
  const suspended = await suspension(db, authorId, moment);
  if (suspended) return { ok: false, code: 'suspended', ...suspended };
  const bodyHash = hashText(`${input.title}\n${input.body}`);
  if (await isDuplicate(db, 'forum_threads', authorId, bodyHash, moment)) return { ok: false, code: 'duplicate' };
  await assertPostLimits(db, authorId, 'thread', moment);
  const category = await db.selectFrom('forum_categories').select(['endorsement_threshold', 'endorsement_days']).where('slug', '=', input.category).executeTakeFirst();
  if (!category) return { ok: false, code: 'not_found' };
  const proposal = input.kind === 'proposal';
  const row = await db
    .insertInto('forum_threads')
    .values({
      category: input.category,
      kind: input.kind,
      author_id: authorId,
      title: input.title,
      body: input.body,
      body_hash: bodyHash,
      status: proposal ? 'collecting' : 'open',
      endorsement_threshold: proposal ? Number(category.endorsement_threshold) : null,
      endorse_until: proposal ? endorsementDeadline(moment, Number(category.endorsement_days)) : null,
      created_at: moment,
      search: sql<string>`${searchVector(input.title, input.body)}::tsvector`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(row.id);
  noteThreadId(id);
  await db.insertInto('forum_follows').values({ thread_id: id, user_id: authorId }).onConflict((oc) => oc.doNothing()).execute();
  forumThreadsChanged(id);
  await recordAudit({ actor: { id: authorId, label: ctx.actorLabel ?? 'citizen' }, action: 'forum.thread_create', target: { type: 'forum_thread', id: String(id) }, meta: ctx.meta }, db);
  return { ok: true, value: { id } };
}

/** The author edits within the window; the earlier text is kept and shown as the history. */
export async function editThread(authorId: string, id: number, input: Pick<ThreadInput, 'title' | 'body'>, ctx: ForumContext = {}): Promise<WriteResult<{ id: number }>> {
  const db = await resolveDb(ctx.db);
  const moment = at(ctx);
  const row = await db.selectFrom('forum_threads').select(['author_id', 'title', 'body', 'created_at', 'edited_at', 'hidden_at']).where('id', '=', id).executeTakeFirst();
  if (!row || row.hidden_at) return { ok: false, code: 'not_found' };
  if (row.author_id !== authorId) return { ok: false, code: 'not_author' };
  if (!canEditQuietly(new Date(row.created_at), moment)) return { ok: false, code: 'edit_window' };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('forum_edits').values({ thread_id: id, comment_id: null, title: row.title, body: row.body, written_at: row.edited_at ?? row.created_at, replaced_at: moment }).execute();
    await trx
      .updateTable('forum_threads')
      .set({ title: input.title, body: input.body, body_hash: hashText(`${input.title}\n${input.body}`), edited_at: moment, search: sql<string>`${searchVector(input.title, input.body)}::tsvector` })
      .where('id', '=', id)
      .where('author_id', '=', authorId)
      .execute();
  });
  forumThreadsChanged(id);
  await recordAudit({ actor: { id: authorId, label: ctx.actorLabel ?? 'citizen' }, action: 'forum.thread_edit', target: { type: 'forum_thread', id: String(id) }, meta: ctx.meta }, db);
  return { ok: true, value: { id } };
}

export async function addComment(authorId: string, threadId: number, input: CommentInput, ctx: ForumContext = {}): Promise<WriteResult<{ id: number }>> {
  const db = await resolveDb(ctx.db);
  const moment = at(ctx);
  const thread = await db.selectFrom('forum_threads').select(['id', 'locked_at', 'hidden_at']).where('id', '=', threadId).executeTakeFirst();
  if (!thread) return { ok: false, code: 'not_found' };
  if (thread.locked_at || thread.hidden_at) return { ok: false, code: 'locked' };
  const suspended = await suspension(db, authorId, moment);
  if (suspended) return { ok: false, code: 'suspended', ...suspended };
  let parentId: number | null = null;
  if (input.parentId) {
    const parent = await db.selectFrom('forum_comments').select(['id', 'parent_id']).where('id', '=', input.parentId).where('thread_id', '=', threadId).executeTakeFirst();
    if (!parent) return { ok: false, code: 'parent_not_found' };
    parentId = replyParent({ id: Number(parent.id), parentId: parent.parent_id === null ? null : Number(parent.parent_id) });
  }
  const bodyHash = hashText(input.body);
  if (await isDuplicate(db, 'forum_comments', authorId, bodyHash, moment)) return { ok: false, code: 'duplicate' };
  await assertPostLimits(db, authorId, 'comment', moment);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('forum_comments')
      .values({ thread_id: threadId, parent_id: parentId, author_id: authorId, body: input.body, body_hash: bodyHash, created_at: moment })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.updateTable('forum_threads').set({ comment_count: sql<number>`comment_count + 1` }).where('id', '=', threadId).execute();
    return Number(row.id);
  });
  forumThreadsChanged(threadId);
  await recordAudit({ actor: { id: authorId, label: ctx.actorLabel ?? 'citizen' }, action: 'forum.comment_create', target: { type: 'forum_comment', id: String(id) }, details: { thread: threadId }, meta: ctx.meta }, db);
  return { ok: true, value: { id } };
}

export async function editComment(authorId: string, commentId: number, body: string, ctx: ForumContext = {}): Promise<WriteResult<{ id: number; threadId: number }>> {
  const db = await resolveDb(ctx.db);
  const moment = at(ctx);
  const row = await db.selectFrom('forum_comments').select(['thread_id', 'author_id', 'body', 'created_at', 'edited_at', 'hidden_at']).where('id', '=', commentId).executeTakeFirst();
  if (!row || row.hidden_at) return { ok: false, code: 'not_found' };
  if (row.author_id !== authorId) return { ok: false, code: 'not_author' };
  if (!canEditQuietly(new Date(row.created_at), moment)) return { ok: false, code: 'edit_window' };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('forum_edits').values({ thread_id: Number(row.thread_id), comment_id: commentId, title: null, body: row.body, written_at: row.edited_at ?? row.created_at, replaced_at: moment }).execute();
    await trx.updateTable('forum_comments').set({ body, body_hash: hashText(body), edited_at: moment }).where('id', '=', commentId).where('author_id', '=', authorId).execute();
  });
  forumThreadsChanged(Number(row.thread_id));
  await recordAudit({ actor: { id: authorId, label: ctx.actorLabel ?? 'citizen' }, action: 'forum.comment_edit', target: { type: 'forum_comment', id: String(commentId) }, meta: ctx.meta }, db);
  return { ok: true, value: { id: commentId, threadId: Number(row.thread_id) } };
}

// ---------------------------------------------------------------------------------------------
// Endorsements

export type EndorsementResult =
  | { ok: true; endorsed: boolean; changed: boolean; count: number; status: ThreadStatus; reachedNow: boolean }
  | { ok: false; code: 'not_found' | 'closed' | 'suspended' };

type EndorseRow = { endorsement_count: number; threshold: number | null; status: string; kind: ThreadKind; endorse_until: Date | null; answer_due: Date | null; changed: number };

/**
 * Endorse (附議) or withdraw. One statement each: the insert (or delete), whose trigger changes
 * the count with it, so the count is the rows. Open until the deadline; reaching the threshold moves a
 * collecting proposal to 「待機關回應」 with its answer-by date, once.
 */
export async function setEndorsement(citizenId: string, threadId: number, endorse: boolean, ctx: ForumContext = {}): Promise<EndorsementResult> {
  const db = await resolveDb(ctx.db);
  const moment = at(ctx);
  const thread = await db.selectFrom('forum_threads').select(['kind', 'status', 'endorse_until', 'answer_due', 'hidden_at', 'locked_at']).where('id', '=', threadId).executeTakeFirst();
  if (!thread) return { ok: false, code: 'not_found' };
  const state = { kind: thread.kind, status: thread.status as StoredStatus, endorseUntil: date(thread.endorse_until), answerDue: date(thread.answer_due), hidden: thread.hidden_at !== null, locked: thread.locked_at !== null };
  if (!canEndorse(state, moment)) return { ok: false, code: 'closed' };
  if (endorse && (await suspension(db, citizenId, moment))) return { ok: false, code: 'suspended' };
  await assertLimit(db, 'forum-endorse:account', citizenId, moment);

  const due = answerDueDate(moment);
  const open = sql<boolean>`t.kind = 'proposal' and t.endorse_until > ${moment} and t.hidden_at is null and t.locked_at is null`;
  // The insert or delete is the whole change: the table's trigger moves the count (migration 0014).
  const { rows: changes } = endorse
    ? await sql<{ one: number }>`
        insert into forum_endorsements (thread_id, citizen_id, created_at)
        select t.id, ${citizenId}, ${moment} from forum_threads t where t.id = ${threadId} and ${open}
        on conflict do nothing
        returning 1 as one`.execute(db)
    : await sql<{ one: number }>`
        delete from forum_endorsements e using forum_threads t
        where e.thread_id = ${threadId} and e.citizen_id = ${citizenId} and t.id = e.thread_id and ${open}
        returning 1 as one`.execute(db);
  const { rows } = await sql<EndorseRow>`
    select endorsement_count, endorsement_threshold as threshold, status, kind, endorse_until, answer_due, ${changes.length}::int as changed
    from forum_threads where id = ${threadId}`.execute(db);
  const row = rows[0];
  if (!row) return { ok: false, code: 'not_found' };
  const changed = Number(row.changed) > 0;
  // Crossing the threshold: a statement of its own, which only one endorsement can win (the
  // row lock makes the others see the new status and match nothing).
  let reached = false;
  if (endorse && changed && row.status === 'collecting' && Number(row.endorsement_count) >= Number(row.threshold)) {
    const won = await db
      .updateTable('forum_threads')
      .set({ status: 'awaiting_answer', threshold_reached_at: moment, answer_due: due })
      .where('id', '=', threadId)
      .where('status', '=', 'collecting')
      .where(sql<boolean>`endorsement_count >= endorsement_threshold`)
      .returning('status')
      .executeTakeFirst();
    if (won) {
      reached = true;
      row.status = won.status;
      row.answer_due = due;
    }
  }
  if (endorse && changed) {
    await db.insertInto('forum_follows').values({ thread_id: threadId, user_id: citizenId }).onConflict((oc) => oc.doNothing()).execute();
  }
  if (changed || reached) forumThreadsChanged(threadId);
  if (reached) await notify(db, threadId, 'threshold_reached', null);
  const status = effectiveStatus({ kind: row.kind, status: row.status as StoredStatus, endorseUntil: date(row.endorse_until), answerDue: date(row.answer_due) }, moment);
  return { ok: true, endorsed: endorse, changed, count: Number(row.endorsement_count), status, reachedNow: reached };
}

// ---------------------------------------------------------------------------------------------
// Follows and notifications

export async function setFollow(userId: string, threadId: number, follow: boolean, ctx: Pick<ForumContext, 'db'> = {}): Promise<void> {
  const db = await resolveDb(ctx.db);
  if (follow) await db.insertInto('forum_follows').values({ thread_id: threadId, user_id: userId }).onConflict((oc) => oc.doNothing()).execute();
  else await db.deleteFrom('forum_follows').where('thread_id', '=', threadId).where('user_id', '=', userId).execute();
}

export type NotificationKind = 'answer' | 'threshold_reached';

/** One notification to the author and each follower (one statement, however many follow). */
async function notify(db: Db, threadId: number, kind: NotificationKind, exceptUserId: string | null): Promise<string[]> {
  const rows = await db
    .insertInto('forum_notifications')
    .columns(['user_id', 'thread_id', 'kind'])
    .expression((eb) =>
      eb
        .selectFrom('forum_follows')
        .select(['user_id', 'thread_id', eb.val(kind).as('kind')])
        .where('thread_id', '=', threadId)
        .$if(exceptUserId !== null, (qb) => qb.where('user_id', '!=', exceptUserId!)),
    )
    .returning('user_id')
    .execute();
  return rows.map((r) => r.user_id);
}

export type NotificationDto = { id: number; threadId: number; threadTitle: string; kind: NotificationKind; createdAt: Date; read: boolean };

export async function listNotifications(userId: string, ctx: Pick<ForumContext, 'db'> = {}): Promise<NotificationDto[]> {
  const db = await resolveDb(ctx.db);
  const rows = await db
    .selectFrom('forum_notifications as n')
    .innerJoin('forum_threads as t', 't.id', 'n.thread_id')
    .select(['n.id', 'n.thread_id', 't.title', 't.hidden_at', 'n.kind', 'n.created_at', 'n.read_at'])
    .where('n.user_id', '=', userId)
    .orderBy('n.id', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    threadId: Number(r.thread_id),
    threadTitle: r.hidden_at ? '' : r.title,
    kind: r.kind as NotificationKind,
    createdAt: new Date(r.created_at),
    read: r.read_at !== null,
  }));
}

export async function markNotificationsRead(userId: string, ctx: Pick<ForumContext, 'db' | 'at'> = {}): Promise<void> {
  const db = await resolveDb(ctx.db);
  await db.updateTable('forum_notifications').set({ read_at: at(ctx) }).where('user_id', '=', userId).where('read_at', 'is', null).execute();
}

export async function unreadNotificationCount(userId: string, ctx: Pick<ForumContext, 'db'> = {}): Promise<number> {
  const db = await resolveDb(ctx.db);
  const row = await db.selectFrom('forum_notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

// ---------------------------------------------------------------------------------------------
// Official answers

export type AnswerResult = { ok: true; id: number; notified: string[] } | { ok: false; code: 'not_found' };

/**
 * An official's answer sets the thread's status (Decidim: a state only ever comes with a text).
 * The author and followers get a notification; the caller mails them (lib/forum/notify-mail.ts).
 */
export async function answerThread(
  official: { id: string; label: string },
  threadId: number,
  input: { status: AnswerStatus; body: string },
  ctx: ForumContext = {},
): Promise<AnswerResult> {
  const db = await resolveDb(ctx.db);
  const moment = at(ctx);
  const result = await db.transaction().execute(async (trx) => {
    const thread = await trx.selectFrom('forum_threads').select('id').where('id', '=', threadId).forUpdate().executeTakeFirst();
    if (!thread) return null;
    const row = await trx
      .insertInto('forum_answers')
      .values({ thread_id: threadId, official_id: official.id, official_label: official.label, status: input.status, body: input.body, created_at: moment })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.updateTable('forum_threads').set({ status: input.status, last_answered_at: moment }).where('id', '=', threadId).execute();
    return Number(row.id);
  });
  if (result === null) return { ok: false, code: 'not_found' };
  forumThreadsChanged(threadId);
  const notified = await notify(db, threadId, 'answer', official.id);
  await recordAudit({ actor: official, action: 'forum.answer', target: { type: 'forum_thread', id: String(threadId) }, details: { status: input.status }, meta: ctx.meta }, db);
  return { ok: true, id: result, notified };
}

/** E-mail addresses of users (for answer notifications), confirmed ones only. */
export async function mailAddressesOf(userIds: readonly string[], ctx: Pick<ForumContext, 'db'> = {}): Promise<string[]> {
  if (userIds.length === 0) return [];
  const db = await resolveDb(ctx.db);
  const rows = await db
    .selectFrom('users')
    .select('email')
    .where('id', 'in', [...userIds])
    .where('email', 'is not', null)
    .where((eb) => eb.or([eb('kind', '=', 'staff'), eb('email_verified_at', 'is not', null)]))
    .execute();
  return rows.map((r) => r.email!).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Reports and moderation

export type ReportResult = { ok: true; counted: boolean; hidden: boolean } | { ok: false; code: 'not_found' };

/**
 * A report counts once per account and post. The third from different accounts hides the post
 * with a reason readers see, until a moderator restores or keeps it hidden.
 */
export async function reportPost(reporterId: string, threadId: number, commentId: number | null, reason: string, ctx: ForumContext = {}): Promise<ReportResult> {
  const db = await resolveDb(ctx.db);
  const moment = at(ctx);
  const exists = commentId
    ? await db.selectFrom('forum_comments').select('id').where('id', '=', commentId).where('thread_id', '=', threadId).executeTakeFirst()
    : await db.selectFrom('forum_threads').select('id').where('id', '=', threadId).executeTakeFirst();
  if (!exists) return { ok: false, code: 'not_found' };
  await assertLimit(db, 'forum-report:account', reporterId, moment);
  const inserted = await db
    .insertInto('forum_reports')
    .values({ thread_id: threadId, comment_id: commentId, reporter_id: reporterId, reason, created_at: moment })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return { ok: true, counted: false, hidden: false };
  const hideReason = 'reports';
  const table = commentId ? 'forum_comments' : 'forum_threads';
  const target = commentId ?? threadId;
  const { rows } = await sql<{ hidden_now: boolean }>`
    update ${sql.table(table)} set
      report_count = report_count + 1,
      hidden_at = case when hidden_at is null and report_count + 1 >= ${REPORTS_TO_HIDE} then ${moment}::timestamptz else hidden_at end,
      hidden_reason = case when hidden_at is null and report_count + 1 >= ${REPORTS_TO_HIDE} then ${hideReason} else hidden_reason end
    where id = ${target}
    returning (hidden_at = ${moment}::timestamptz and hidden_reason = ${hideReason}) as hidden_now`.execute(db);
  const hiddenNow = Boolean(rows[0]?.hidden_now);
  if (hiddenNow) forumThreadsChanged(threadId);
  const targetRef = { type: commentId ? 'forum_comment' : 'forum_thread', id: String(target) };
  await recordAudit({ actor: { id: reporterId, label: ctx.actorLabel ?? 'citizen' }, action: 'forum.report', target: targetRef, details: { reason: reason.slice(0, 200) }, meta: ctx.meta }, db);
  if (hiddenNow) await recordAudit({ actor: { id: null, label: 'system' }, action: 'forum.auto_hide', target: targetRef, details: { reports: REPORTS_TO_HIDE } }, db);
  return { ok: true, counted: true, hidden: hiddenNow };
}

export type ReportQueueItem = {
  threadId: number;
  commentId: number | null;
  title: string;
  excerpt: string;
  authorId: string | null;
  author: string;
  reports: number;
  reasons: string[];
  hidden: { reason: string } | null;
  firstReportedAt: Date;
};

/** Open reports grouped by post, oldest first: what the moderator queue shows. */
export async function moderationQueue(ctx: Pick<ForumContext, 'db'> = {}): Promise<ReportQueueItem[]> {
  const db = await resolveDb(ctx.db);
  const rows = await db
    .selectFrom('forum_reports as r')
    .innerJoin('forum_threads as t', 't.id', 'r.thread_id')
    .leftJoin('forum_comments as c', 'c.id', 'r.comment_id')
    .select((eb) => [
      'r.thread_id',
      'r.comment_id',
      't.title',
      eb.fn.coalesce('c.body', 't.body').as('body'),
      eb.fn.coalesce('c.author_id', 't.author_id').as('author_id'),
      eb.fn.coalesce('c.hidden_at', 't.hidden_at').as('hidden_at'),
      eb.fn.coalesce('c.hidden_reason', 't.hidden_reason').as('hidden_reason'),
      eb.fn.countAll<number>().as('reports'),
      sql<string[]>`array_agg(r.reason order by r.id)`.as('reasons'),
      eb.fn.min('r.created_at').as('first_at'),
    ])
    .where('r.resolved_at', 'is', null)
    .groupBy(['r.thread_id', 'r.comment_id', 't.title', 't.body', 't.author_id', 't.hidden_at', 't.hidden_reason', 'c.body', 'c.author_id', 'c.hidden_at', 'c.hidden_reason'])
    .orderBy('first_at')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    threadId: Number(r.thread_id),
    commentId: r.comment_id === null ? null : Number(r.comment_id),
    title: r.title,
    excerpt: String(r.body ?? '').slice(0, 300),
    authorId: (r.author_id as string | null) ?? null,
    author: citizenPseudonym((r.author_id as string | null) ?? null),
    reports: Number(r.reports),
    reasons: r.reasons,
    hidden: r.hidden_at ? { reason: String(r.hidden_reason ?? '') } : null,
    firstReportedAt: new Date(r.first_at as Date),
  }));
}

export type ModerationAction =
  | { type: 'hide'; reason: string }
  | { type: 'restore' }
  | { type: 'lock'; reason: string }
  | { type: 'unlock' }
  | { type: 'move'; category: CategorySlug };

/** A moderator's action on a thread or comment; every one is audited and closes its open reports. */
export async function moderate(moderator: { id: string; label: string }, target: { threadId: number; commentId: number | null }, action: ModerationAction, ctx: ForumContext = {}): Promise<{ ok: boolean }> {
  const db = await resolveDb(ctx.db);
  const moment = at(ctx);
  const { threadId, commentId } = target;
  const ref = { type: commentId ? 'forum_comment' : 'forum_thread', id: String(commentId ?? threadId) };
  let details: Record<string, unknown> = {};
  const changed = await db.transaction().execute(async (trx) => {
    let n = 0n;
    if (action.type === 'hide' || action.type === 'restore') {
      const set = action.type === 'hide' ? { hidden_at: moment, hidden_reason: action.reason } : { hidden_at: null, hidden_reason: null, report_count: 0 };
      const result = commentId
        ? await trx.updateTable('forum_comments').set(set).where('id', '=', commentId).where('thread_id', '=', threadId).executeTakeFirst()
        : await trx.updateTable('forum_threads').set(set).where('id', '=', threadId).executeTakeFirst();
      n = result.numUpdatedRows;
      details = action.type === 'hide' ? { reason: action.reason } : {};
      await trx
        .updateTable('forum_reports')
        .set({ resolved_at: moment })
        .where('thread_id', '=', threadId)
        .where((eb) => (commentId ? eb('comment_id', '=', commentId) : eb('comment_id', 'is', null)))
        .where('resolved_at', 'is', null)
        .execute();
    } else if (action.type === 'lock' || action.type === 'unlock') {
      n = (await trx.updateTable('forum_threads').set({ locked_at: action.type === 'lock' ? moment : null }).where('id', '=', threadId).executeTakeFirst()).numUpdatedRows;
      details = action.type === 'lock' ? { reason: action.reason } : {};
    } else {
      const before = await trx.selectFrom('forum_threads').select('category').where('id', '=', threadId).executeTakeFirst();
      n = (await trx.updateTable('forum_threads').set({ category: action.category }).where('id', '=', threadId).executeTakeFirst()).numUpdatedRows;
      details = { from: before?.category, to: action.category };
    }
    return n > 0n;
  });
  if (!changed) return { ok: false };
  forumThreadsChanged(threadId);
  await recordAudit({ actor: moderator, action: `forum.${action.type}`, target: ref, details, meta: ctx.meta }, db);
  return { ok: true };
}

/** Suspends an author from posting, with a reason they are shown when they try. */
export async function suspendAuthor(moderator: { id: string; label: string }, userId: string, days: number, reason: string, ctx: ForumContext = {}): Promise<void> {
  const db = await resolveDb(ctx.db);
  const until = new Date(at(ctx).getTime() + days * DAY_MS);
  await db
    .insertInto('forum_suspensions')
    .values({ user_id: userId, until, reason, created_by: moderator.label })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ until, reason, created_by: moderator.label }))
    .execute();
  await recordAudit({ actor: moderator, action: 'forum.suspend', target: { type: 'user', id: userId }, details: { until: until.toISOString(), reason }, meta: ctx.meta }, db);
}
