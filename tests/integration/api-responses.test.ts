/**
 * Real answers of the JSON API's routes, on the seeded demo world, parsed with the schema the
 * OpenAPI document gives for them (tests/support/documented.ts): the lottery, a citizen's
 * invoices, donations, data download, passkey options and tax passbook. Routes covered in their
 * own tests (carriers, donating, payments, publishing) check there; the calculators and the
 * document itself in tests/unit/openapi-responses.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectDocumented } from '../support/documented';
import { createDemoCitizens, type TestCitizens } from './support/citizens';
import { createTestDb, type TestDb } from './support/test-db';

const state = vi.hoisted(() => ({ db: undefined as unknown, principal: null as null | Record<string, unknown> }));
vi.mock('@/lib/auth/access', () => ({
  checkAccess: async () => (state.principal ? { ok: true, principal: state.principal } : { ok: false, reason: 'unauthenticated' }),
}));
vi.mock('@/lib/auth/config', () => ({ auth: (handler: unknown) => handler }));
vi.mock('@/lib/db', async (original) => ({
  ...(await original<typeof import('@/lib/db')>()),
  resolveDb: async (db?: unknown) => db ?? state.db,
  getDb: async () => state.db,
}));
// The periods come from this test's database, not Next's data cache.
vi.mock('@/lib/lottery/catalog', async (original) => (await import('./support/catalog-mock')).catalogOn(await original(), () => state.db));
vi.stubEnv('TAX_CLOUD_NOW', '2026-11-30T04:00:00Z');

const ORIGIN = 'http://localhost:3000';
const get = (path: string) => new Request(`${ORIGIN}${path}`);
const post = (path: string, body?: unknown) =>
  new Request(`${ORIGIN}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

let t: TestDb;
let citizens: TestCitizens;

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  citizens = await createDemoCitizens(t.db);
  state.principal = { kind: 'citizen', id: citizens.ids[0]!, name: '/TAXC001', email: 'citizen1@taxcloud.example', roles: [] };
}, 120_000);
afterAll(() => t?.close());

describe('documented answers', { timeout: 60_000 }, () => {
  it('the lottery: periods, one period, and a check with every kind of item', async () => {
    const periods = await (await import('@/app/api/v1/lottery/periods/route')).GET(get('/api/v1/lottery/periods'));
    const { periods: list } = (await expectDocumented(periods, '/api/v1/lottery/periods', 'get')) as { periods: { period: string; first: string[] }[] };
    expect(list.length).toBeGreaterThan(3);
    const one = (await import('@/app/api/v1/lottery/periods/[period]/route')).GET;
    await expectDocumented(await one(get(`/api/v1/lottery/periods/${list[0]!.period}`), params({ period: list[0]!.period })), '/api/v1/lottery/periods/{period}', 'get');
    const missing = await one(get('/api/v1/lottery/periods/10001'), params({ period: '10001' }));
    expect(missing.status).toBe(404);
    await expectDocumented(missing, '/api/v1/lottery/periods/{period}', 'get');

    const check = (await import('@/app/api/v1/lottery/check/route')).POST;
    const drawn = await check(post('/api/v1/lottery/check', { period: list[0]!.period, numbers: [`AB${list[0]!.first[0]}`, 'AB00000000', 'not a number'] }));
    const { results } = (await expectDocumented(drawn, '/api/v1/lottery/check', 'post')) as { results: { status: string }[] };
    expect(results.map((r) => r.status)).toEqual(['checked', 'checked', 'error']);
    // 115年9–10月 was drawn on 2026-11-25 and its numbers are not in the data: "unavailable".
    const awaiting = await check(post('/api/v1/lottery/check', { period: '11509', numbers: ['AB12345678'] }));
    expect(((await expectDocumented(awaiting, '/api/v1/lottery/check', 'post')) as { results: { status: string }[] }).results[0]!.status).toBe('unavailable');
  });

  it('my invoices: a page and one invoice with its items', async () => {
    // 115年7–8月: drawn, with numbers; citizen 1 has a winning invoice in it (a prize in the answer).
    const list = (await import('@/app/api/v1/me/invoices/route')).GET;
    const page = await list(get('/api/v1/me/invoices?period=11508&limit=100'));
    expect(page.status).toBe(200);
    const { invoices } = (await expectDocumented(page, '/api/v1/me/invoices', 'get')) as { invoices: { number: string; prize: unknown }[] };
    expect(invoices.some((i) => i.prize)).toBe(true);
    const number = invoices[0]!.number;
    const one = (await import('@/app/api/v1/me/invoices/[number]/route')).GET;
    const invoice = await one(get(`/api/v1/me/invoices/${number}`), params({ number }));
    expect(invoice.status).toBe(200);
    await expectDocumented(invoice, '/api/v1/me/invoices/{number}', 'get');
  });

  it('my donations and the download of all my data', async () => {
    const donations = await (await import('@/app/api/v1/me/donations/route')).GET(get('/api/v1/me/donations'));
    expect(donations.status).toBe(200);
    await expectDocumented(donations, '/api/v1/me/donations', 'get');
    const data = await (await import('@/app/api/v1/me/data/route')).GET(get('/api/v1/me/data'));
    expect(data.status).toBe(200);
    await expectDocumented(data, '/api/v1/me/data', 'get');
  });

  it('passkey options, to add one and to sign in', async () => {
    const add = await (await import('@/app/api/v1/me/passkeys/options/route')).POST(post('/api/v1/me/passkeys/options'));
    expect(add.status).toBe(200);
    await expectDocumented(add, '/api/v1/me/passkeys/options', 'post');
    const signIn = await (await import('@/app/api/v1/passkeys/options/route')).POST(post('/api/v1/passkeys/options'));
    expect(signIn.status).toBe(200);
    await expectDocumented(signIn, '/api/v1/passkeys/options', 'post');
  });

  it('my tax passbook: bills, one bill paid on a chosen day, and my tax data', async () => {
    const bills = await (await import('@/app/api/v1/me/tax/bills/route')).GET(get('/api/v1/me/tax/bills'));
    const { bills: list } = (await expectDocumented(bills, '/api/v1/me/tax/bills', 'get')) as { bills: { id: string }[] };
    expect(list.length).toBeGreaterThan(0);
    const one = (await import('@/app/api/v1/me/tax/bills/[id]/route')).GET;
    for (const bill of list) await expectDocumented(await one(get(`/api/v1/me/tax/bills/${bill.id}?payOn=2026-12-31`), params({ id: bill.id })), '/api/v1/me/tax/bills/{id}', 'get');
    const data = await (await import('@/app/api/v1/me/tax/data/route')).GET(get('/api/v1/me/tax/data?year=2025'));
    expect(data.status).toBe(200);
    await expectDocumented(data, '/api/v1/me/tax/data', 'get');
  });

  it('errors: one shape, whatever the route', async () => {
    state.principal = null;
    try {
      const refused = await (await import('@/app/api/v1/me/tax/bills/route')).GET(get('/api/v1/me/tax/bills'));
      expect(refused.status).toBe(401);
      await expectDocumented(refused, '/api/v1/me/tax/bills', 'get');
    } finally {
      state.principal = { kind: 'citizen', id: citizens.ids[0]!, name: '/TAXC001', email: 'citizen1@taxcloud.example', roles: [] };
    }
  });
});
