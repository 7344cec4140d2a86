/**
 * Carriers (歸戶): ownership is in the query (another citizen's carrier is "not found"), a card
 * linked to someone else answers like a number that does not exist, the mobile barcode stays,
 * and two citizens racing for one card cannot both get it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAuditLog } from '@/lib/audit';
import { linkCarrier, listCarriers, mobileBarcodeOf, unlinkCarrier } from '@/lib/carriers/store';
import { createTestDb, type TestDb } from './support/test-db';
import { createCarrier, createCitizen, ensureWorldShape } from './support/world';

let t: TestDb;
let alice: string;
let bob: string;
const ids = { aliceBarcode: 0, bobBarcode: 0, easyCard: 0, bobCard: 0, creditCard: 0, freeBarcode: 0 };

beforeAll(async () => {
  t = await createTestDb();
  await ensureWorldShape(t.db);
  [alice, bob] = await Promise.all([createCitizen(t.db, 'Alice'), createCitizen(t.db, 'Bob')]);
  ids.aliceBarcode = (await createCarrier(t.db, '3J0002', '/TAXA001', alice)).id;
  ids.bobBarcode = (await createCarrier(t.db, '3J0002', '/TAXB001', bob)).id;
  ids.easyCard = (await createCarrier(t.db, '1K0001', '1234567890123456')).id;
  ids.bobCard = (await createCarrier(t.db, '1H0001', '6543210987654321', bob)).id;
  ids.creditCard = (await createCarrier(t.db, 'EK0002', '4111111111111111')).id;
  ids.freeBarcode = (await createCarrier(t.db, '3J0002', '/FREE001')).id;
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.db.deleteFrom('rate_limit_counters').execute();
});

const ctx = () => ({ db: t.db, actorLabel: 'test', meta: { ip: '203.0.113.9', userAgent: 'vitest' } });

describe('listCarriers', () => {
  it('lists only the owner’s carriers, the mobile barcode first and in full, cards masked', async () => {
    expect(await listCarriers(alice, ctx())).toEqual([
      { id: ids.aliceBarcode, typeCode: '3J0002', typeKey: 'mobileBarcode', number: '/TAXA001', linkedAt: expect.any(Date), isMobileBarcode: true },
    ]);
    const bobs = await listCarriers(bob, ctx());
    expect(bobs.map((c) => c.number)).toEqual(['/TAXB001', '••••4321']);
    expect(await mobileBarcodeOf(alice, ctx())).toBe('/TAXA001');
  });
});

describe('linkCarrier', () => {
  it('links an unlinked carrier of the world with the right number, and audits it', async () => {
    const result = await linkCarrier(alice, { typeCode: '1K0001', number: '1234567890123456' }, ctx());
    expect(result).toEqual({ ok: true, carrier: expect.objectContaining({ id: ids.easyCard, typeKey: 'easyCard', number: '••••3456' }) });
    expect((await listCarriers(alice, ctx())).map((c) => c.id)).toEqual([ids.aliceBarcode, ids.easyCard]);
    const [entry] = await listAuditLog({ limit: 1 }, t.db);
    expect(entry).toMatchObject({ action: 'carrier.link', target: `carrier:${ids.easyCard}`, details: { typeCode: '1K0001' } });
    expect(JSON.stringify(entry)).not.toContain('1234567890123456');
  });

  it('says "not found" alike for a wrong number and for a card linked to someone else', async () => {
    const wrong = await linkCarrier(alice, { typeCode: '1H0001', number: '0000000000000000' }, ctx());
    const taken = await linkCarrier(alice, { typeCode: '1H0001', number: '6543210987654321' }, ctx());
    expect(wrong).toEqual({ ok: false, code: 'not_found' });
    expect(taken).toEqual(wrong);
    expect((await listCarriers(bob, ctx())).map((c) => c.id)).toContain(ids.bobCard);
  });

  it('tells the owner a carrier is already theirs', async () => {
    expect(await linkCarrier(alice, { typeCode: '1K0001', number: '1234567890123456' }, ctx())).toEqual({ ok: false, code: 'already_linked' });
  });

  it('never links a mobile barcode by hand, even an unowned one', async () => {
    expect(await linkCarrier(alice, { typeCode: '3J0002' as never, number: '/FREE001' }, ctx())).toEqual({ ok: false, code: 'not_found' });
  });

  it('locks linking after 10 misses in an hour, so card numbers cannot be guessed', async () => {
    for (let i = 0; i < 10; i++) {
      expect(await linkCarrier(alice, { typeCode: '2G0001', number: String(1e15 + i) }, ctx())).toEqual({ ok: false, code: 'not_found' });
    }
    const locked = await linkCarrier(alice, { typeCode: 'EK0002', number: '4111111111111111' }, ctx());
    expect(locked).toMatchObject({ ok: false, code: 'rate_limited' });
    expect((locked as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(3000);
  });

  it('gives a card to exactly one of two citizens racing for it', async () => {
    const attempts = Array.from({ length: 10 }, (_, i) => linkCarrier(i % 2 ? alice : bob, { typeCode: 'EK0002', number: '4111111111111111' }, ctx()));
    const results = await Promise.all(attempts);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const owners = await t.db.selectFrom('carriers').select('owner_id').where('id', '=', ids.creditCard).execute();
    expect([alice, bob]).toContain(owners[0]?.owner_id);
  });
});

describe('unlinkCarrier', () => {
  it('answers "not found" for another citizen’s carrier and leaves it linked', async () => {
    expect(await unlinkCarrier(alice, ids.bobCard, ctx())).toEqual({ ok: false, code: 'not_found' });
    expect(await unlinkCarrier(alice, ids.bobBarcode, ctx())).toEqual({ ok: false, code: 'not_found' });
    expect(await unlinkCarrier(alice, 987654321, ctx())).toEqual({ ok: false, code: 'not_found' });
    expect((await listCarriers(bob, ctx())).map((c) => c.id)).toEqual(expect.arrayContaining([ids.bobBarcode, ids.bobCard]));
  });

  it('keeps the mobile barcode', async () => {
    expect(await unlinkCarrier(alice, ids.aliceBarcode, ctx())).toEqual({ ok: false, code: 'mobile_barcode' });
  });

  it('unlinks the owner’s card, which can then be linked again', async () => {
    expect(await unlinkCarrier(alice, ids.easyCard, ctx())).toEqual({ ok: true });
    expect((await listCarriers(alice, ctx())).map((c) => c.id)).not.toContain(ids.easyCard);
    expect((await listAuditLog({ limit: 1 }, t.db))[0]).toMatchObject({ action: 'carrier.unlink', target: `carrier:${ids.easyCard}` });
    expect(await linkCarrier(bob, { typeCode: '1K0001', number: '1234567890123456' }, ctx())).toMatchObject({ ok: true });
  });
});
