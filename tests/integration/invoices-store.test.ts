/**
 * My invoices on a real database (PGlite by default, Postgres with TEST_DATABASE_URL): the demo
 * world seeder's carriers, links and invoices, and the store's ownership, filters, paging and
 * prize flags. Another citizen's invoice is never found.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { now } from '@/lib/clock';
import type { Database } from '@/lib/db/schema';
import { DEMO_CARRIERS } from '@/lib/einvoice-world/demo-plan';
import { getInvoice, listInvoices, listInvoicesOldestFirst } from '@/lib/invoices/store';
import { listPeriods } from '@/lib/lottery/catalog';
import { lotteryNow } from '@/lib/lottery/now';
import { pageKey as pageKeyOf, periodOfDate } from '@/lib/lottery/period';
import { todayInTaipei } from '@/lib/i18n/format';
import { CARRIER_NUMBER_PATTERNS, type CarrierTypeCode } from '@/lib/stats/synthetic/carrier-numbers';
import { createDemoCitizens, type TestCitizens } from './support/citizens';
import { createTestDb, type TestDb } from './support/test-db';

let t: TestDb;
let db: Kysely<Database>;
let citizens: TestCitizens;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  citizens = await createDemoCitizens(db);
});
afterAll(() => t?.close());

const current = () => periodOfDate(todayInTaipei(now()));

async function allPages(ownerId: string, query: Parameters<typeof listInvoices>[1]) {
  const out = [];
  let cursor: string | null = null;
  do {
    const { decodeCursor } = await import('@/lib/invoices/schemas');
    const page = await listInvoices(ownerId, { ...query, ...(cursor ? { cursor: decodeCursor(cursor)! } : {}) }, { db });
    out.push(...page.invoices);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

describe('demo world', { timeout: 60_000 }, () => {
  it('gives each demo citizen their mobile barcode and the planned cards, one card left to link', async () => {
    const rows = await db.selectFrom('carriers').select(['type_code', 'number', 'owner_id', 'linked_at']).where('buyer_id', '>=', 2_000_000_000).execute();
    expect(rows).toHaveLength(DEMO_CARRIERS.length);
    for (const planned of DEMO_CARRIERS) {
      const row = rows.find((r) => r.type_code === planned.typeCode && r.number === planned.number)!;
      expect(row.number).toMatch(CARRIER_NUMBER_PATTERNS[planned.typeCode as CarrierTypeCode]);
      expect(row.owner_id).toBe(planned.linked ? citizens.ids[planned.citizen] : null);
      expect(row.linked_at !== null).toBe(planned.linked);
    }
  });

  it('has invoices up to now, numbers unique within each period, and running the seed again adds nothing', async () => {
    const count = async () => Number((await sql<{ n: number }>`select count(*) as n from stat_invoices where id >= 1000000000000`.execute(db)).rows[0]!.n);
    const before = await count();
    expect(before).toBeGreaterThan(300);
    await createDemoCitizens(db);
    expect(await count()).toBe(before);
    const dup = await sql<{ n: number }>`
      select count(*) as n from (select date_part('year', issued_at), (date_part('month', issued_at)::int + 1) / 2, track, number
        from stat_invoices group by 1, 2, 3, 4 having count(*) > 1) d`.execute(db);
    expect(Number(dup.rows[0]!.n)).toBe(0);
    const latest = await sql<{ at: string }>`select to_char(max(issued_at), 'YYYY-MM-DD HH24:MI:SS') as at from stat_invoices`.execute(db);
    expect(latest.rows[0]!.at <= new Date(now().getTime() + 8 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19)).toBe(true);
  });
});

describe('listInvoices', { timeout: 60_000 }, () => {
  it('lists only the owner’s invoices of the period, newest first, page by page', async () => {
    const owner = citizens.ids[0]!;
    const all = await allPages(owner, { period: current(), limit: 7 });
    const own = await db.selectFrom('carriers').select('id').where('owner_id', '=', owner).execute();
    expect(all.length).toBeGreaterThan(0);
    for (const inv of all) expect(own.map((c) => c.id)).toContain(inv.carrier.id);
    const sorted = [...all].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
    expect(all.map((i) => i.issuedAt)).toEqual(sorted.map((i) => i.issuedAt));
    expect(new Set(all.map((i) => i.number)).size).toBe(all.length);
    const direct = await sql<{ n: number }>`
      select count(*) as n from carriers c join stat_invoices i on i.buyer_id = c.buyer_id
      where c.owner_id = ${owner} and i.issued_at >= ${`${current().rocYear + 1911}-${String(current().startMonth).padStart(2, '0')}-01`}::timestamp
        and i.issued_at < ${`${current().rocYear + 1911}-${String(current().startMonth).padStart(2, '0')}-01`}::timestamp + interval '2 months'`.execute(db);
    expect(all.length).toBe(Number(direct.rows[0]!.n));
  });

  it('filters by carrier, amount, seller and item, and finds nothing for a citizen without carriers', async () => {
    const owner = citizens.ids[0]!;
    const period = current();
    const all = await allPages(owner, { period, limit: 100 });
    const carrierId = all[0]!.carrier.id;
    expect((await allPages(owner, { period, carrierId, limit: 100 })).every((i) => i.carrier.id === carrierId)).toBe(true);
    const mid = all.map((i) => i.amount).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
    const cheap = await allPages(owner, { period, maxAmount: mid, limit: 100 });
    expect(cheap.every((i) => i.amount <= mid)).toBe(true);
    expect(cheap.length + (await allPages(owner, { period, minAmount: mid + 1, limit: 100 })).length).toBe(all.length);
    const seller = all[0]!.seller;
    expect((await allPages(owner, { period, seller: seller.ban, limit: 100 })).every((i) => i.seller.ban === seller.ban)).toBe(true);
    expect((await allPages(owner, { period, q: seller.name.slice(-4), limit: 100 })).length).toBeGreaterThan(0);
    expect((await allPages(owner, { period, q: '100%_\\', limit: 100 })).length).toBe(0);
    // Another citizen's carrier id gives nothing, not their invoices.
    const foreign = await db.selectFrom('carriers').select('id').where('owner_id', '=', citizens.ids[1]!).executeTakeFirstOrThrow();
    expect((await listInvoices(owner, { period, carrierId: foreign.id }, { db })).invoices).toEqual([]);
    expect((await listInvoices(citizens.stranger, { period }, { db })).invoices).toEqual([]);
  });

  it('flags the deliberate winners of the latest drawn period: a regular prize each, and citizen 1’s cloud prize', async () => {
    const latest = lotteryNow(await listPeriods(db), now()).latest!;
    const prizes = [];
    for (const [i, owner] of citizens.ids.entries()) {
      const won = (await allPages(owner, { period: latest.period, limit: 100 })).filter((x) => x.prize);
      prizes.push(won.map((w) => w.prize!.key));
      for (const w of won) {
        expect(w.draw).toMatchObject({ state: 'drawn' });
        expect(w.payout).toBe('no_account');
      }
      expect(won.some((w) => w.prize!.kind === 'regular')).toBe(true);
      if (i === 0) expect(won.some((w) => w.prize!.key === 'cloud2000')).toBe(true);
    }
    expect(prizes.flat().length).toBeGreaterThanOrEqual(4);
  });
});

describe('prizes, payouts and donations together', { timeout: 60_000 }, () => {
  it('pays a prize automatically once a prize account was set before the draw, and never shows a donated invoice as a win', async () => {
    const owner = citizens.ids[1]!;
    const latest = lotteryNow(await listPeriods(db), now()).latest!;
    const won = (await allPages(owner, { period: latest.period, limit: 100 })).filter((x) => x.prize);
    expect(won.length).toBeGreaterThanOrEqual(1);
    // An account set long before the draw, on the carriers linked when the account was opened.
    await db.insertInto('bank_accounts').values({ owner_id: owner, bank_code: '700', account_number: '00012345678901', created_at: '2026-01-02T00:00:00Z' }).execute();
    const paid = (await allPages(owner, { period: latest.period, limit: 100 })).filter((x) => x.prize);
    // 115年07-08月 was drawn on 09-25; by 11-30 its claim window (from 10-06) is open: paid.
    for (const w of paid) expect(w.payout).toBe('paid');
    // Donated (a row as the donation store writes it): masked, and no longer a win for the donor.
    const [first] = won;
    await db.insertInto('love_code_organisations').values({ code: '919', name: '測試協會', name_en: 'Test association' }).onConflict((oc) => oc.doNothing()).execute();
    await db
      .insertInto('donations')
      .values({ owner_id: owner, period_key: pageKeyOf(latest.period), invoice_number: first!.number, love_code: '919', amount: first!.amount, idempotency_key: 'test-donation' })
      .execute();
    const after = await allPages(owner, { period: latest.period, limit: 100 });
    const masked = after.find((x) => x.number === `${first!.number.slice(0, 7)}***`)!;
    expect(masked).toMatchObject({ donated: true, prize: null, payout: 'not_applicable' });
    expect(after.some((x) => x.number === first!.number)).toBe(false);
  });

  it('flags every invoice alike whichever way it is read: the list (flags joined in its statement), oldest first, and the detail (looked up)', async () => {
    const latest = lotteryNow(await listPeriods(db), now()).latest!;
    for (const owner of citizens.ids) {
      const newest = await allPages(owner, { period: latest.period, limit: 100 });
      const { total, invoices: oldest } = await listInvoicesOldestFirst(owner, { period: latest.period, offset: 0, limit: 1000 }, { db });
      expect(total).toBe(newest.length);
      expect(oldest).toEqual([...newest].reverse());
      // Each winner as its detail tells it.
      for (const inv of newest.filter((x) => x.prize)) {
        const detail = (await getInvoice(owner, inv.number, { db }))!;
        expect({ prize: detail.prize, payout: detail.payout, donated: detail.donated }).toEqual({ prize: inv.prize, payout: inv.payout, donated: false });
      }
      expect(newest.some((x) => x.prize?.kind === 'cloud') || owner !== citizens.ids[0]).toBe(true);
    }
  });
});

describe('getInvoice', { timeout: 60_000 }, () => {
  it('gives the owner the detail with line items adding up to the amount', async () => {
    const owner = citizens.ids[2]!;
    const [first] = (await listInvoices(owner, { period: current(), limit: 1 }, { db })).invoices;
    const detail = (await getInvoice(owner, first!.number, { db }))!;
    expect(detail).toMatchObject({ number: first!.number, amount: first!.amount, synthetic: true });
    expect(detail.randomCode).toMatch(/^\d{4}$/);
    expect(detail.items.reduce((s, i) => s + i.amount, 0)).toBe(detail.amount);
    expect(detail.items.every((i) => i.name.length > 0)).toBe(true);
    expect(detail.seller.county).toBe('臺北市');
  });

  it('finds no other citizen’s invoice, for every foreign number (a generated table)', async () => {
    const foreign = await sql<{ track: number; number: number; owner: string | null }>`
      select i.track, i.number, c.owner_id as owner from stat_invoices i join carriers c on c.buyer_id = i.buyer_id
      where c.owner_id is distinct from ${citizens.ids[0]!} order by i.id desc limit 40`.execute(db);
    expect(foreign.rows.length).toBe(40);
    const { invoiceNumberText } = await import('@/lib/stats/synthetic/invoice-numbers');
    for (const r of foreign.rows) {
      const number = invoiceNumberText(r.track, r.number);
      expect(await getInvoice(citizens.ids[0]!, number, { db }), number).toBeNull();
      if (r.owner) expect(await getInvoice(r.owner, number, { db })).not.toBeNull();
    }
    expect(await getInvoice(citizens.stranger, 'AB12345678', { db })).toBeNull();
    expect(await getInvoice(citizens.ids[0]!, 'not-a-number', { db })).toBeNull();
  });
});
