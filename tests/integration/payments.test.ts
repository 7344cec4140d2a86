/**
 * Paying a tax bill online through the real route handlers and the sandbox provider running in
 * this process: orders (Idempotency-Key, ownership), the signed callback (refusals logged with
 * their reason, 50 concurrent deliveries settle once), the e-receipt PDF and reconciliation.
 *
 * Bills are real rows of the tax passbook (lib/tax-bills), due far in the future so the amount
 * due is the principal whatever the day; payments land in its events as the passbook shows them.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { sql, type Kysely } from 'kysely';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/db/schema';
import { httpProvider } from '@/lib/payments/provider';
import { createSandbox, type Sandbox } from '@/lib/payments/sandbox';
import { SIGNATURE_HEADER, signatureHeader } from '@/lib/payments/signature';
import { createTestDb, type TestDb } from './support/test-db';
import { createCitizen } from './support/world';
import { expectDocumented } from '../support/documented';

const SECRET = 'test-payment-secret-0123456789abcdefghij';

const fake = vi.hoisted(() => ({
  principal: null as null | Record<string, unknown>,
  db: null as unknown,
  provider: null as unknown,
}));
vi.mock('@/lib/auth/access', () => ({
  checkAccess: async () => (fake.principal ? { ok: true, principal: fake.principal } : { ok: false, reason: 'unauthenticated' }),
}));
vi.mock('@/lib/auth/config', () => ({ auth: (handler: unknown) => handler }));
vi.mock('@/lib/db', () => ({ resolveDb: async (db?: unknown) => db ?? fake.db, getDb: async () => fake.db }));
vi.mock('@/lib/payments/config', () => ({ defaultProvider: () => fake.provider, paymentSecret: () => 'test-payment-secret-0123456789abcdefghij' }));

const paymentsRoute = await import('@/app/api/v1/me/tax/payments/route');
const orderRoute = await import('@/app/api/v1/me/tax/payments/[orderId]/route');
const receiptRoute = await import('@/app/api/v1/me/tax/payments/[orderId]/receipt.pdf/route');
const callbackRoute = await import('@/app/api/v1/payments/callback/route');
const { reconcilePendingOrders } = await import('@/lib/payments/reconcile');

const ORIGIN = 'http://localhost:3000';
let t: TestDb;
let db: Kysely<Database>;
let sandbox: Sandbox;
let bridge: Server;
let bridgeUrl = '';
let alice: string;
let bob: string;
/** How far the sandbox's clock runs ahead (reconciliation looks at the provider later). */
let sandboxShiftMs = 0;

let serial = 900_000;

/** An unpaid house-tax bill of the owner's, due in 2099: what is due is the principal. */
async function newBill(ownerId: string, amount = 12_345): Promise<string> {
  const row = await db
    .insertInto('tax_bills')
    .values({ owner_id: ownerId, tax_type: 'house', tax_year: 2099, office_code: 'TPETAX', principal: amount, due_date: '2099-05-31', serial: serial++, subject: '臺北市大安區（合成資料）', subject_en: 'Da’an District, Taipei (synthetic)' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db as Kysely<Database>;
  fake.db = db;
  [alice, bob] = await Promise.all([createCitizen(db, 'Alice'), createCitizen(db, 'Bob')]);
  sandbox = createSandbox({ secret: SECRET, now: () => new Date(Date.now() + sandboxShiftMs) });
  const sandboxUrl = await sandbox.listen(0);
  fake.provider = httpProvider(sandboxUrl, SECRET);
  // Stands in for the portal's address: the sandbox's callbacks arrive at the real route handler.
  bridge = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const response = await callbackRoute.POST(
      new Request(`${ORIGIN}/api/v1/payments/callback`, {
        method: 'POST',
        headers: { 'content-type': String(req.headers['content-type']), [SIGNATURE_HEADER]: String(req.headers[SIGNATURE_HEADER]) },
        body: Buffer.concat(chunks),
      }),
    );
    res.writeHead(response.status, { 'content-type': 'application/json' });
    res.end(await response.text());
  });
  await new Promise<void>((resolve) => bridge.listen(0, '127.0.0.1', resolve));
  bridgeUrl = `http://127.0.0.1:${(bridge.address() as { port: number }).port}`;
});
afterAll(async () => {
  await sandbox?.close();
  await new Promise((resolve) => bridge?.close(resolve));
  await t?.close();
});
beforeEach(() => {
  fake.principal = { kind: 'citizen', id: alice, name: '/TAXA005', email: 'alice@citizens.test', roles: [] };
});

const asBob = () => {
  fake.principal = { kind: 'citizen', id: bob, name: '/TAXB005', email: 'bob@citizens.test', roles: [] };
};

const pay = (billId: unknown, key: string | null = randomUUID()) =>
  paymentsRoute.POST(
    new Request(`${ORIGIN}/api/v1/me/tax/payments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN, ...(key === null ? {} : { 'idempotency-key': key }) },
      body: JSON.stringify({ billId }),
    }),
  );

const getOrder = (orderId: string) => orderRoute.GET(new Request(`${ORIGIN}/api/v1/me/tax/payments/${orderId}`), { params: Promise.resolve({ orderId }) });
const getReceipt = (orderId: string) =>
  receiptRoute.GET(new Request(`${ORIGIN}/api/v1/me/tax/payments/${orderId}/receipt.pdf`), { params: Promise.resolve({ orderId }) });

const callback = (body: string, signature: string | null) =>
  callbackRoute.POST(
    new Request(`${ORIGIN}/api/v1/payments/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature === null ? {} : { [SIGNATURE_HEADER]: signature }) },
      body,
    }),
  );

type OrderJson = { id: string; status: string; amount: number; checkoutUrl: string | null; receipt: { number: string; pdf: string } | null };

async function startPayment(amount = 12_345): Promise<{ billId: string; order: OrderJson; reference: string }> {
  const billId = await newBill(alice, amount);
  const response = await pay(billId);
  expect(response.status).toBe(201);
  const { order } = (await response.json()) as { order: OrderJson };
  const reference = order.checkoutUrl!.split('/').at(-1)!;
  return { billId, order, reference };
}

/** The citizen's choice on the sandbox's page, as the form posts it. */
async function decide(reference: string, decision: 'approve' | 'decline' | 'approve-silently', notifyUrl = `${bridgeUrl}/api/v1/payments/callback`) {
  sandbox.checkouts.get(reference)!.notifyUrl = notifyUrl;
  const checkoutUrl = (await (fake.provider as ReturnType<typeof httpProvider>).getCheckout(reference))!.checkoutUrl;
  const page = await fetch(checkoutUrl);
  expect(await page.text()).toContain('Approve and pay');
  return fetch(checkoutUrl, { method: 'POST', body: new URLSearchParams({ decision }), redirect: 'manual' });
}

/** A callback as the provider would send it, for an order that is still pending here. */
function eventFor(orderId: string, reference: string, amount: number, type = 'payment.succeeded') {
  return JSON.stringify({ id: `evt_${randomUUID()}`, type, data: { reference, orderId, amount, currency: 'TWD', paidAt: new Date().toISOString() } });
}

const refusals = async () =>
  (await db.selectFrom('payment_callback_log').select(['reason', 'order_id', 'detail']).orderBy('id').execute()).map((r) => r.reason);

const paymentsOf = async (billId: string) => Number((await sql<{ n: string }>`select count(*) as n from tax_bill_events where bill_id = ${billId} and kind = 'payment'`.execute(db)).rows[0]!.n);
const receiptsOf = async (orderId: string) => Number((await db.selectFrom('payment_receipts').select((eb) => eb.fn.countAll<number>().as('n')).where('order_id', '=', orderId).executeTakeFirstOrThrow()).n);

describe('POST /api/v1/me/tax/payments', () => {
  it('makes an order for the amount the server computes and hands back the provider’s page', async () => {
    const billId = await newBill(alice, 8_765);
    const key = randomUUID();
    const response = await pay(billId, key);
    expect(response.status).toBe(201);
    await expectDocumented(response, '/api/v1/me/tax/payments', 'post');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = await response.json();
    expect(body.order).toMatchObject({ billId, amount: 8_765, currency: 'TWD', status: 'pending', receipt: null });
    expect(body.checkoutUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/checkout\/chk_[0-9a-f]+$/);
    const reference = body.checkoutUrl.split('/').at(-1);
    expect(sandbox.checkouts.get(reference)).toMatchObject({ orderId: body.order.id, amount: 8_765 });
    expect(sandbox.checkouts.get(reference)!.returnUrl).toBe(`${ORIGIN}/me/tax/payments/${body.order.id}`);

    // The same key again (a double click, a retry): the same order, nothing new at the provider.
    const checkouts = sandbox.checkouts.size;
    const again = await pay(billId, key);
    expect(again.status).toBe(200);
    await expectDocumented(again, '/api/v1/me/tax/payments', 'post');
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await again.json()).order.id).toBe(body.order.id);
    expect(sandbox.checkouts.size).toBe(checkouts);
  });

  it('gives one order to concurrent requests with the same key', async () => {
    const billId = await newBill(alice);
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 10 }, () => pay(billId, key)));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const ids = new Set(await Promise.all(responses.map(async (r) => (await r.json()).order.id)));
    expect(ids.size).toBe(1);
    expect(await db.selectFrom('payment_orders').select('id').where('bill_id', '=', billId).execute()).toHaveLength(1);
  });

  it('refuses a key used for another bill, a missing key, another citizen’s bill and a paid bill', async () => {
    const key = randomUUID();
    expect((await pay(await newBill(alice), key)).status).toBe(201);
    const reused = await pay(await newBill(alice), key);
    expect(reused.status).toBe(409);
    expect(await reused.json()).toMatchObject({ error: { code: 'conflict', fields: { 'Idempotency-Key': [expect.any(String)] } } });

    const missing = await pay(await newBill(alice), null);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { code: 'bad_request', fields: { 'Idempotency-Key': [expect.any(String)] } } });

    const bobsBill = await newBill(bob);
    const foreign = await pay(bobsBill);
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toMatchObject({ error: { code: 'not_found' } });

    const paid = await newBill(alice);
    await sql`update tax_bills set paid_at = now() where id = ${paid}`.execute(db);
    expect((await pay(paid)).status).toBe(404);

    const malformed = await pay('not-a-bill');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: 'bad_request', fields: { billId: [expect.any(String)] } } });
  });

  it('answers 503 when no provider is configured, and 401 without a session', async () => {
    const provider = fake.provider;
    fake.provider = null;
    try {
      const response = await pay(await newBill(alice));
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: { code: 'unavailable' } });
    } finally {
      fake.provider = provider;
    }
    fake.principal = null;
    expect((await pay(randomUUID())).status).toBe(401);
  });
});

describe('POST /api/v1/payments/callback', () => {
  it('marks the order and the bill paid once and issues a receipt when the citizen approves at the sandbox', async () => {
    const { billId, order, reference } = await startPayment(4_321);
    const decided = await decide(reference, 'approve');
    expect(decided.status).toBe(303);
    expect(decided.headers.get('location')).toBe(`${ORIGIN}/me/tax/payments/${order.id}`);

    const afterResponse = await getOrder(order.id);
    await expectDocumented(afterResponse, '/api/v1/me/tax/payments/{orderId}', 'get');
    const after = (await afterResponse.json()).order;
    expect(after).toMatchObject({ status: 'paid', amount: 4_321, checkoutUrl: null, refundDue: false });
    expect(after.receipt.number).toMatch(/^TCR-\d{4}-\d{8}$/);
    expect(await paymentsOf(billId)).toBe(1);
    const payment = (await sql<{ amount: number; channel: string; reference: string }>`select amount, channel, reference from tax_bill_events where bill_id = ${billId} and kind = 'payment'`.execute(db)).rows[0];
    expect(payment).toEqual({ amount: 4_321, channel: 'online', reference });

    // The provider delivers the same callback again: answered 200, nothing changes.
    const again = sandbox.callbackFor(reference)!;
    const response = await callback(again.body, again.signature);
    expect(response.status).toBe(200);
    await expectDocumented(response, '/api/v1/payments/callback', 'post');
    expect(await response.json()).toMatchObject({ received: true, status: 'paid', duplicate: true });
    expect(await paymentsOf(billId)).toBe(1);
    expect(await receiptsOf(order.id)).toBe(1);
  });

  it('settles 50 concurrent deliveries of the same callback into one payment and one receipt', async () => {
    const { billId, order, reference } = await startPayment(9_999);
    const body = eventFor(order.id, reference, 9_999);
    const signature = signatureHeader(SECRET, body);
    const responses = await Promise.all(Array.from({ length: 50 }, () => callback(body, signature)));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(bodies.filter((b) => b.duplicate === false)).toHaveLength(1);
    expect(await paymentsOf(billId)).toBe(1);
    expect(await receiptsOf(order.id)).toBe(1);
    const row = await db.selectFrom('payment_orders').select(['status', 'bill_settled']).where('id', '=', order.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'paid', bill_settled: true });
    const audits = await db.selectFrom('audit_log').select('id').where('action', '=', 'payment.paid').where('target_id', '=', order.id).execute();
    expect(audits).toHaveLength(1);
  });

  it('refuses a forged signature, a replay after 5 minutes, a wrong amount and an unknown order, each logged with its reason', async () => {
    await db.deleteFrom('payment_callback_log').execute();
    const { billId, order, reference } = await startPayment(5_000);
    const body = eventFor(order.id, reference, 5_000);

    const forged = await callback(body, signatureHeader('another-secret-0123456789abcdefghijklmn', body));
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });

    const unsigned = await callback(body, null);
    expect(unsigned.status).toBe(401);

    // A genuine callback captured and sent again six minutes later.
    const replayed = await callback(body, signatureHeader(SECRET, body, new Date(Date.now() - 6 * 60_000)));
    expect(replayed.status).toBe(400);
    expect(await replayed.json()).toMatchObject({ error: { code: 'bad_request' } });

    // A body changed after signing (the amount lowered) no longer matches its signature.
    const signature = signatureHeader(SECRET, body);
    const tampered = await callback(body.replace('"amount":5000', '"amount":50'), signature);
    expect(tampered.status).toBe(401);

    const wrongAmount = eventFor(order.id, reference, 4_999);
    const mismatched = await callback(wrongAmount, signatureHeader(SECRET, wrongAmount));
    expect(mismatched.status).toBe(409);
    expect(await mismatched.json()).toMatchObject({ error: { code: 'conflict' } });

    const unknown = eventFor(randomUUID(), reference, 5_000);
    const notFound = await callback(unknown, signatureHeader(SECRET, unknown));
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toMatchObject({ error: { code: 'not_found' } });

    const junk = '{"hello":"world"}';
    expect((await callback(junk, signatureHeader(SECRET, junk))).status).toBe(400);

    expect(await refusals()).toEqual(['bad_signature', 'missing_signature', 'stale_timestamp', 'bad_signature', 'amount_mismatch', 'unknown_order', 'malformed']);
    const logged = await db.selectFrom('payment_callback_log').select(['reason', 'order_id']).where('reason', '=', 'amount_mismatch').executeTakeFirstOrThrow();
    expect(logged.order_id).toBe(order.id);

    // None of them paid anything; the genuine one, on time, does.
    expect(await paymentsOf(billId)).toBe(0);
    expect((await callback(body, signatureHeader(SECRET, body))).status).toBe(200);
    expect(await paymentsOf(billId)).toBe(1);
  });

  it('marks a declined payment failed, and takes no GET', async () => {
    const { billId, order, reference } = await startPayment();
    expect((await decide(reference, 'decline')).status).toBe(303);
    expect((await (await getOrder(order.id)).json()).order).toMatchObject({ status: 'failed', receipt: null });
    expect(await paymentsOf(billId)).toBe(0);
    expect((await callbackRoute.GET()).status).toBe(405);
  });

  it('records a payment for a bill paid another way meanwhile as a refund due', async () => {
    const { billId, order, reference } = await startPayment();
    await sql`update tax_bills set paid_at = now() where id = ${billId}`.execute(db);
    await decide(reference, 'approve');
    expect((await (await getOrder(order.id)).json()).order).toMatchObject({ status: 'paid', refundDue: true });
  });
});

describe('GET /api/v1/me/tax/payments/{orderId} and its receipt.pdf', () => {
  it('serves the owner’s receipt as a PDF and answers 404 to anyone else', async () => {
    const { order, reference } = await startPayment(7_777);
    expect((await getReceipt(order.id)).status).toBe(404); // not paid yet
    await decide(reference, 'approve');

    const response = await getReceipt(order.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    const number = (await (await getOrder(order.id)).json()).order.receipt.number;
    expect(pdf.getTitle()).toContain(number);
    expect(pdf.getPageCount()).toBe(1);
    expect(response.headers.get('content-disposition')).toContain(`tax-cloud-receipt-${number}.pdf`);

    asBob();
    expect((await getReceipt(order.id)).status).toBe(404);
    const foreign = await getOrder(order.id);
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await getOrder('not-a-uuid')).status).toBe(404);
    expect((await getReceipt(randomUUID())).status).toBe(404);
  });
});

describe('reconciliation', () => {
  it('settles orders whose callback never came by asking the provider', async () => {
    const paid = await startPayment(3_000);
    expect((await decide(paid.reference, 'approve-silently')).status).toBe(303);
    const declined = await startPayment(3_001);
    // The decline's callback goes nowhere (the portal was down).
    await decide(declined.reference, 'decline', 'http://127.0.0.1:9/unreachable');
    const abandoned = await startPayment(3_002);
    const forgotten = await startPayment(3_003);
    sandbox.checkouts.delete(forgotten.reference);
    const stale = await startPayment(3_004);

    // Too early: nothing is older than the threshold.
    expect((await reconcilePendingOrders({ db, olderThanMinutes: 15 })).checked).toBe(0);

    // 40 minutes later the abandoned checkouts have expired at the provider too.
    sandboxShiftMs = 40 * 60_000;
    const report = await reconcilePendingOrders({ db, olderThanMinutes: 15, at: new Date(Date.now() + sandboxShiftMs) });
    expect(report.paid).toBe(1);
    expect(report.failed).toBe(1);
    expect(report.expired).toBeGreaterThanOrEqual(3);
    expect(report.errors).toBe(0);
    const status = async (id: string) => (await db.selectFrom('payment_orders').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
    expect(await status(paid.order.id)).toBe('paid');
    expect(await status(declined.order.id)).toBe('failed');
    expect(await status(abandoned.order.id)).toBe('expired');
    expect(await status(forgotten.order.id)).toBe('expired');
    expect(await status(stale.order.id)).toBe('expired');
    expect(await db.selectFrom('payment_orders').select('id').where('status', '=', 'pending').execute()).toEqual([]);
    expect(await paymentsOf(paid.billId)).toBe(1);
    expect(await receiptsOf(paid.order.id)).toBe(1);

    // A late callback for the order reconciliation already settled changes nothing.
    const late = sandbox.callbackFor(paid.reference)!;
    expect((await callback(late.body, late.signature)).status).toBe(200);
    expect(await paymentsOf(paid.billId)).toBe(1);
    sandboxShiftMs = 0;
  });
});
