/**
 * The tax passbook against a real database (PGlite, or Postgres with TEST_DATABASE_URL), on the
 * e2e clock (2026-11-30): the seeded bills agree with lib/tax, the APIs answer only the owner
 * (another citizen's bill or slip → 404), the passbook's late fee equals the calculator API's,
 * the slip's barcodes decode with a real decoder, a bill is marked paid exactly once, and a
 * staff lookup shows in the citizen's access log.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { Database } from '@/lib/db/schema';
import { calculateLicenseTax } from '@/lib/tax';
import { incomeReturnFor, TAX_PLANS } from '@/lib/db/seed/tax-bills';
import { createDemoCitizens, type TestCitizens } from './support/citizens';
import { createTestDb, type TestDb } from './support/test-db';

const state = vi.hoisted(() => ({ db: undefined as unknown, principal: null as null | { id: string } }));
vi.mock('@/lib/auth/access', () => ({
  checkAccess: async () =>
    state.principal
      ? { ok: true, principal: { kind: 'citizen', id: state.principal.id, name: '/TAXC001', email: 'test@x', roles: [] } }
      : { ok: false, reason: 'unauthenticated' },
}));
vi.mock('@/lib/auth/config', () => ({ auth: (handler: unknown) => handler }));
vi.mock('@/lib/db', async (original) => ({
  ...(await original<typeof import('@/lib/db')>()),
  resolveDb: async (db?: unknown) => db ?? state.db,
}));

vi.stubEnv('TAX_CLOUD_NOW', '2026-11-30T04:00:00Z');

const list = (await import('@/app/api/v1/me/tax/bills/route')).GET;
const one = (await import('@/app/api/v1/me/tax/bills/[id]/route')).GET;
const pdf = (await import('@/app/api/v1/me/tax/bills/[id]/slip.pdf/route')).GET;
const calculator = (await import('@/app/api/v1/calculators/late-fee/route')).POST;
const taxData = (await import('@/app/api/v1/me/tax/data/route')).GET;
const store = await import('@/lib/tax-bills/store');
const { slipTerms } = await import('@/lib/tax-bills/slip-terms');
const { code39Png } = await import('@/lib/tax-bills/slip-pdf');
const { parseStoreBarcodes } = await import('@/lib/tax-bills/slip');
const { listAccessLog } = await import('@/lib/my-data/access-log');

const require = createRequire(import.meta.url);
prepareZXingModule({ overrides: { wasmBinary: readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm')).buffer as ArrayBuffer } });

let t: TestDb;
let db: Kysely<Database>;
let citizens: TestCitizens;
const ORIGIN = 'http://localhost:3000';
const as = (id: string | null) => (state.principal = id ? { id } : null);
const getOne = (id: string, query = '') => one(new Request(`${ORIGIN}/api/v1/me/tax/bills/${id}${query}`), { params: Promise.resolve({ id }) });
const getPdf = (id: string) => pdf(new Request(`${ORIGIN}/api/v1/me/tax/bills/${id}/slip.pdf`), { params: Promise.resolve({ id }) });

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  state.db = db;
  citizens = await createDemoCitizens(db);
}, 120_000);
afterAll(() => t?.close());

const bySerial = async (serial: number) => (await db.selectFrom('tax_bills').select(['id', 'owner_id']).where('serial', '=', serial).executeTakeFirstOrThrow());

describe('seeded passbook', { timeout: 60_000 }, () => {
  it('computes every licence tax and income-tax balance through lib/tax', async () => {
    const rows = await db.selectFrom('tax_bills').select(['serial', 'tax_type', 'tax_year', 'principal', 'engine_cc', 'vehicle_kind', 'direction']).execute();
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const r of rows.filter((r) => r.tax_type === 'vehicle_licence')) {
      const plan = TAX_PLANS.flatMap((p) => p.bills).find((b) => b.serial === r.serial)!;
      expect(r.principal).toBe(calculateLicenseTax({ taxYear: r.tax_year, vehicleKind: r.vehicle_kind!, cc: r.engine_cc!, registeredOn: plan.vehicle!.registeredOn }).amount);
    }
    for (const plan of TAX_PLANS) {
      const r = rows.find((row) => row.serial === plan.incomeBill.serial)!;
      const filed = incomeReturnFor(plan.income);
      expect(r.principal).toBe(Math.abs(filed.balance));
      expect(r.direction).toBe(filed.balance < 0 ? 'refund' : 'payable');
    }
  });
});

describe('GET /api/v1/me/tax/bills', { timeout: 60_000 }, () => {
  it('answers 401 without a session', async () => {
    as(null);
    expect((await list(new Request(`${ORIGIN}/api/v1/me/tax/bills`))).status).toBe(401);
  });

  it('lists my bills with today’s status: overdue, paid, refunded, a bill over NT$20,000', async () => {
    as(citizens.ids[0]!);
    const r = await list(new Request(`${ORIGIN}/api/v1/me/tax/bills`));
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('private, no-store');
    const { bills } = await r.json();
    const statuses = bills.map((b: { status: string }) => b.status);
    expect(statuses).toEqual(expect.arrayContaining(['overdue', 'paid', 'refunded', 'unpaid']));
    expect(bills.some((b: { principal: number }) => b.principal > 20_000)).toBe(true);
    const house = bills.find((b: { status: string; taxType: string }) => b.status === 'overdue' && b.taxType === 'house');
    expect(house.lateFee).toMatchObject({ daysLate: 14, surchargePercent: 4 });
    expect(bills.every((b: Record<string, unknown>) => !('serial' in b))).toBe(true);
  });

  it('filters by tax and year, and refuses a bad filter with 400 by the field', async () => {
    as(citizens.ids[0]!);
    const { bills } = await (await list(new Request(`${ORIGIN}/api/v1/me/tax/bills?tax=house&year=2026`))).json();
    expect(bills.length).toBe(1);
    const bad = await list(new Request(`${ORIGIN}/api/v1/me/tax/bills?tax=dog&year=x`));
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields)).toEqual(expect.arrayContaining(['tax', 'year']));
  });

  it('shows an unpaid bill of citizen 2 referred for enforcement', async () => {
    as(citizens.ids[1]!);
    const { bills } = await (await list(new Request(`${ORIGIN}/api/v1/me/tax/bills?tax=house`))).json();
    expect(bills[0]).toMatchObject({ status: 'enforcement', lateFee: { referred: true } });
  });
});

describe('the passbook’s late fee equals POST /api/v1/calculators/late-fee', { timeout: 60_000 }, () => {
  it.each(['2026-11-30', '2026-12-05', '2026-12-20', '2026-12-31'])('for the overdue house-tax bill paid on %s', async (payOn) => {
    const bill = await bySerial(101);
    as(bill.owner_id);
    const mine = await (await getOne(bill.id, `?payOn=${payOn}`)).json();
    const calc = await calculator(
      new Request(`${ORIGIN}/api/v1/calculators/late-fee`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ taxType: 'house', amount: mine.bill.principal, deadline: mine.bill.dueDate, paidOn: payOn }),
      }),
    );
    expect(calc.status).toBe(200);
    const expected = await calc.json();
    expect(mine.ifPaidOn).toMatchObject({ surcharge: expected.surcharge, interest: expected.interest, total: expected.total, daysLate: expected.daysLate });
    if (payOn === '2026-11-30') expect(mine.bill.lateFee.total).toBe(expected.total);
  });

  it('refuses a payOn that is no date with 400', async () => {
    const bill = await bySerial(101);
    as(bill.owner_id);
    expect((await getOne(bill.id, '?payOn=2026-02-30')).status).toBe(400);
  });
});

describe('another citizen’s bill or slip', { timeout: 60_000 }, () => {
  it('answers 404 for every bill of someone else, and for malformed or unknown ids', async () => {
    const bills = await db.selectFrom('tax_bills').select(['id', 'owner_id']).execute();
    const askers = [...citizens.ids, citizens.stranger];
    const wrong: string[] = [];
    for (const bill of bills) {
      for (const asker of askers.filter((a) => a !== bill.owner_id)) {
        as(asker);
        for (const r of [await getOne(bill.id), await getPdf(bill.id)]) if (r.status !== 404) wrong.push(`${asker} ${bill.id} ${r.status}`);
      }
    }
    as(citizens.ids[0]!);
    for (const id of ['nope', '00000000-0000-4000-8000-000000000000']) {
      expect((await getOne(id)).status).toBe(404);
      expect((await getPdf(id)).status).toBe(404);
    }
    expect(wrong).toEqual([]);
  });

  it('gives the owner a PDF slip, and 409 for a paid bill', async () => {
    const bill = await bySerial(101);
    as(bill.owner_id);
    const r = await getPdf(bill.id);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await r.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const paid = await bySerial(103);
    expect((await getPdf(paid.id)).status).toBe(409);
  });
});

describe('slip barcodes decoded by zxing', { timeout: 60_000 }, () => {
  async function decode(text: string): Promise<string> {
    const results = await readBarcodes(new Uint8Array(await code39Png(text)), { formats: ['Code39'], tryHarder: true });
    expect(results.length).toBe(1);
    return results[0]!.text;
  }

  it('reads back the three segments: deadline, bill number, check characters and amount', async () => {
    const row = await bySerial(101);
    const bill = (await store.getBill(row.owner_id, row.id))!;
    const terms = slipTerms(bill, '2026-11-30', ORIGIN)!;
    // 14 days late: 4% until day 15 (2026-12-01); the slip's amount is today's total.
    expect(terms.amount).toBe(bill.lateFee!.total);
    expect(terms.deadline).toBe('2026-12-01');
    const decoded = {
      segment1: await decode(terms.barcodes!.segment1),
      segment2: await decode(terms.barcodes!.segment2),
      segment3: await decode(terms.barcodes!.segment3),
    };
    expect(decoded).toEqual(terms.barcodes);
    expect(decoded.segment1).toMatch(/^[0-9]{6}[0-9A-Z]{3}$/);
    expect(decoded.segment2).toMatch(/^[0-9]{16}$/);
    expect(decoded.segment3).toMatch(/^[0-9]{4}[0-9AB][0-9XY][0-9]{9}$/);
    const parsed = parseStoreBarcodes(decoded);
    expect(parsed).toMatchObject({ deadlineRoc: '151201', serial: 101, amount: terms.amount, checkOk: true, billNumberOk: true });
    expect(decoded.segment3.slice(0, 4)).toBe('1201');
  });

  it('prints no store barcodes over NT$20,000', async () => {
    const row = await bySerial(102);
    const bill = (await store.getBill(row.owner_id, row.id))!;
    const terms = slipTerms(bill, '2026-11-30', ORIGIN)!;
    expect(terms.amount).toBeGreaterThan(20_000);
    expect(terms.barcodes).toBeNull();
    expect(terms.storeRefusal).toBe('over_limit');
    expect(terms.virtualAccount.account).toMatch(/^[0-9]{16}$/);
  });
});

describe('getPayableBill and markBillPaid (for the payment module)', { timeout: 60_000 }, () => {
  it('recomputes today’s amount and refuses another citizen', async () => {
    const row = await bySerial(101);
    const at = new Date('2026-11-30T04:00:00Z');
    const payable = await store.getPayableBill(row.owner_id, row.id, at);
    expect(payable).toMatchObject({ id: row.id, ownerId: row.owner_id, amountDue: 13_354, dueDate: '2026-11-16' });
    expect(await store.getPayableBill(citizens.stranger, row.id, at)).toBeNull();
    expect(await store.getPayableBill(row.owner_id, (await bySerial(103)).id, at)).toBeNull();
  });

  it('marks a bill paid exactly once under 10 concurrent calls', async () => {
    const row = await bySerial(301);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db.transaction().execute((trx) => store.markBillPaid(trx, { billId: row.id, paidAt: new Date('2026-11-30T05:00:00Z'), amount: 1_444, channel: 'online', reference: `ORDER-${i}` })),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const events = await db.selectFrom('tax_bill_events').selectAll().where('bill_id', '=', row.id).execute();
    expect(events).toHaveLength(1);
    const bill = await store.getBill(row.owner_id, row.id);
    expect(bill?.status).toBe('paid');
  });
});

describe('staff lookup', { timeout: 60_000 }, () => {
  it('is audited against the citizen and shows in their access log', async () => {
    const staff = await db.selectFrom('users').select('id').where('email', '=', 'official@taxcloud.example').executeTakeFirstOrThrow();
    const citizen = await db.selectFrom('users').select(['id', 'mobile_barcode']).where('id', '=', citizens.ids[0]!).executeTakeFirstOrThrow();
    const found = await store.staffLookupBills({ id: staff.id, label: 'official' }, citizen.mobile_barcode!, 'Case 115-0042: checking a complaint');
    expect(found?.bills.length).toBeGreaterThan(0);
    const log = await listAccessLog(citizen.id);
    expect(log[0]).toMatchObject({ action: 'tax.staff_lookup', actor: 'staff', reason: 'Case 115-0042: checking a complaint' });
    expect(await store.staffLookupBills({ id: staff.id, label: 'official' }, '/NOSUCH1', 'Case 115-0042: checking')).toBeNull();
  });
});

describe('GET /api/v1/me/tax/data (cloud tax information)', { timeout: 60_000 }, () => {
  const get = (query: string) => taxData(new Request(`${ORIGIN}/api/v1/me/tax/data?${query}`));

  it('gives my income and property records as JSON and CSV, each download in my access log', async () => {
    as(citizens.ids[0]!);
    const json = await get('year=2025&format=json');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toBe('attachment; filename="tax-data-2025.json"');
    const data = await json.json();
    expect(data.income).toEqual(expect.arrayContaining([expect.objectContaining({ code: '50', amount: 720_000, withheld: 30_000 })]));
    expect(data.properties.map((p: { kind: string }) => p.kind).sort()).toEqual(['building', 'land', 'vehicle']);
    const csv = await (await get('year=2025&format=csv')).text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('record,income_year,payer_ban,payer_name,income_code,amount,withheld,kind,description,measure,value,acquired_on');
    expect(lines.filter((l) => l.startsWith('I,')).length).toBe(data.income.length);
    expect(lines.filter((l) => l.startsWith('P,')).length).toBe(data.properties.length);
    const log = await listAccessLog(citizens.ids[0]!);
    expect(log.filter((e) => e.action === 'tax.data_export').length).toBeGreaterThanOrEqual(2);
  });

  it('shows nobody else’s records and refuses a bad year or format with 400', async () => {
    as(citizens.stranger);
    expect((await (await get('year=2025')).json()).income).toEqual([]);
    expect((await get('year=abc')).status).toBe(400);
    expect((await get('year=2025&format=xml')).status).toBe(400);
  });
});
