/**
 * The forum's store on a real database (PGlite by default; TEST_DATABASE_URL runs the races on
 * Postgres with a pool): threads, replies one level deep, the edit window and its history,
 * endorsements that count once under concurrency and always equal their rows, the threshold
 * and deadline lifecycle, official answers with notifications, reports that hide a post, the
 * moderator's actions, search that finds 載具 inside a sentence, every list order with its
 * cursor, duplicates and the stricter limit for new accounts.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '@/lib/audit';
import { RateLimitError } from '@/lib/rate-limit/policies';
import {
  addComment,
  answerThread,
  createThread,
  editComment,
  editThread,
  getThread,
  listNotifications,
  listThreads,
  moderate,
  moderationQueue,
  reportPost,
  setEndorsement,
  suspendAuthor,
  unreadNotificationCount,
  type ForumContext,
} from '@/lib/forum/store';
import type { ThreadInput } from '@/lib/forum/schemas';
import { createTestDb, type TestDb } from './support/test-db';
import { createCitizen } from './support/world';

let t: TestDb;
// Accounts made now are "new" (younger than a day) until NOW + 1 day: most tests act 2 days later.
const LATER = new Date(Date.now() + 2 * 86_400_000);
const ctx = (at = LATER): ForumContext => ({ db: t.db, at, actorLabel: 'test', meta: { ip: '203.0.113.9', userAgent: 'vitest' } });
let n = 0;
const citizen = () => createCitizen(t.db, `Forum ${++n}`);
const proposal = (title: string, body = '內容說明，足夠長的文字。'): ThreadInput => ({ category: 'carriers-prizes', kind: 'proposal', title, body });

async function newThread(input: ThreadInput, at = LATER) {
  const author = await citizen();
  const result = await createThread(author, input, ctx(at));
  if (!result.ok) throw new Error(result.code);
  return { author, id: result.value.id };
}

async function countsMatchRows(): Promise<void> {
  const { rows } = await sql<{ id: number; c: number; r: number }>`
    select t.id, t.endorsement_count as c, (select count(*)::int from forum_endorsements e where e.thread_id = t.id) as r from forum_threads t`.execute(t.db);
  for (const row of rows) expect(Number(row.c), `thread ${row.id}`).toBe(Number(row.r));
}

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

describe('threads and comments', () => {
  it('creates a proposal with the category’s threshold and a 60-day deadline, followed by its author', async () => {
    const { id, author } = await newThread(proposal('建議：雲端發票中獎時寄送電子郵件'));
    const thread = await getThread(id, { db: t.db, at: LATER, viewerId: author });
    expect(thread).toMatchObject({ kind: 'proposal', status: 'collecting', endorsements: 0, threshold: 5000, overdue: false, viewer: { mine: true, following: true, endorsed: false, canEndorse: true } });
    expect(thread!.endorseUntil!.getTime() - LATER.getTime()).toBe(60 * 86_400_000);
    expect(thread!.author).toMatch(/^#[0-9A-F]{6}$/);
    expect((await listAuditLog({ limit: 1 }, t.db))[0]).toMatchObject({ action: 'forum.thread_create', target: `forum_thread:${id}` });
  });

  it('keeps replies one level deep and counts comments', async () => {
    const { id } = await newThread({ category: 'e-invoice', kind: 'question', title: '請問發票怎麼查詢', body: '請問如何查詢？' });
    const a = await citizen();
    const top = await addComment(a, id, { body: '第一則留言' }, ctx());
    expect(top.ok).toBe(true);
    const reply = await addComment(a, id, { body: '回覆', parentId: top.ok ? top.value.id : 0 }, ctx());
    const replyToReply = await addComment(a, id, { body: '回覆的回覆', parentId: reply.ok ? reply.value.id : 0 }, ctx());
    const thread = await getThread(id, { db: t.db, at: LATER });
    expect(thread!.comments).toBe(3);
    const [c1, c2, c3] = thread!.commentList;
    expect([c1!.parentId, c2!.parentId, c3!.parentId]).toEqual([null, c1!.id, c1!.id]);
    expect(replyToReply.ok).toBe(true);
    expect(await addComment(a, id, { body: 'x', parentId: 999_999 }, ctx())).toEqual({ ok: false, code: 'parent_not_found' });
  });

  it('lets the author edit within 30 minutes, keeps the earlier text as history, and refuses later', async () => {
    const { id, author } = await newThread(proposal('原本的標題文字'));
    const other = await citizen();
    expect(await editThread(other, id, { title: '他人修改', body: '不行' }, ctx())).toEqual({ ok: false, code: 'not_author' });
    expect(await editThread(author, id, { title: '修改後的標題', body: '修改後的內容' }, ctx(new Date(LATER.getTime() + 10 * 60_000)))).toMatchObject({ ok: true });
    expect(await editThread(author, id, { title: '太晚', body: '太晚' }, ctx(new Date(LATER.getTime() + 31 * 60_000)))).toEqual({ ok: false, code: 'edit_window' });
    const thread = await getThread(id, { db: t.db, at: LATER });
    expect(thread).toMatchObject({ title: '修改後的標題', body: '修改後的內容' });
    expect(thread!.history).toEqual([expect.objectContaining({ title: '原本的標題文字', body: '內容說明，足夠長的文字。' })]);

    const c = await addComment(author, id, { body: '留言原文' }, ctx());
    const cid = c.ok ? c.value.id : 0;
    expect(await editComment(author, cid, '留言改過', ctx(new Date(LATER.getTime() + 60_000)))).toMatchObject({ ok: true });
    const after = await getThread(id, { db: t.db, at: LATER });
    expect(after!.commentList[0]).toMatchObject({ body: '留言改過', history: [expect.objectContaining({ body: '留言原文' })] });
  });

  it('refuses the same text from the same author within an hour, and accepts it after', async () => {
    const author = await citizen();
    const input = proposal('重複的提案標題');
    expect(await createThread(author, input, ctx())).toMatchObject({ ok: true });
    expect(await createThread(author, input, ctx(new Date(LATER.getTime() + 30 * 60_000)))).toEqual({ ok: false, code: 'duplicate' });
    expect(await createThread(author, input, ctx(new Date(LATER.getTime() + 61 * 60_000)))).toMatchObject({ ok: true });
  });

  it('lets an account younger than a day start one thread an hour', async () => {
    const author = await citizen();
    const fresh = ctx(new Date());
    expect(await createThread(author, proposal('新帳號第一篇文章'), fresh)).toMatchObject({ ok: true });
    await expect(createThread(author, proposal('新帳號第二篇文章'), fresh)).rejects.toBeInstanceOf(RateLimitError);
  });

  it('refuses a suspended author, with the reason and the end of the suspension', async () => {
    const author = await citizen();
    await suspendAuthor({ id: author, label: 'moderator' }, author, 7, '多次張貼廣告', ctx());
    const result = await createThread(author, proposal('被停權者的文章'), ctx());
    expect(result).toMatchObject({ ok: false, code: 'suspended', reason: '多次張貼廣告' });
  });
});

describe('endorsements', () => {
  it('counts the same endorsement sent 20 times at once exactly once', async () => {
    const { id } = await newThread(proposal('二十次同時附議測試'));
    const c = await citizen();
    const results = await Promise.all(Array.from({ length: 20 }, () => setEndorsement(c, id, true, ctx())));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.changed)).toHaveLength(1);
    expect((await getThread(id, { db: t.db, at: LATER }))!.endorsements).toBe(1);
    await countsMatchRows();
  });

  it('keeps the count equal to the rows under concurrent endorsements and withdrawals', async () => {
    const { id } = await newThread(proposal('併發附議與撤回'));
    const people = await Promise.all(Array.from({ length: 12 }, () => citizen()));
    await Promise.all(people.map((p) => setEndorsement(p, id, true, ctx())));
    await Promise.all(people.flatMap((p, i) => [setEndorsement(p, id, i % 2 === 0, ctx()), setEndorsement(p, id, i % 3 === 0, ctx())]));
    await countsMatchRows();
    const withdrawn = await setEndorsement(people[1]!, id, false, ctx());
    expect(withdrawn).toMatchObject({ ok: true, endorsed: false });
    await countsMatchRows();
  });

  it('moves a proposal to 「待機關回應」 at its threshold with an answer-by date two months later, once', async () => {
    const { id, author } = await newThread(proposal('門檻測試提案'));
    await t.db.updateTable('forum_threads').set({ endorsement_threshold: 3 }).where('id', '=', id).execute();
    const people = await Promise.all(Array.from({ length: 5 }, () => citizen()));
    const results = await Promise.all(people.map((p) => setEndorsement(p, id, true, ctx())));
    expect(results.filter((r) => r.ok && r.reachedNow)).toHaveLength(1);
    const thread = await getThread(id, { db: t.db, at: LATER });
    expect(thread).toMatchObject({ status: 'awaiting_answer', endorsements: 5 });
    const due = thread!.answerDue!;
    expect(due.getUTCMonth()).toBe((LATER.getUTCMonth() + 2) % 12);
    // Withdrawing after the threshold lowers the count, never the status.
    await setEndorsement(people[0]!, id, false, ctx());
    expect(await getThread(id, { db: t.db, at: LATER })).toMatchObject({ status: 'awaiting_answer', endorsements: 4 });
    const notes = await listNotifications(author, { db: t.db });
    expect(notes.map((x) => x.kind)).toContain('threshold_reached');
    // Two months and a day later the answer is overdue and listed as such.
    const late = new Date(due.getTime() + 86_400_000);
    expect(await getThread(id, { db: t.db, at: late })).toMatchObject({ overdue: true });
    const overdue = await listThreads({ sort: 'overdue' }, { db: t.db, at: late });
    expect(overdue.threads.map((x) => x.id)).toContain(id);
    await countsMatchRows();
  });

  it('shows 「未達門檻」 after the deadline and closes endorsing and withdrawing', async () => {
    const { id } = await newThread(proposal('逾期未達門檻的提案'));
    const c = await citizen();
    await setEndorsement(c, id, true, ctx());
    const after = new Date(LATER.getTime() + 61 * 86_400_000);
    expect(await getThread(id, { db: t.db, at: after })).toMatchObject({ status: 'not_reached' });
    expect(await setEndorsement(c, id, false, ctx(after))).toEqual({ ok: false, code: 'closed' });
    expect(await setEndorsement(await citizen(), id, true, ctx(after))).toEqual({ ok: false, code: 'closed' });
    const list = await listThreads({ status: 'not_reached' }, { db: t.db, at: after });
    expect(list.threads.map((x) => x.id)).toContain(id);
  });

  it('keeps the count equal to the rows when an endorsing account is deleted', async () => {
    const { id } = await newThread(proposal('帳號刪除後的附議數'));
    const leaving = await createCitizen(t.db, 'Leaving');
    await setEndorsement(leaving, id, true, ctx());
    await setEndorsement(await citizen(), id, true, ctx());
    await t.db.deleteFrom('users').where('id', '=', leaving).execute();
    expect((await getThread(id, { db: t.db, at: LATER }))!.endorsements).toBe(1);
    await countsMatchRows();
  });

  it('does not take endorsements on a question', async () => {
    const { id } = await newThread({ category: 'open-data', kind: 'question', title: '資料集更新頻率？', body: '多久更新一次？' });
    expect(await setEndorsement(await citizen(), id, true, ctx())).toEqual({ ok: false, code: 'closed' });
  });
});

describe('official answers', () => {
  it('sets the status, shows the official, and notifies the proposer and followers but not the official', async () => {
    const { id, author } = await newThread(proposal('請官方回應的提案'));
    const follower = await citizen();
    await setEndorsement(follower, id, true, ctx());
    const official = await t.db.selectFrom('users').select('id').where('email', '=', 'official@taxcloud.example').executeTakeFirstOrThrow();
    const result = await answerThread({ id: official.id, label: '財政部承辦人' }, id, { status: 'partly_adopted', body: '部分採納，理由如下。' }, ctx());
    expect(result).toMatchObject({ ok: true });
    expect(new Set(result.ok ? result.notified : [])).toEqual(new Set([author, follower]));
    const thread = await getThread(id, { db: t.db, at: LATER });
    expect(thread).toMatchObject({ status: 'partly_adopted', answers: [expect.objectContaining({ official: '財政部承辦人', status: 'partly_adopted' })] });
    expect(await unreadNotificationCount(author, { db: t.db })).toBeGreaterThan(0);
    expect((await listNotifications(author, { db: t.db }))[0]).toMatchObject({ threadId: id, kind: 'answer', read: false });
    const answered = await listThreads({ sort: 'answered' }, { db: t.db, at: LATER });
    expect(answered.threads[0]!.id).toBe(id);
  });
});

describe('reports and moderation', () => {
  it('hides a post after 3 reports from different accounts (the same account counts once), shows why, and a moderator restores it', async () => {
    const { id } = await newThread(proposal('會被檢舉的文章'));
    const [a, b, c] = await Promise.all([citizen(), citizen(), citizen()]);
    expect(await reportPost(a, id, null, '廣告', ctx())).toEqual({ ok: true, counted: true, hidden: false });
    expect(await reportPost(a, id, null, '廣告', ctx())).toEqual({ ok: true, counted: false, hidden: false });
    expect(await reportPost(b, id, null, '廣告', ctx())).toEqual({ ok: true, counted: true, hidden: false });
    expect(await reportPost(c, id, null, '不實內容', ctx())).toEqual({ ok: true, counted: true, hidden: true });
    const hidden = await getThread(id, { db: t.db, at: LATER });
    expect(hidden).toMatchObject({ hidden: { reason: 'reports' }, title: '', body: '' });
    const queue = await moderationQueue({ db: t.db });
    expect(queue.find((q) => q.threadId === id)).toMatchObject({ reports: 3, hidden: { reason: 'reports' } });

    const moderator = { id: a, label: 'moderator@taxcloud.example' };
    expect(await moderate(moderator, { threadId: id, commentId: null }, { type: 'restore' }, ctx())).toEqual({ ok: true });
    expect(await getThread(id, { db: t.db, at: LATER })).toMatchObject({ hidden: null, title: '會被檢舉的文章' });
    expect((await moderationQueue({ db: t.db })).find((q) => q.threadId === id)).toBeUndefined();
    expect((await listAuditLog({ limit: 3 }, t.db)).map((e) => e.action)).toContain('forum.restore');
  });

  it('locks a thread (no more comments), moves it, and hides a comment with a reason', async () => {
    const { id } = await newThread({ category: 'this-site', kind: 'question', title: '移動與鎖定測試', body: '內容' });
    const m = { id: await citizen(), label: 'moderator' };
    const writer = await citizen();
    const comment = await addComment(writer, id, { body: '不當留言' }, ctx());
    const commentId = comment.ok ? comment.value.id : 0;
    expect(await moderate(m, { threadId: id, commentId }, { type: 'hide', reason: '人身攻擊' }, ctx())).toEqual({ ok: true });
    expect((await getThread(id, { db: t.db, at: LATER }))!.commentList[0]).toMatchObject({ hidden: { reason: '人身攻擊' }, body: '' });
    await moderate(m, { threadId: id, commentId: null }, { type: 'move', category: 'open-data' }, ctx());
    await moderate(m, { threadId: id, commentId: null }, { type: 'lock', reason: '討論已結束' }, ctx());
    expect(await getThread(id, { db: t.db, at: LATER })).toMatchObject({ category: 'open-data', locked: true });
    expect(await addComment(writer, id, { body: '鎖定後留言' }, ctx())).toEqual({ ok: false, code: 'locked' });
  });
});

describe('search and lists', () => {
  it('finds a two-character word inside a sentence, and a four-character phrase, through the index', async () => {
    const { id } = await newThread({ category: 'carriers-prizes', kind: 'question', title: '請問手機條碼載具怎麼歸戶', body: '我想把悠遊卡歸戶。' });
    const { id: other } = await newThread({ category: 'e-invoice', kind: 'question', title: '電子發票證明聯遺失', body: '紙本不見了 help' });
    const two = await listThreads({ q: '載具' }, { db: t.db, at: LATER });
    expect(two.threads.map((x) => x.id)).toContain(id);
    expect(two.threads.map((x) => x.id)).not.toContain(other);
    const four = await listThreads({ q: '電子發票' }, { db: t.db, at: LATER });
    expect(four.threads.map((x) => x.id)).toContain(other);
    expect((await listThreads({ q: '悠遊' }, { db: t.db, at: LATER })).threads.map((x) => x.id)).toContain(id);
    expect((await listThreads({ q: 'HELP' }, { db: t.db, at: LATER })).threads.map((x) => x.id)).toContain(other);
    // Characters in another order are not the phrase.
    expect((await listThreads({ q: '具載' }, { db: t.db, at: LATER })).threads.map((x) => x.id)).not.toContain(id);
    expect(await listThreads({ q: '！？' }, { db: t.db, at: LATER })).toEqual({ threads: [], nextCursor: null });
  });

  it('pages every order with its cursor, without repeats or gaps', async () => {
    for (const sort of ['newest', 'endorsed', 'close', 'answered', 'overdue'] as const) {
      const all = await listThreads({ sort, limit: 100 }, { db: t.db, at: LATER });
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await listThreads({ sort, limit: 2, cursor }, { db: t.db, at: LATER });
        seen.push(...page.threads.map((x) => x.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen, sort).toEqual(all.threads.map((x) => x.id));
    }
  });

  it('gives numbered pages 2–5 the threads their cursors give, and the cursor after them', async () => {
    for (const sort of ['newest', 'endorsed', 'answered'] as const) {
      let cursor: string | undefined;
      for (let page = 1; page <= 5; page++) {
        const byCursor = await listThreads({ sort, limit: 2, cursor }, { db: t.db, at: LATER });
        const byNumber = await listThreads({ sort, limit: 2, page: page > 1 ? page : undefined }, { db: t.db, at: LATER });
        expect(byNumber, `${sort} page ${page}`).toEqual(byCursor);
        cursor = byCursor.nextCursor ?? undefined;
        if (!cursor) break;
      }
    }
    // A cursor wins over a page number.
    const first = await listThreads({ limit: 2 }, { db: t.db, at: LATER });
    const second = await listThreads({ limit: 2, cursor: first.nextCursor! }, { db: t.db, at: LATER });
    expect(await listThreads({ limit: 2, cursor: first.nextCursor!, page: 4 }, { db: t.db, at: LATER })).toEqual(second);
  });

  it('filters by category and status, and lists the seeded synthetic threads', async () => {
    const list = await listThreads({ category: 'open-data', limit: 100 }, { db: t.db, at: LATER });
    expect(list.threads.every((x) => x.category === 'open-data')).toBe(true);
    const all = await listThreads({ limit: 100 }, { db: t.db, at: LATER });
    expect(all.threads.some((x) => x.synthetic)).toBe(true);
    const open = await listThreads({ status: 'collecting', limit: 100 }, { db: t.db, at: LATER });
    expect(open.threads.every((x) => x.status === 'collecting')).toBe(true);
  });

  it('uses the search index (EXPLAIN)', async () => {
    await sql`set enable_seqscan = off`.execute(t.db);
    const { rows } = await sql<{ 'QUERY PLAN': string }>`explain select id from forum_threads where search @@ ${"'載具'"}::tsquery`.execute(t.db);
    await sql`set enable_seqscan = on`.execute(t.db);
    expect(rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('forum_threads_search_idx');
  });
});
