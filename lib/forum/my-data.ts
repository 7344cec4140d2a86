/**
 * The forum part of "download my data": what the citizen wrote (threads, comments and their
 * earlier versions), endorsed, follows, reported, the notifications they got and any suspension.
 * Each query names the citizen's id; other people's posts appear only as the thread a row is
 * about (its id and, unless a moderator hid it, its title).
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { now } from '@/lib/clock';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { effectiveStatus, type StoredStatus, type ThreadKind } from './rules';

type Ctx = { db?: Kysely<Database>; at?: Date };

export type ForumExport = {
  threads: {
    id: number;
    category: string;
    kind: ThreadKind;
    title: string;
    body: string;
    status: string;
    endorsements: number;
    createdAt: string;
    editedAt: string | null;
    hiddenReason: string | null;
  }[];
  comments: { id: number; threadId: number; parentId: number | null; body: string; createdAt: string; editedAt: string | null; hiddenReason: string | null }[];
  /** Earlier versions of the citizen's own threads and comments. */
  edits: { threadId: number; commentId: number | null; title: string | null; body: string; writtenAt: string; replacedAt: string }[];
  endorsements: { threadId: number; threadTitle: string; createdAt: string }[];
  follows: { threadId: number; threadTitle: string; createdAt: string }[];
  reports: { threadId: number; commentId: number | null; reason: string; createdAt: string }[];
  notifications: { threadId: number; threadTitle: string; kind: string; createdAt: string; read: boolean }[];
  suspensions: { until: string; reason: string; createdAt: string }[];
};

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d ? iso(d) : null);

export async function exportForumActivity(citizenId: string, ctx: Ctx = {}): Promise<ForumExport> {
  const db = await resolveDb(ctx.db);
  const moment = ctx.at ?? now();
  // The title of a thread someone else wrote, unless a moderator hid it (as notifications show it).
  const titled = <T extends { title: string; hidden_at: Date | string | null }>(r: T) => (r.hidden_at ? '' : r.title);
  const [threads, comments, edits, endorsements, follows, reports, notifications, suspensions] = await Promise.all([
    db
      .selectFrom('forum_threads')
      .select(['id', 'category', 'kind', 'title', 'body', 'status', 'endorsement_count', 'endorse_until', 'answer_due', 'created_at', 'edited_at', 'hidden_reason'])
      .where('author_id', '=', citizenId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('forum_comments')
      .select(['id', 'thread_id', 'parent_id', 'body', 'created_at', 'edited_at', 'hidden_reason'])
      .where('author_id', '=', citizenId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('forum_edits as e')
      .leftJoin('forum_threads as t', (j) => j.onRef('t.id', '=', 'e.thread_id').on('e.comment_id', 'is', null))
      .leftJoin('forum_comments as c', 'c.id', 'e.comment_id')
      .select(['e.thread_id', 'e.comment_id', 'e.title', 'e.body', 'e.written_at', 'e.replaced_at'])
      .where((eb) => eb.or([eb('t.author_id', '=', citizenId), eb('c.author_id', '=', citizenId)]))
      .orderBy('e.id')
      .execute(),
    db
      .selectFrom('forum_endorsements as e')
      .innerJoin('forum_threads as t', 't.id', 'e.thread_id')
      .select(['e.thread_id', 't.title', 't.hidden_at', 'e.created_at'])
      .where('e.citizen_id', '=', citizenId)
      .orderBy('e.created_at')
      .execute(),
    db
      .selectFrom('forum_follows as f')
      .innerJoin('forum_threads as t', 't.id', 'f.thread_id')
      .select(['f.thread_id', 't.title', 't.hidden_at', 'f.created_at'])
      .where('f.user_id', '=', citizenId)
      .orderBy('f.created_at')
      .execute(),
    db.selectFrom('forum_reports').select(['thread_id', 'comment_id', 'reason', 'created_at']).where('reporter_id', '=', citizenId).orderBy('id').execute(),
    db
      .selectFrom('forum_notifications as n')
      .innerJoin('forum_threads as t', 't.id', 'n.thread_id')
      .select(['n.thread_id', 't.title', 't.hidden_at', 'n.kind', 'n.created_at', 'n.read_at'])
      .where('n.user_id', '=', citizenId)
      .orderBy('n.id')
      .execute(),
    db.selectFrom('forum_suspensions').select(['until', 'reason', 'created_at']).where('user_id', '=', citizenId).execute(),
  ]);
  return {
    threads: threads.map((t) => ({
      id: Number(t.id),
      category: t.category,
      kind: t.kind,
      title: t.title,
      body: t.body,
      status: effectiveStatus({ kind: t.kind, status: t.status as StoredStatus, endorseUntil: t.endorse_until ? new Date(t.endorse_until) : null, answerDue: t.answer_due ? new Date(t.answer_due) : null }, moment),
      endorsements: Number(t.endorsement_count),
      createdAt: iso(t.created_at),
      editedAt: isoOrNull(t.edited_at),
      hiddenReason: t.hidden_reason,
    })),
    comments: comments.map((c) => ({
      id: Number(c.id),
      threadId: Number(c.thread_id),
      parentId: c.parent_id === null ? null : Number(c.parent_id),
      body: c.body,
      createdAt: iso(c.created_at),
      editedAt: isoOrNull(c.edited_at),
      hiddenReason: c.hidden_reason,
    })),
    edits: edits.map((e) => ({
      threadId: Number(e.thread_id),
      commentId: e.comment_id === null ? null : Number(e.comment_id),
      title: e.title,
      body: e.body,
      writtenAt: iso(e.written_at),
      replacedAt: iso(e.replaced_at),
    })),
    endorsements: endorsements.map((e) => ({ threadId: Number(e.thread_id), threadTitle: titled(e), createdAt: iso(e.created_at) })),
    follows: follows.map((f) => ({ threadId: Number(f.thread_id), threadTitle: titled(f), createdAt: iso(f.created_at) })),
    reports: reports.map((r) => ({ threadId: Number(r.thread_id), commentId: r.comment_id === null ? null : Number(r.comment_id), reason: r.reason, createdAt: iso(r.created_at) })),
    notifications: notifications.map((n) => ({ threadId: Number(n.thread_id), threadTitle: titled(n), kind: n.kind, createdAt: iso(n.created_at), read: n.read_at !== null })),
    suspensions: suspensions.map((s) => ({ until: iso(s.until), reason: s.reason, createdAt: iso(s.created_at) })),
  };
}
