/**
 * Donations by love code: the same request (Idempotency-Key) twice gives one donation, even when
 * 10 race (on Postgres with TEST_DATABASE_URL; on PGlite the single-connection path); another
 * citizen's invoice is "not found"; a donation after the draw is refused; the donor sees the
 * number masked; officials see totals per organisation.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '@/lib/audit';
import { LOVE_CODE_DIRECTORY } from '@/lib/donations/directory';
import { donatedAmong, donatedInvoiceKeys, donateInvoice, donationsByOrganisation, listDonations, searchOrganisations } from '@/lib/donations/store';
import { createTestDb, type TestDb } from './support/test-db';
import { createCarrier, createCitizen, createInvoice, ensureWorldShape } from './support/world';

let t: TestDb;
let alice: string;
let bob: string;
const [ORG, OTHER_ORG] = LOVE_CODE_DIRECTORY;
// 115年9–10月 is drawn on 2026-11-25: donations close at the end of the 24th, Taiwan time.
const BEFORE_DRAW = new Date('2026-11-20T10:00:00+08:00');
const DRAW_DAY = new Date('2026-11-25T00:00:00+08:00');

beforeAll(async () => {
  t = await createTestDb();
  await ensureWorldShape(t.db);
  [alice, bob] = await Promise.all([createCitizen(t.db, 'Alice'), createCitizen(t.db, 'Bob')]);
  const aliceBarcode = await createCarrier(t.db, '3J0002', '/TAXA002', alice);
  const aliceCard = await createCarrier(t.db, '1K0001', '1111222233334444', alice);
  const bobBarcode = await createCarrier(t.db, '3J0002', '/TAXB002', bob);
  for (let i = 1; i <= 6; i++) await createInvoice(t.db, aliceBarcode.buyerId, `QA1000000${i}`, '2026-10-0' + i, 100 * i);
  await createInvoice(t.db, aliceCard.buyerId, 'QA20000001', '2026-09-15', 250);
  await createInvoice(t.db, bobBarcode.buyerId, 'QB10000001', '2026-10-01', 80);
});
afterAll(() => t?.close());

const ctx = (at = BEFORE_DRAW) => ({ db: t.db, at, actorLabel: 'test', meta: { ip: '203.0.113.8', userAgent: 'vitest' } });
const rows = (invoice: string) => t.db.selectFrom('donations').selectAll().where('invoice_number', '=', invoice).execute();

describe('donateInvoice', () => {
  it('donates the owner’s invoice and shows it masked; the same key again is the same donation', async () => {
    const key = randomUUID();
    const first = await donateInvoice(alice, 'QA10000001', ORG!.code, key, ctx());
    expect(first).toEqual({
      ok: true,
      replayed: false,
      donation: expect.objectContaining({ periodKey: '11509', invoiceNumber: 'QA10000***', loveCode: ORG!.code, organisation: ORG!.name, amount: 100 }),
    });
    const again = await donateInvoice(alice, 'QA10000001', ORG!.code, key, ctx());
    expect(again).toEqual({ ...first, replayed: true });
    expect(await rows('QA10000001')).toHaveLength(1);
    expect((await listAuditLog({ limit: 1 }, t.db))[0]).toMatchObject({ action: 'donation.create', target: 'invoice:11509/QA10000001', details: { loveCode: ORG!.code } });
  });

  it('10 concurrent requests with one key give one donation, all answered with it', async () => {
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => donateInvoice(alice, 'QA10000002', ORG!.code, key, ctx())));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => (r.ok ? r.donation.id : 0))).size).toBe(1);
    expect(await rows('QA10000002')).toHaveLength(1);
  });

  it('10 concurrent requests with different keys for one invoice: one donation, the rest "already donated"', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => donateInvoice(alice, 'QA10000003', ORG!.code, randomUUID(), ctx())));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.code))).toEqual(Array(9).fill('already_donated'));
    expect(await rows('QA10000003')).toHaveLength(1);
  });

  it('refuses a key used for another donation', async () => {
    const key = randomUUID();
    expect(await donateInvoice(alice, 'QA10000004', ORG!.code, key, ctx())).toMatchObject({ ok: true });
    expect(await donateInvoice(alice, 'QA10000005', ORG!.code, key, ctx())).toEqual({ ok: false, code: 'key_reused' });
    expect(await donateInvoice(alice, 'QA10000004', OTHER_ORG!.code, key, ctx())).toEqual({ ok: false, code: 'key_reused' });
  });

  it('answers "not found" for another citizen’s invoice and for one that does not exist', async () => {
    expect(await donateInvoice(bob, 'QA10000005', ORG!.code, randomUUID(), ctx())).toEqual({ ok: false, code: 'not_found' });
    expect(await donateInvoice(alice, 'QB10000001', ORG!.code, randomUUID(), ctx())).toEqual({ ok: false, code: 'not_found' });
    expect(await donateInvoice(alice, 'ZZ99999999', ORG!.code, randomUUID(), ctx())).toEqual({ ok: false, code: 'not_found' });
    expect(await rows('QA10000005')).toHaveLength(0);
  });

  it('refuses from draw day on, Taiwan time, and takes invoices of linked cards before it', async () => {
    expect(await donateInvoice(alice, 'QA10000005', ORG!.code, randomUUID(), ctx(DRAW_DAY))).toEqual({ ok: false, code: 'after_draw' });
    expect(await rows('QA10000005')).toHaveLength(0);
    expect(await donateInvoice(alice, 'QA20000001', ORG!.code, randomUUID(), ctx(new Date('2026-11-24T23:59:00+08:00')))).toMatchObject({ ok: true });
  });

  it('refuses a love code that is not in the directory', async () => {
    const unknown = ['000', '9999999'].find((c) => !LOVE_CODE_DIRECTORY.some((e) => e.code === c))!;
    expect(await donateInvoice(alice, 'QA10000006', unknown, randomUUID(), ctx())).toEqual({ ok: false, code: 'unknown_love_code' });
  });
});

describe('reading donations', () => {
  it('lists only the owner’s donations, newest first, masked', async () => {
    const mine = await listDonations(alice, ctx());
    expect(mine.map((d) => d.invoiceNumber)).toEqual(['QA20000***', 'QA10000***', 'QA10000***', 'QA10000***', 'QA10000***']);
    expect(await listDonations(bob, ctx())).toEqual([]);
    expect(await donatedAmong(alice, ['QA10000001', 'QA10000005', 'QA20000001'], ctx())).toEqual(new Set(['QA10000001', 'QA20000001']));
    expect(await donatedAmong(alice, ['QA10000001'], { ...ctx(), periodKey: '11507' })).toEqual(new Set());
    expect(await donatedAmong(bob, ['QA10000001'], ctx())).toEqual(new Set());
    expect(await donatedInvoiceKeys(alice, ctx())).toEqual(new Set(['11509/QA10000001', '11509/QA10000002', '11509/QA10000003', '11509/QA10000004', '11509/QA20000001']));
  });

  it('finds organisations by code (its start) or by name, in either language', async () => {
    expect((await searchOrganisations('', { db: t.db })).length).toBe(40);
    expect((await searchOrganisations(ORG!.code, { db: t.db })).map((o) => o.code)).toContain(ORG!.code);
    expect((await searchOrganisations('食物銀行', { db: t.db })).map((o) => o.name)).toEqual(expect.arrayContaining(['晨光食物銀行', '繁星食物銀行']));
    expect((await searchOrganisations('food bank', { db: t.db })).length).toBe(5);
    expect(await searchOrganisations('%', { db: t.db })).toEqual([]);
    expect((await searchOrganisations('晨光', { db: t.db })).every((o) => o.synthetic)).toBe(true);
  });

  it('gives officials each organisation’s count and amount, no donors', async () => {
    const totals = await donationsByOrganisation({ db: t.db });
    expect(totals).toHaveLength(40);
    expect(totals[0]).toMatchObject({ code: ORG!.code, invoices: 5, amount: 100 + 200 + 300 + 400 + 250 });
    expect(totals.find((o) => o.code === OTHER_ORG!.code)).toMatchObject({ invoices: 0, amount: 0, lastDonatedAt: null });
    expect(JSON.stringify(totals)).not.toContain(alice);
  });
});
