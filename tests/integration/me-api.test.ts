/**
 * The personal APIs through their real route handlers, with the session faked (the sign-in
 * that makes a real one arrives with the citizen accounts): GET /api/v1/me/carriers and
 * POST /api/v1/me/donations — ownership, Idempotency-Key, foreign Origin, errors as 4xx JSON.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { LOVE_CODE_DIRECTORY } from '@/lib/donations/directory';
import { createTestDb, type TestDb } from './support/test-db';
import { createCarrier, createCitizen, createInvoice, ensureWorldShape } from './support/world';
import { expectDocumented } from '../support/documented';

const fake = vi.hoisted(() => ({ principal: null as null | Record<string, unknown>, db: null as unknown }));
vi.mock('@/lib/auth/access', () => ({
  checkAccess: async () => (fake.principal ? { ok: true, principal: fake.principal } : { ok: false, reason: 'unauthenticated' }),
}));
// Auth.js's wrapper only renews the cookie; here it hands the request straight through.
vi.mock('@/lib/auth/config', () => ({ auth: (handler: unknown) => handler }));
vi.mock('@/lib/db', () => ({ resolveDb: async (db?: unknown) => db ?? fake.db, getDb: async () => fake.db }));

const carriersRoute = await import('@/app/api/v1/me/carriers/route');
const donationsRoute = await import('@/app/api/v1/me/donations/route');

let t: TestDb;
let alice: string;
let bob: string;
let bobCardId = 0;
const ORIGIN = 'http://localhost:3000';
const CODE = LOVE_CODE_DIRECTORY[3]!.code;

beforeAll(async () => {
  t = await createTestDb();
  fake.db = t.db as Kysely<Database>;
  await ensureWorldShape(t.db);
  [alice, bob] = await Promise.all([createCitizen(t.db, 'Alice'), createCitizen(t.db, 'Bob')]);
  const aliceBarcode = await createCarrier(t.db, '3J0002', '/TAXA003', alice);
  await createCarrier(t.db, '3J0002', '/TAXB003', bob);
  bobCardId = (await createCarrier(t.db, 'EK0002', '4111111111111111', bob)).id;
  // Invoices of the open period, whatever today is: this month's date.
  const today = new Date().toISOString().slice(0, 10);
  for (let i = 1; i <= 3; i++) await createInvoice(t.db, aliceBarcode.buyerId, `RA3000000${i}`, today, 50 * i);
});
afterAll(() => t?.close());
beforeEach(() => {
  fake.principal = { kind: 'citizen', id: alice, name: '/TAXA003', email: 'alice@citizens.test', roles: [] };
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  donationsRoute.POST(
    new Request(`${ORIGIN}/api/v1/me/donations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
      body: JSON.stringify(body),
    }),
  );

describe('GET /api/v1/me/carriers', () => {
  it('lists the caller’s carriers only, private and uncached', async () => {
    const response = await carriersRoute.GET(new Request(`${ORIGIN}/api/v1/me/carriers`));
    expect(response.status).toBe(200);
    await expectDocumented(response, '/api/v1/me/carriers', 'get');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = await response.json();
    expect(body.carriers).toEqual([{ id: expect.any(Number), typeCode: '3J0002', type: 'mobileBarcode', number: '/TAXA003', mobileBarcode: true, linkedAt: expect.any(String) }]);
    expect(body.carriers.map((c: { id: number }) => c.id)).not.toContain(bobCardId);

    fake.principal = { kind: 'citizen', id: bob, name: '/TAXB003', email: 'bob@citizens.test', roles: [] };
    const bobs = await (await carriersRoute.GET(new Request(`${ORIGIN}/api/v1/me/carriers`))).json();
    expect(bobs.carriers.map((c: { number: string }) => c.number)).toEqual(['/TAXB003', '••••1111']);
  });

  it('answers 401 without a citizen session', async () => {
    fake.principal = null;
    const response = await carriersRoute.GET(new Request(`${ORIGIN}/api/v1/me/carriers`));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('refuses other methods with 405 JSON', async () => {
    const response = await carriersRoute.POST();
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toContain('GET');
  });
});

describe('POST /api/v1/me/donations', () => {
  it('donates once for one Idempotency-Key: 201, then 200 with the same donation', async () => {
    const key = randomUUID();
    const first = await post({ invoiceNumber: 'ra-30000001', loveCode: CODE }, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    await expectDocumented(first, '/api/v1/me/donations', 'post');
    const created = await first.json();
    expect(created.donation).toMatchObject({ invoiceNumber: 'RA30000***', loveCode: CODE, amount: 50 });
    const again = await post({ invoiceNumber: 'RA30000001', loveCode: CODE }, { 'idempotency-key': key });
    expect(again.status).toBe(200);
    await expectDocumented(again, '/api/v1/me/donations', 'post');
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await again.json()).donation).toEqual(created.donation);
    const rows = await t.db.selectFrom('donations').select('id').where('invoice_number', '=', 'RA30000001').execute();
    expect(rows).toHaveLength(1);
  });

  it('10 concurrent posts with one key: one donation', async () => {
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 10 }, () => post({ invoiceNumber: 'RA30000002', loveCode: CODE }, { 'idempotency-key': key })));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const rows = await t.db.selectFrom('donations').select('id').where('invoice_number', '=', 'RA30000002').execute();
    expect(rows).toHaveLength(1);
  });

  it('answers 409 for an invoice already donated under another key, 404 for another citizen’s invoice', async () => {
    const dup = await post({ invoiceNumber: 'RA30000001', loveCode: CODE }, { 'idempotency-key': randomUUID() });
    expect(dup.status).toBe(409);
    expect(await dup.json()).toMatchObject({ error: { code: 'conflict', fields: { invoiceNumber: ['This invoice has already been donated.'] } } });

    fake.principal = { kind: 'citizen', id: bob, name: '/TAXB003', email: 'bob@citizens.test', roles: [] };
    const foreign = await post({ invoiceNumber: 'RA30000003', loveCode: CODE }, { 'idempotency-key': randomUUID() });
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toMatchObject({ error: { code: 'not_found', fields: { invoiceNumber: [expect.any(String)] } } });
  });

  it('validates body and header: 400 with the fields, in English', async () => {
    const bad = await post({ invoiceNumber: '123', loveCode: '12' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { fields: { invoiceNumber: ['An invoice number is 2 letters and 8 digits, like AB-12345678.'], loveCode: ['A love code has 3 to 7 digits.'] } },
    });
    const key = await post({ invoiceNumber: 'RA30000003', loveCode: CODE }, { 'idempotency-key': 'bad key' });
    expect(key.status).toBe(400);
    expect(await key.json()).toMatchObject({ error: { fields: { 'Idempotency-Key': [expect.any(String)] } } });
  });

  it('refuses another site’s Origin before anything else', async () => {
    const response = await post({ invoiceNumber: 'RA30000003', loveCode: CODE }, { origin: 'https://evil.example', 'idempotency-key': randomUUID() });
    expect(response.status).toBe(403);
    const rows = await t.db.selectFrom('donations').select('id').where('invoice_number', '=', 'RA30000003').execute();
    expect(rows).toHaveLength(0);
  });

  it('GET lists the caller’s donations only', async () => {
    const mine = await (await donationsRoute.GET(new Request(`${ORIGIN}/api/v1/me/donations`))).json();
    expect(mine.donations.map((d: { invoiceNumber: string }) => d.invoiceNumber)).toEqual(['RA30000***', 'RA30000***']);
    fake.principal = { kind: 'citizen', id: bob, name: '/TAXB003', email: 'bob@citizens.test', roles: [] };
    expect((await (await donationsRoute.GET(new Request(`${ORIGIN}/api/v1/me/donations`))).json()).donations).toEqual([]);
  });
});
