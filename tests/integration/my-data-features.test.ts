/**
 * "Download my data" holds every feature's part — tax bills with their payments, income and
 * property records, payment orders and receipts, forum posts, endorsements, follows, reports and
 * notifications, developer apps — on a real database (PGlite by default, Postgres with
 * TEST_DATABASE_URL). Two citizens each get rows in every table; each export holds exactly its
 * owner's rows, never the other's, and never an API key in any form.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/schema';
import { createApp } from '@/lib/developer-apps/store';
import { addComment, answerThread, createThread, reportPost, setEndorsement, setFollow, type ForumContext } from '@/lib/forum/store';
import { sectionCsv } from '@/lib/my-data/csv';
import { EXPORT_SECTIONS, type MyDataExport } from '@/lib/my-data/dto';
import { collectMyData } from '@/lib/my-data/export';
import { createTestDb, type TestDb } from './support/test-db';
import { createCitizen } from './support/world';

let t: TestDb;
let db: Kysely<Database>;
// Accounts made now are "new" for a day (stricter forum limits): the forum acts two days later.
const LATER = new Date(Date.now() + 2 * 86_400_000);
const forumCtx = (): ForumContext => ({ db, at: LATER, actorLabel: 'test', meta: { ip: '203.0.113.9', userAgent: 'vitest' } });

type Made = { id: string; tag: string; billId: string; orderId: string; threadId: number; appId: string; apiKey: string };
let serial = 990_000;
let receipt = 0;

/** A citizen with one row in every feature's tables, each row carrying the citizen's tag. */
async function citizenEverywhere(tag: string): Promise<Made> {
  const id = await createCitizen(db, `Export ${tag}`);
  const bill = await db
    .insertInto('tax_bills')
    .values({
      owner_id: id,
      tax_type: 'house',
      direction: 'payable',
      tax_year: 2026,
      office_code: 'TPETAX',
      principal: 4321,
      due_date: '2026-05-31',
      serial: serial++,
      subject: `房屋 ${tag}`,
      subject_en: `House ${tag}`,
      paid_at: new Date('2026-05-20T02:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('tax_bill_events')
    .values({ bill_id: bill.id, kind: 'payment', occurred_at: new Date('2026-05-20T02:00:00Z'), amount: 4321, channel: 'online', reference: `REF-${tag}` })
    .execute();
  await db.insertInto('tax_income_records').values({ owner_id: id, income_year: 2025, payer_ban: '12345678', payer_name: `Payer ${tag}`, income_code: '50', amount: 500_000, withheld: 25_000 }).execute();
  await db
    .insertInto('tax_properties')
    .values({ owner_id: id, kind: 'land', description: `土地 ${tag}`, description_en: `Land ${tag}`, measure: '100 m²', value: 1_000_000, acquired_on: '2019-03-01' })
    .execute();
  const order = await db
    .insertInto('payment_orders')
    .values({
      owner_id: id,
      bill_id: bill.id,
      amount: 4321,
      description: `Order ${tag}`,
      status: 'paid',
      idempotency_key: `key-${tag}`,
      checkout_url: `https://pay.example.test/checkout/${tag}`,
      expires_at: new Date('2026-05-20T02:30:00Z'),
      settled_at: new Date('2026-05-20T02:00:00Z'),
      bill_settled: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('payment_receipts').values({ order_id: order.id, number: `RCPT-${tag}-${receipt++}` }).execute();

  const thread = await createThread(id, { category: 'this-site', kind: 'proposal', title: `Proposal ${tag}`, body: `Body of ${tag}, long enough to post.` }, forumCtx());
  if (!thread.ok) throw new Error(`thread: ${thread.code}`);
  const app = await createApp(id, { name: `App ${tag}`, description: `Tool ${tag}`, contact: `${tag.toLowerCase()}@example.test` }, { db });
  if (!app.ok) throw new Error(`app: ${app.code}`);
  return { id, tag, billId: bill.id, orderId: order.id, threadId: thread.value.id, appId: app.app.appId, apiKey: app.apiKey };
}

let a: Made;
let b: Made;
let dataA: MyDataExport;
let dataB: MyDataExport;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  a = await citizenEverywhere('ALPHA');
  b = await citizenEverywhere('BRAVO');
  // Each takes part in the other's thread: a comment, an endorsement, a follow, a report.
  for (const [me, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const comment = await addComment(me.id, other.threadId, { body: `Comment by ${me.tag}` }, forumCtx());
    if (!comment.ok) throw new Error(`comment: ${comment.code}`);
    expect(await setEndorsement(me.id, other.threadId, true, forumCtx())).toMatchObject({ ok: true });
    await setFollow(me.id, other.threadId, true, { db });
    expect(await reportPost(me.id, other.threadId, null, `Report by ${me.tag}`, forumCtx())).toMatchObject({ ok: true });
  }
  // An official answers A's thread: A (author) and B (follower) are notified.
  const official = await db.selectFrom('users').select('id').where('kind', '=', 'staff').limit(1).executeTakeFirstOrThrow();
  expect(await answerThread({ id: official.id, label: 'official' }, a.threadId, { status: 'under_review', body: 'We are looking at it.' }, forumCtx())).toMatchObject({ ok: true });
  dataA = (await collectMyData(a.id, { db, at: LATER }))!;
  dataB = (await collectMyData(b.id, { db, at: LATER }))!;
}, 120_000);
afterAll(() => t?.close());

/** Every text a download of this export could hold: the JSON and each CSV file. */
const everything = (data: MyDataExport) => [JSON.stringify(data), ...EXPORT_SECTIONS.map((s) => sectionCsv(data, s))].join('\n');

describe('my data: every feature, by owner', () => {
  it('has the owner’s tax bills with their payments, income and property records', () => {
    expect(dataA.taxBills).toEqual([
      expect.objectContaining({ id: a.billId, taxType: 'house', subject: '房屋 ALPHA', principal: 4321, status: 'paid', amountDue: 0, office: '臺北市稅捐稽徵處' }),
    ]);
    expect(dataA.taxBills[0]!.events).toEqual([{ kind: 'payment', at: '2026-05-20T02:00:00.000Z', amount: 4321, channel: 'online', reference: 'REF-ALPHA' }]);
    expect(dataA.taxData.income).toEqual([{ incomeYear: 2025, payerBan: '12345678', payerName: 'Payer ALPHA', code: '50', amount: 500_000, withheld: 25_000 }]);
    expect(dataA.taxData.properties).toEqual([expect.objectContaining({ kind: 'land', description: '土地 ALPHA', value: 1_000_000 })]);
  });

  it('has the owner’s payment orders with their receipts, without the provider’s address', () => {
    expect(dataA.payments).toEqual([
      expect.objectContaining({ id: a.orderId, billId: a.billId, amount: 4321, status: 'paid', billSettled: true, receipt: expect.objectContaining({ number: expect.stringMatching(/^RCPT-ALPHA-/) }) }),
    ]);
    expect(everything(dataA)).not.toContain('pay.example.test');
  });

  it('has what the owner wrote, endorsed, followed, reported and was told in the forum', () => {
    const f = dataA.forum;
    expect(f.threads.map((x) => [x.id, x.title])).toEqual([[a.threadId, 'Proposal ALPHA']]);
    expect(f.comments.map((c) => [c.threadId, c.body])).toEqual([[b.threadId, 'Comment by ALPHA']]);
    expect(f.endorsements.map((e) => [e.threadId, e.threadTitle])).toEqual([[b.threadId, 'Proposal BRAVO']]);
    // The author follows their own thread from the start.
    expect(f.follows.map((e) => e.threadId).sort()).toEqual([a.threadId, b.threadId].sort());
    expect(f.reports.map((r) => [r.threadId, r.reason])).toEqual([[b.threadId, 'Report by ALPHA']]);
    expect(f.notifications.map((n) => [n.threadId, n.kind])).toEqual([[a.threadId, 'answer']]);
    // B follows A's thread, so B was told of the answer too: on B's own row.
    expect(dataB.forum.notifications.map((n) => [n.threadId, n.kind])).toEqual([[a.threadId, 'answer']]);
    expect(dataB.forum.threads.map((x) => x.id)).toEqual([b.threadId]);
  });

  it('has the owner’s developer apps and never a key, its hash, sealed copy or prefix', async () => {
    expect(dataA.developerApps).toEqual([expect.objectContaining({ appId: a.appId, name: 'App ALPHA', contact: 'alpha@example.test', revokedAt: null })]);
    const row = await db.selectFrom('developer_apps').select(['key_hash', 'key_sealed', 'key_prefix']).where('app_id', '=', a.appId).executeTakeFirstOrThrow();
    const text = everything(dataA);
    for (const secret of [a.apiKey, row.key_hash, row.key_sealed]) expect(text).not.toContain(secret);
    expect(JSON.stringify(dataA.developerApps)).not.toMatch(/key(?!CreatedAt)|hash|sealed|prefix/i);
  });

  it('never holds the other citizen’s rows, in the JSON or any CSV file', () => {
    for (const [mine, theirs] of [
      [dataA, b],
      [dataB, a],
    ] as const) {
      const text = everything(mine);
      for (const foreign of [theirs.billId, theirs.orderId, theirs.appId, `REF-${theirs.tag}`, `RCPT-${theirs.tag}`, `Payer ${theirs.tag}`, `土地 ${theirs.tag}`, `Comment by ${theirs.tag}`, `Report by ${theirs.tag}`, `App ${theirs.tag}`]) {
        expect(text, foreign).not.toContain(foreign);
      }
      // Another citizen's thread appears only as the thread one took part in, never as one's own post.
      expect(mine.forum.threads.map((x) => x.id)).not.toContain(theirs.threadId);
    }
  });

  it('writes each new part as its own CSV file', () => {
    const rows = (s: (typeof EXPORT_SECTIONS)[number]) => sectionCsv(dataA, s).trim().split('\n').length - 1;
    expect(rows('tax-bills')).toBe(1);
    expect(rows('tax-bill-events')).toBe(1);
    expect(rows('tax-data')).toBe(2);
    expect(rows('payments')).toBe(1);
    expect(rows('forum-posts')).toBe(2);
    expect(rows('forum-activity')).toBe(dataA.forum.endorsements.length + dataA.forum.follows.length + dataA.forum.reports.length + dataA.forum.notifications.length);
    expect(rows('developer-apps')).toBe(1);
  });

  it('still finds the forum rows of the whole table by owner only (a direct count agrees)', async () => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from forum_endorsements where citizen_id = ${a.id}`.execute(db);
    expect(dataA.forum.endorsements).toHaveLength(Number(rows[0]!.n));
  });
});
