/**
 * My spending and My data on a real database (PGlite by default, Postgres with
 * TEST_DATABASE_URL): sums only over the owner's own carriers, exports that hold nothing of
 * another citizen, the access log by owner, and account deletion with its grace period on the
 * injectable clock (the purge takes the moment; lib/clock.ts now() in the app).
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import type { Database } from '@/lib/db/schema';
import { listAccessLog } from '@/lib/my-data/access-log';
import { sectionCsv } from '@/lib/my-data/csv';
import { cancelDeletion, deletionStatus, requestDeletion } from '@/lib/my-data/deletion';
import { collectMyData } from '@/lib/my-data/export';
import { DELETED_ACCOUNT_LABEL, purgeDueAccounts } from '@/lib/my-data/purge';
import { getSpending, spendingRangeOf, spendingSums } from '@/lib/spending/store';
import { createTestDb, type TestDb } from './support/test-db';

let t: TestDb;
let db: Kysely<Database>;
let demo1: string;
let demo2: string;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  const ids = await db.selectFrom('users').select(['id', 'mobile_barcode']).where('mobile_barcode', 'in', ['/TAXC001', '/TAXC002']).execute();
  demo1 = ids.find((r) => r.mobile_barcode === '/TAXC001')!.id;
  demo2 = ids.find((r) => r.mobile_barcode === '/TAXC002')!.id;
});
afterAll(() => t?.close());

const CODE = 'Delete-me-99!';
let nextBuyer = 950_000;
let nextInvoice = 9_500_000_000;

/** A citizen of our own (not a demo one), with a carrier, one invoice, a bank account and audit entries. */
async function citizenWithData(barcode: string): Promise<{ id: string; carrierId: number }> {
  const user = await db
    .insertInto('users')
    .values({
      email: `${barcode.slice(1).toLowerCase()}@citizens.test`,
      display_name: barcode,
      kind: 'citizen',
      password_hash: await hashPassword(CODE),
      mobile_barcode: barcode,
      email_verified_at: new Date('2026-01-01T00:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const buyer = nextBuyer++;
  await sql`insert into stat_buyers (id, carrier_type, age_band, gender) values (${buyer}, 1, 1, 1)`.execute(db);
  const carrier = await db
    .insertInto('carriers')
    .values({ buyer_id: buyer, type_code: '3J0002', number: barcode, owner_id: user.id, linked_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const seller = await db.selectFrom('stat_sellers').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
  await sql`insert into stat_invoices
    (id, issued_at, seller_id, county_code, township_code, industry_code, carrier_type, buyer_id, age_band, gender, amount, item_codes, item_prices, track, number, random_code)
    values (${nextInvoice++}, '2026-10-05 12:00:00'::timestamp, ${seller.id}, 63000, 63000010, 1, 1, ${buyer}, 1, 1, 80, '{1}'::smallint[], '{80}'::integer[], 3, ${nextInvoice % 1e8}, 1234)`.execute(db);
  await db.insertInto('bank_accounts').values({ owner_id: user.id, bank_code: '700', account_number: '000123456789' }).execute();
  await recordAudit({ actor: { id: user.id, label: barcode }, action: 'auth.sign_in', meta: { ip: '203.0.113.7', userAgent: 'Test browser' } }, db);
  return { id: user.id, carrierId: Number(carrier.id) };
}

/** Directly from the tables: the owner's invoices in a range, for checking the store's sums. */
async function directTotals(ownerId: string, start: string, end: string) {
  const { rows } = await sql<{ n: number; amount: number }>`
    select count(*)::int as n, coalesce(sum(i.amount), 0)::int8 as amount
    from stat_invoices i where i.buyer_id in (select buyer_id from carriers where owner_id = ${ownerId})
      and i.issued_at >= ${start}::timestamp and i.issued_at < ${end}::timestamp`.execute(db);
  return { invoices: Number(rows[0]!.n), amount: Number(rows[0]!.amount) };
}

describe('spending', { timeout: 60_000 }, () => {
  it('sums exactly the owner’s invoices, by month, category and merchant alike', async () => {
    const range = (await spendingRangeOf(demo1, { db }))!;
    expect(range).not.toBeNull();
    const dto = await getSpending(demo1, range, { db });
    const [y, m] = range.to.split('-').map(Number) as [number, number];
    const end = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    const direct = await directTotals(demo1, `${range.from}-01`, end);
    expect(dto.total.invoices).toBe(direct.invoices);
    expect(dto.total.amount).toBe(direct.amount);
    expect(direct.invoices).toBeGreaterThan(50);
    const sum = (lines: { invoices: number; amount: number }[]) => lines.reduce((a, l) => ({ invoices: a.invoices + l.invoices, amount: a.amount + l.amount }), { invoices: 0, amount: 0 });
    expect(sum(dto.byCategory)).toEqual(direct);
    expect(sum([...dto.byMerchant, ...(dto.otherMerchants ? [dto.otherMerchants] : [])])).toEqual(direct);
  });

  it('never mixes two citizens: each one’s sums are their own', async () => {
    const range = { from: '2020-01', to: '2030-12' };
    const [a, b] = await Promise.all([spendingSums(demo1, range, { db }), spendingSums(demo2, range, { db })]);
    const total = (s: typeof a) => s.byMonth.reduce((n, x) => n + x.amount, 0);
    expect(total(a)).toBe((await directTotals(demo1, '2020-01-01', '2031-01-01')).amount);
    expect(total(b)).toBe((await directTotals(demo2, '2020-01-01', '2031-01-01')).amount);
    expect(total(a)).not.toBe(total(b));
  });

  it('compares with the county where most invoices were issued, or the one chosen', async () => {
    const range = (await spendingRangeOf(demo1, { db }))!;
    const auto = await getSpending(demo1, range, { db });
    // Every demo shop is in Taipei.
    expect(auto.comparison).toMatchObject({ county: { code: '63000', how: 'most-invoices' } });
    expect(auto.comparison!.mean).toBeGreaterThan(0);
    const chosen = await getSpending(demo1, { ...range, county: '64000' }, { db });
    expect(chosen.comparison).toMatchObject({ county: { code: '64000', how: 'chosen' } });
  });

  it('is empty for a citizen without carriers', async () => {
    const { id } = await db
      .insertInto('users')
      .values({ email: 'nobody-spends@citizens.test', display_name: 'x', kind: 'citizen' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const dto = await getSpending(id, { from: '2026-01', to: '2026-03' }, { db });
    expect(dto.total).toEqual({ invoices: 0, amount: 0, mean: null });
    expect(dto.byMonth).toHaveLength(3);
    expect(dto.comparison).toBeNull();
  });
});

describe('my data export', { timeout: 60_000 }, () => {
  it('holds the owner’s invoices with items and nothing of another citizen', async () => {
    const [mine, theirs] = await Promise.all([collectMyData(demo1, { db }), collectMyData(demo2, { db })]);
    expect(mine!.account.mobileBarcode).toBe('/TAXC001');
    expect(JSON.stringify(mine)).not.toMatch(/password|hash|\$scrypt/i);
    expect(mine!.invoices.length).toBeGreaterThan(50);
    expect(mine!.invoices.every((i) => i.items.length > 0)).toBe(true);
    const theirs2 = new Set(theirs!.invoices.map((i) => `${i.number}@${i.issuedAt}`));
    expect(mine!.invoices.filter((i) => theirs2.has(`${i.number}@${i.issuedAt}`))).toEqual([]);
    expect(JSON.stringify(mine)).not.toContain('/TAXC002');
    expect(mine!.carriers.every((c) => c.typeCode !== '3J0002' || c.number === '/TAXC001')).toBe(true);
    expect(mine!.spending!.total.invoices).toBe(mine!.invoices.length);
  });

  it('masks the bank account and lists the access log by owner', async () => {
    const a = await citizenWithData('/H5TST01');
    const b = await citizenWithData('/H5TST02');
    const data = (await collectMyData(a.id, { db }))!;
    expect(data.bankAccount).toMatchObject({ bankCode: '700', accountNumberMasked: '••••••••6789' });
    expect(JSON.stringify(data)).not.toContain('000123456789');
    expect(sectionCsv(data, 'bank-account')).not.toContain('000123456789');
    expect(data.accessLog.map((e) => [e.action, e.actor, e.ip])).toEqual([['auth.sign_in', 'you', '203.0.113.7']]);
    const other = await listAccessLog(b.id, { db });
    expect(other).toHaveLength(1);
    expect(other[0]!.id).not.toBe(data.accessLog[0]!.id);
  });

  it('shows staff actions on the account, without the staff member’s address', async () => {
    const a = await citizenWithData('/H5TST03');
    const staff = await db.selectFrom('users').select('id').where('kind', '=', 'staff').limit(1).executeTakeFirstOrThrow();
    await recordAudit({ actor: { id: staff.id, label: 'admin@taxcloud.example' }, action: 'account.disable', target: { type: 'user', id: a.id }, meta: { ip: '198.51.100.1', userAgent: 'x' } }, db);
    const log = await listAccessLog(a.id, { db });
    expect(log[0]).toMatchObject({ action: 'account.disable', actor: 'staff', ip: null, target: null });
  });
});

describe('account deletion', { timeout: 60_000 }, () => {
  it('asks for the code again, ends every session, keeps the first date, and can be cancelled', async () => {
    const a = await citizenWithData('/H5TST04');
    const version = async () => (await db.selectFrom('users').select('session_version').where('id', '=', a.id).executeTakeFirstOrThrow()).session_version;
    const before = await version();
    expect(await requestDeletion(a.id, 'Wrong-code-1!', { db })).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await deletionStatus(a.id, { db })).toBeNull();
    expect(await version()).toBe(before);

    const at = new Date('2026-11-30T02:00:00Z');
    const asked = await requestDeletion(a.id, CODE, { db, at });
    expect(asked).toEqual({ ok: true, purgeAfter: new Date('2026-12-07T02:00:00Z') });
    expect(await version()).toBe(before + 1);
    const again = await requestDeletion(a.id, CODE, { db, at: new Date('2026-12-01T00:00:00Z') });
    expect(again).toEqual({ ok: true, purgeAfter: new Date('2026-12-07T02:00:00Z') });

    expect(await cancelDeletion(a.id, { db })).toBe(true);
    expect(await cancelDeletion(a.id, { db })).toBe(false);
    expect(await deletionStatus(a.id, { db })).toBeNull();
    expect(await purgeDueAccounts(db, new Date('2027-01-01T00:00:00Z'))).not.toContain(a.id);
    const actions = (await listAccessLog(a.id, { db })).map((e) => e.action);
    expect(actions).toEqual(['citizen.deletion_cancel', 'citizen.deletion_request', 'citizen.deletion_request', 'citizen.deletion_refused', 'auth.sign_in']);
  });

  it('purges only after the grace period, removing personal data and leaving others alone', async () => {
    const a = await citizenWithData('/H5TST05');
    const b = await citizenWithData('/H5TST06');
    const at = new Date('2026-11-30T02:00:00Z');
    await requestDeletion(a.id, CODE, { db, at, meta: { ip: '203.0.113.8', userAgent: 'Test browser' } });

    expect(await purgeDueAccounts(db, new Date('2026-12-07T01:59:59Z'))).toEqual([]);
    expect(await purgeDueAccounts(db, new Date('2026-12-07T02:00:00Z'))).toEqual([a.id]);

    expect(await db.selectFrom('users').select('id').where('id', '=', a.id).executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom('bank_accounts').select('owner_id').where('owner_id', '=', a.id).executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom('carriers').select(['owner_id', 'linked_at']).where('id', '=', a.carrierId).executeTakeFirstOrThrow()).toEqual({ owner_id: null, linked_at: null });
    const audit = await db
      .selectFrom('audit_log')
      .select(['actor_id', 'actor_label', 'ip', 'user_agent', 'action'])
      .where((eb) => eb.or([eb('actor_label', '=', '/H5TST05'), eb('ip', '=', '203.0.113.8'), eb('target_id', '=', a.id)]))
      .execute();
    expect(audit).toEqual([{ actor_id: null, actor_label: 'system', ip: null, user_agent: null, action: 'citizen.account_purged' }]);
    expect(await db.selectFrom('audit_log').select('id').where('actor_label', '=', DELETED_ACCOUNT_LABEL).execute()).toHaveLength(2);
    // The other citizen keeps everything.
    expect(await collectMyData(b.id, { db })).toMatchObject({ account: { mobileBarcode: '/H5TST06' }, bankAccount: { bankCode: '700' } });
    expect(await collectMyData(a.id, { db })).toBeNull();
  });

  it('two purges at once remove an account once', async () => {
    const a = await citizenWithData('/H5TST07');
    await requestDeletion(a.id, CODE, { db, at: new Date('2026-11-01T00:00:00Z') });
    const runs = await Promise.all([purgeDueAccounts(db, new Date('2026-12-01T00:00:00Z')), purgeDueAccounts(db, new Date('2026-12-01T00:00:00Z'))]);
    expect(runs.flat()).toEqual([a.id]);
    const purged = await db.selectFrom('audit_log').select('id').where('action', '=', 'citizen.account_purged').where('target_id', '=', a.id).execute();
    expect(purged).toHaveLength(1);
  });
});
