/**
 * /api/v1/forum through its real route handlers, with the session faked: reading needs no
 * sign-in, writing does; bad input is a 400 that names the field; the same endorsement twice
 * counts once; refusals (duplicate, closed) and rate limits come in the one error shape with
 * readable retry times.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { createTestDb, type TestDb } from './support/test-db';
import { createCitizen } from './support/world';
import { mailAnswerNotifications } from '@/lib/forum/notify-mail';
import { answerThread } from '@/lib/forum/store';
import { recordingMailer, setMailerForTests } from '@/lib/mail/mailer';

const fake = vi.hoisted(() => ({ principal: null as null | Record<string, unknown>, db: null as unknown }));
vi.mock('@/lib/auth/access', () => ({
  checkAccess: async () => (fake.principal ? { ok: true, principal: fake.principal } : { ok: false, reason: 'unauthenticated' }),
}));
vi.mock('@/lib/auth/config', () => ({ auth: (handler: unknown) => handler }));
vi.mock('@/lib/db', () => ({ resolveDb: async (db?: unknown) => db ?? fake.db, getDb: async () => fake.db }));

const threadsRoute = await import('@/app/api/v1/forum/threads/route');
const threadRoute = await import('@/app/api/v1/forum/threads/[id]/route');
const commentsRoute = await import('@/app/api/v1/forum/threads/[id]/comments/route');
const endorsementRoute = await import('@/app/api/v1/forum/threads/[id]/endorsement/route');
const feedRoute = await import('@/app/api/v1/forum/feed/route');

let t: TestDb;
let alice: string;
let bob: string;
const ORIGIN = 'http://localhost:3000';
const as = (id: string | null) => {
  fake.principal = id ? { kind: 'citizen', id, name: 'x', email: `${id}@citizens.test`, roles: [] } : null;
};
const params = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });
const json = (method: string, path: string, body?: unknown) =>
  new Request(`${ORIGIN}${path}`, { method, headers: { 'content-type': 'application/json', origin: ORIGIN }, body: body === undefined ? undefined : JSON.stringify(body) });

beforeAll(async () => {
  t = await createTestDb();
  fake.db = t.db as Kysely<Database>;
  [alice, bob] = await Promise.all([createCitizen(t.db, 'Alice'), createCitizen(t.db, 'Bob')]);
  // Older than a day, so the ordinary limits apply.
  await t.db.updateTable('users').set({ created_at: new Date(Date.now() - 3 * 86_400_000) }).where('id', 'in', [alice, bob]).execute();
});
afterAll(() => t?.close());
beforeEach(() => as(alice));

describe('/api/v1/forum/threads', () => {
  it('lists threads without sign-in, with a cursor, and searches Chinese', async () => {
    as(null);
    const res = await threadsRoute.GET(new Request(`${ORIGIN}/api/v1/forum/threads?limit=2`));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.threads).toHaveLength(2);
    expect(typeof body.nextCursor).toBe('string');
    const next = await (await threadsRoute.GET(new Request(`${ORIGIN}/api/v1/forum/threads?limit=2&cursor=${body.nextCursor}`))).json();
    expect(next.threads[0].id).not.toBe(body.threads[0].id);
    const found = await (await threadsRoute.GET(new Request(`${ORIGIN}/api/v1/forum/threads?q=${encodeURIComponent('載具')}`))).json();
    expect(found.threads.some((x: { title: string }) => x.title.includes('載具'))).toBe(true);
  });

  it('answers 400 naming the field for an unknown sort, category or a broken cursor', async () => {
    for (const [query, field] of [['sort=loudest', 'sort'], ['category=x', 'category'], ['cursor=%%%', 'cursor'], ['limit=1000', 'limit']]) {
      const res = await threadsRoute.GET(new Request(`${ORIGIN}/api/v1/forum/threads?${query}`));
      expect(res.status, query).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('bad_request');
      expect(Object.keys(body.error.fields ?? {}), query).toContain(field);
    }
  });

  it('refuses posting signed out (401) and bad fields (400 by field)', async () => {
    as(null);
    expect((await threadsRoute.POST(json('POST', '/api/v1/forum/threads', { category: 'e-invoice', kind: 'question', title: '測試標題', body: '內容' }))).status).toBe(401);
    as(alice);
    const res = await threadsRoute.POST(json('POST', '/api/v1/forum/threads', { category: 'nope', kind: 'poll', title: 'x', body: '' }));
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(Object.keys(error.fields).sort()).toEqual(['body', 'category', 'kind', 'title']);
    expect(error.fields.title[0]).toBe('The title needs at least 4 characters.');
  });

  it('creates a thread (201), refuses the same text again within an hour (409), and shows it to anyone', async () => {
    const input = { category: 'carriers-prizes', kind: 'proposal', title: 'API 建立的提案', body: '請看 <script>alert(1)</script> **粗體**' };
    const res = await threadsRoute.POST(json('POST', '/api/v1/forum/threads', input));
    expect(res.status).toBe(201);
    const { thread } = await res.json();
    expect(thread).toMatchObject({ kind: 'proposal', status: 'collecting', endorsements: { count: 0, threshold: 5000 } });
    expect(thread.bodyHtml).not.toContain('<script>');
    const again = await threadsRoute.POST(json('POST', '/api/v1/forum/threads', input));
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toBe('You sent the same text within the last hour.');
    as(null);
    const read = await threadRoute.GET(new Request(`${ORIGIN}/api/v1/forum/threads/${thread.id}`), params(thread.id));
    expect(read.status).toBe(200);
    expect((await read.json()).thread.title).toBe('API 建立的提案');
    expect((await threadRoute.GET(new Request(`${ORIGIN}/api/v1/forum/threads/99999999`), params(99999999))).status).toBe(404);
    expect((await threadRoute.GET(new Request(`${ORIGIN}/api/v1/forum/threads/abc`), params('abc'))).status).toBe(404);
  });

  // On TEST_DATABASE_URL (PostgreSQL, a pool of connections) the 20 requests really run at once.
  it('endorses with PUT once however often (20 at once count 1), withdraws with DELETE, and refuses questions (409)', async () => {
    const created = await (await threadsRoute.POST(json('POST', '/api/v1/forum/threads', { category: 'open-data', kind: 'proposal', title: '附議 API 測試', body: '內容' }))).json();
    const id = created.thread.id;
    as(bob);
    const puts = await Promise.all(Array.from({ length: 20 }, () => endorsementRoute.PUT(json('PUT', `/api/v1/forum/threads/${id}/endorsement`), params(id))));
    const bodies = await Promise.all(puts.map((r) => r.json()));
    expect(puts.every((r) => r.status === 200)).toBe(true);
    expect(bodies.filter((b) => b.endorsement.changed)).toHaveLength(1);
    expect(bodies.at(-1).endorsement.count).toBe(1);
    expect(Number((await t.db.selectFrom('forum_endorsements').select((eb) => eb.fn.countAll().as('n')).where('thread_id', '=', id).executeTakeFirstOrThrow()).n)).toBe(1);
    expect(Number((await t.db.selectFrom('forum_threads').select('endorsement_count').where('id', '=', id).executeTakeFirstOrThrow()).endorsement_count)).toBe(1);
    const del = await endorsementRoute.DELETE(json('DELETE', `/api/v1/forum/threads/${id}/endorsement`), params(id));
    expect((await del.json()).endorsement).toMatchObject({ endorsed: false, count: 0 });

    as(alice);
    const q = await (await threadsRoute.POST(json('POST', '/api/v1/forum/threads', { category: 'open-data', kind: 'question', title: '問題 API 測試', body: '內容' }))).json();
    as(bob);
    const refused = await endorsementRoute.PUT(json('PUT', `/api/v1/forum/threads/${q.thread.id}/endorsement`), params(q.thread.id));
    expect(refused.status).toBe(409);
  });

  it('comments and replies; rate-limits with 429 and a readable retry time', async () => {
    const created = await (await threadsRoute.POST(json('POST', '/api/v1/forum/threads', { category: 'this-site', kind: 'question', title: '留言 API 測試', body: '內容' }))).json();
    const id = created.thread.id;
    as(bob);
    const first = await commentsRoute.POST(json('POST', `/api/v1/forum/threads/${id}/comments`, { body: '第 0 則' }), params(id));
    expect(first.status).toBe(201);
    const { comment } = await first.json();
    const reply = await commentsRoute.POST(json('POST', `/api/v1/forum/threads/${id}/comments`, { body: '回覆', parentId: comment.id }), params(id));
    expect(reply.status).toBe(201);
    let limited: Response | null = null;
    for (let i = 1; i <= 35 && !limited; i++) {
      const res = await commentsRoute.POST(json('POST', `/api/v1/forum/threads/${id}/comments`, { body: `第 ${i} 則留言` }), params(id));
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(201);
    }
    expect(limited).not.toBeNull();
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited!.json()).error.message).toMatch(/Try again in \d+ minutes?/);
  });

  it('serves an RSS feed per category, escaped, and 404 for an unknown category', async () => {
    as(null);
    const res = await feedRoute.GET(new Request(`${ORIGIN}/api/v1/forum/feed?category=carriers-prizes`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const text = await res.text();
    expect(text).toContain('<title>意見交流：載具與兌獎</title>');
    expect(text).toContain('手機條碼載具歸戶後');
    expect(text).not.toContain('網站有深色模式嗎');
    expect((await feedRoute.GET(new Request(`${ORIGIN}/api/v1/forum/feed?category=nope`))).status).toBe(404);
  });

  it('mails the answer to the proposer and followers with a confirmed address', async () => {
    const created = await (await threadsRoute.POST(json('POST', '/api/v1/forum/threads', { category: 'e-invoice', kind: 'question', title: '通知信測試文章', body: '內容' }))).json();
    const id = created.thread.id;
    await t.db.updateTable('users').set({ email_verified_at: new Date() }).where('id', '=', alice).execute();
    const mailer = recordingMailer();
    setMailerForTests(mailer);
    try {
      const answered = await answerThread({ id: bob, label: '財政部' }, id, { status: 'answered', body: '回應內容' }, { db: t.db });
      expect(answered.ok && answered.notified).toEqual([alice]);
      expect(await mailAnswerNotifications(id, answered.ok ? answered.notified : [], 'zh-Hant-TW')).toBe(1);
      expect(mailer.sent[0]).toMatchObject({ to: expect.stringContaining('@citizens.test'), subject: '機關已回應：通知信測試文章' });
      expect(mailer.sent[0]!.text).toContain(`/forum/${id}`);
    } finally {
      setMailerForTests(undefined);
    }
  });
});
