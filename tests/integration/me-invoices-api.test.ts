/**
 * GET /api/v1/me/invoices and /api/v1/me/invoices/{number} against a real database (PGlite, or
 * Postgres with TEST_DATABASE_URL): the session is stubbed at the one access rule, everything
 * below it is real. Another citizen's invoice → 404, for a generated table of foreign numbers.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/db/schema';
import { invoiceNumberText } from '@/lib/stats/synthetic/invoice-numbers';
import { createDemoCitizens, type TestCitizens } from './support/citizens';
import { createTestDb, type TestDb } from './support/test-db';

const state = vi.hoisted(() => ({ db: undefined as unknown, principal: null as null | { id: string } }));
vi.mock('@/lib/auth/access', () => ({
  checkAccess: async () =>
    state.principal
      ? { ok: true, principal: { kind: 'citizen', id: state.principal.id, name: 'test', email: 'test@x', roles: [] } }
      : { ok: false, reason: 'unauthenticated' },
}));
// Auth.js's wrapper only renews the cookie; here it hands the request straight through.
vi.mock('@/lib/auth/config', () => ({ auth: (handler: unknown) => handler }));
vi.mock('@/lib/db', async (original) => ({
  ...(await original<typeof import('@/lib/db')>()),
  resolveDb: async (db?: unknown) => db ?? state.db,
}));

// In the app the periods come from Next's cache; here straight from the test database.
vi.mock('@/lib/lottery/catalog', async (original) => (await import('./support/catalog-mock')).catalogOn(await original(), () => state.db));

const list = (await import('@/app/api/v1/me/invoices/route')).GET;
const one = (await import('@/app/api/v1/me/invoices/[number]/route')).GET;
const listPost = (await import('@/app/api/v1/me/invoices/route')).POST;

let t: TestDb;
let db: Kysely<Database>;
let citizens: TestCitizens;
const ORIGIN = 'http://localhost:3000';

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  state.db = db;
  citizens = await createDemoCitizens(db);
});
afterAll(() => t?.close());

const as = (id: string | null) => (state.principal = id ? { id } : null);
const getList = (query: string) => list(new Request(`${ORIGIN}/api/v1/me/invoices?${query}`));
const getOne = (number: string) => one(new Request(`${ORIGIN}/api/v1/me/invoices/${encodeURIComponent(number)}`), { params: Promise.resolve({ number }) });

async function ownPeriod(owner: string): Promise<string> {
  const r = await sql<{ term: string }>`
    select to_char(max(i.issued_at), 'YYYY') as y, to_char(max(i.issued_at), 'MM') as m,
      ((extract(year from max(i.issued_at))::int - 1911)::text || lpad(((extract(month from max(i.issued_at))::int + 1) / 2 * 2)::text, 2, '0')) as term
    from carriers c join stat_invoices i on i.buyer_id = c.buyer_id where c.owner_id = ${owner}`.execute(db);
  return r.rows[0]!.term;
}

describe('GET /api/v1/me/invoices', { timeout: 60_000 }, () => {
  it('answers 401 without a citizen session', async () => {
    as(null);
    const r = await getList('period=11410');
    expect(r.status).toBe(401);
    expect(r.headers.get('cache-control')).toBe('private, no-store');
  });

  it('lists the citizen’s invoices of the period, private and uncached', async () => {
    as(citizens.ids[0]!);
    const period = await ownPeriod(citizens.ids[0]!);
    const r = await getList(`period=${period}&limit=5`);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('private, no-store');
    const body = await r.json();
    expect(body.period).toBe(period);
    expect(body.invoices.length).toBeGreaterThan(0);
    expect(body.invoices[0]).toMatchObject({ number: expect.stringMatching(/^[A-Z]{2}\d{8}$/), seller: { name: expect.stringMatching(/^合成/) } });
    if (body.nextCursor) {
      const next = await (await getList(`period=${period}&limit=5&cursor=${body.nextCursor}`)).json();
      expect(next.invoices[0].number).not.toBe(body.invoices[0].number);
    }
  });

  it.each(['period=11413', 'period=abc', '', 'period=11410&limit=0', 'period=11410&minAmount=x', 'period=11410&cursor=zzz', 'period=11410&from=2025-13-01'])(
    'answers 400 JSON with the field for %j',
    async (query) => {
      as(citizens.ids[0]!);
      const r = await getList(query);
      expect(r.status).toBe(400);
      const body = await r.json();
      expect(body.error.code).toBe('bad_request');
      expect(Object.keys(body.error.fields ?? {}).length).toBeGreaterThan(0);
    },
  );

  it('answers 405 to other methods', async () => {
    expect((await listPost!()).status).toBe(405);
  });
});

describe('GET /api/v1/me/invoices/{invoiceNumber}', { timeout: 120_000 }, () => {
  it('gives the owner the invoice with its line items', async () => {
    const owner = citizens.ids[1]!;
    as(owner);
    const row = await sql<{ track: number; number: number }>`
      select i.track, i.number from carriers c join stat_invoices i on i.buyer_id = c.buyer_id where c.owner_id = ${owner} limit 1`.execute(db);
    const number = invoiceNumberText(row.rows[0]!.track, row.rows[0]!.number);
    const r = await getOne(`${number.slice(0, 2)}-${number.slice(2)}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('private, no-store');
    const body = await r.json();
    expect(body).toMatchObject({ number, synthetic: true });
    expect(body.items.length).toBeGreaterThan(0);
  });

  it.each(['AB123', '1234567890', 'ABC12345678', 'ＡＢ1234567'])('answers 400 JSON for the malformed number %j', async (number) => {
    as(citizens.ids[0]!);
    const r = await getOne(number);
    expect(r.status).toBe(400);
    expect((await r.json()).error.fields.invoiceNumber).toBeDefined();
  });

  it('answers 404 for every invoice of another citizen or of nobody, and for numbers that do not exist', async () => {
    const foreign = await sql<{ track: number; number: number; owner: string | null }>`
      select i.track, i.number, c.owner_id as owner from stat_invoices i join carriers c on c.buyer_id = i.buyer_id
      order by md5(i.id::text) limit 60`.execute(db);
    const table = foreign.rows.flatMap((r) =>
      citizens.ids.concat(citizens.stranger).filter((id) => id !== r.owner).map((asker) => ({ asker, number: invoiceNumberText(r.track, r.number) })),
    );
    table.push({ asker: citizens.ids[0]!, number: 'ZZ99999999' });
    expect(table.length).toBeGreaterThan(150);
    const wrong: string[] = [];
    for (const { asker, number } of table) {
      as(asker);
      const r = await getOne(number);
      if (r.status !== 404) wrong.push(`${asker} ${number}: ${r.status}`);
      else expect((await r.json()).error.code).toBe('not_found');
    }
    expect(wrong).toEqual([]);
  });
});
