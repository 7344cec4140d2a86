/**
 * Payment orders and e-receipts. Citizen functions take the owner's id first and filter by it in
 * the query; the settling functions (callback, reconciliation) act for the provider and name the
 * order by id.
 *
 * Exactly once: an order turns paid through one conditional UPDATE (… where status <> 'paid'),
 * and the bill is marked paid and the receipt issued in the same transaction. Of any number of
 * concurrent deliveries of the same callback, one update finds the row still unpaid; the others
 * wait for its lock, find it paid and change nothing.
 */
import 'server-only';
import { sql, type Kysely, type Transaction } from 'kysely';
import { recordAudit } from '@/lib/audit';
import { now } from '@/lib/clock';
import { env } from '@/lib/env';
import { resolveDb } from '@/lib/db';
import type { Database, PaymentCallbackRefusal, PaymentOrderStatus } from '@/lib/db/schema';
import type { RequestMeta } from '@/lib/http/request-meta';
import { DEFAULT_LOCALE, localePath, type Locale } from '@/lib/i18n/routing';
import { defaultProvider } from './config';
import { payableBills, type PayableBills } from './payable';
import { ProviderError, type PaymentProvider } from './provider';
import { orderExpiry, receiptNumber, UUID } from './rules';

export type PaymentContext = {
  db?: Kysely<Database>;
  at?: Date;
  bills?: PayableBills;
  /** null: online payment is not configured. */
  provider?: PaymentProvider | null;
  meta?: RequestMeta;
  actorLabel?: string;
  locale?: Locale;
  /** The portal's public origin, for the return and callback addresses. */
  appUrl?: string;
};

export type ReceiptDto = { number: string; issuedAt: Date };

export type PaymentOrderDto = {
  id: string;
  billId: string;
  amount: number;
  description: string;
  status: PaymentOrderStatus;
  createdAt: Date;
  expiresAt: Date;
  settledAt: Date | null;
  /** The provider's page, while the order can still be paid there. */
  checkoutUrl: string | null;
  /** False when the bill had been paid another way: this payment is refunded. */
  billSettled: boolean | null;
  receipt: ReceiptDto | null;
};

export type CreateOrderResult =
  | { ok: true; order: PaymentOrderDto; replayed: boolean }
  | { ok: false; code: 'not_payable' | 'key_reused' | 'unavailable' };

const CHANNEL = 'online';

function ordersOf(db: Kysely<Database>) {
  return db
    .selectFrom('payment_orders as o')
    .leftJoin('payment_receipts as r', 'r.order_id', 'o.id')
    .select([
      'o.id',
      'o.owner_id',
      'o.bill_id',
      'o.amount',
      'o.description',
      'o.status',
      'o.created_at',
      'o.expires_at',
      'o.settled_at',
      'o.checkout_url',
      'o.provider_reference',
      'o.bill_settled',
      'r.number as receipt_number',
      'r.issued_at as receipt_issued_at',
    ]);
}
type OrderRow = Awaited<ReturnType<ReturnType<typeof ordersOf>['executeTakeFirstOrThrow']>>;

function toDto(row: OrderRow, at: Date): PaymentOrderDto {
  const expiresAt = new Date(row.expires_at);
  return {
    id: row.id,
    billId: row.bill_id,
    amount: Number(row.amount),
    description: row.description,
    status: row.status,
    createdAt: new Date(row.created_at),
    expiresAt,
    settledAt: row.settled_at ? new Date(row.settled_at) : null,
    checkoutUrl: row.status === 'pending' && expiresAt.getTime() > at.getTime() ? row.checkout_url : null,
    billSettled: row.bill_settled,
    receipt: row.receipt_number ? { number: row.receipt_number, issuedAt: new Date(row.receipt_issued_at!) } : null,
  };
}

/** The owner's order, or null (unknown, malformed id, or someone else's). */
export async function getOwnOrder(ownerId: string, orderId: string, ctx: PaymentContext = {}): Promise<PaymentOrderDto | null> {
  if (!UUID.test(orderId)) return null;
  const db = await resolveDb(ctx.db);
  const row = await ordersOf(db).where('o.owner_id', '=', ownerId).where('o.id', '=', orderId).executeTakeFirst();
  return row ? toDto(row, ctx.at ?? now()) : null;
}

/** The owner's orders for one bill, newest first (for the passbook's bill page). */
export async function listOwnOrdersForBill(ownerId: string, billId: string, ctx: PaymentContext = {}): Promise<PaymentOrderDto[]> {
  if (!UUID.test(billId)) return [];
  const db = await resolveDb(ctx.db);
  const rows = await ordersOf(db).where('o.owner_id', '=', ownerId).where('o.bill_id', '=', billId).orderBy('o.created_at', 'desc').limit(50).execute();
  return rows.map((r) => toDto(r, ctx.at ?? now()));
}

/** Every order of the owner, newest first (for "download my data"). */
export async function listOwnOrders(ownerId: string, ctx: PaymentContext = {}): Promise<PaymentOrderDto[]> {
  const db = await resolveDb(ctx.db);
  const rows = await ordersOf(db).where('o.owner_id', '=', ownerId).orderBy('o.created_at', 'desc').orderBy('o.id').execute();
  return rows.map((r) => toDto(r, ctx.at ?? now()));
}

/**
 * "Pay now": an order for what the bill is due today, handed to the provider. The same
 * Idempotency-Key gives the same order (a double click, a retried request); with another bill it
 * is refused.
 */
export async function createPaymentOrder(ownerId: string, billId: string, idempotencyKey: string, ctx: PaymentContext = {}): Promise<CreateOrderResult> {
  const db = await resolveDb(ctx.db);
  const at = ctx.at ?? now();
  const provider = ctx.provider === undefined ? defaultProvider() : ctx.provider;
  const bills = ctx.bills ?? payableBills;
  const byKey = () => ordersOf(db).where('o.owner_id', '=', ownerId).where('o.idempotency_key', '=', idempotencyKey).executeTakeFirst();

  const replay = async (row: OrderRow): Promise<CreateOrderResult> => {
    if (row.bill_id !== billId) return { ok: false, code: 'key_reused' };
    const ready = await ensureCheckout(db, row, provider, ctx, at);
    return ready ? { ok: true, order: toDto(ready, at), replayed: true } : { ok: false, code: 'unavailable' };
  };

  const earlier = await byKey();
  if (earlier) return replay(earlier);
  if (!provider) return { ok: false, code: 'unavailable' };
  if (!UUID.test(billId)) return { ok: false, code: 'not_payable' };
  const bill = await bills.getPayableBill(ownerId, billId, at);
  if (!bill || bill.ownerId !== ownerId || !(bill.amountDue > 0)) return { ok: false, code: 'not_payable' };

  const inserted = await db
    .insertInto('payment_orders')
    .values({
      owner_id: ownerId,
      bill_id: billId,
      amount: bill.amountDue,
      description: bill.description.slice(0, 200),
      idempotency_key: idempotencyKey,
      created_at: at,
      updated_at: at,
      expires_at: orderExpiry(at),
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    // Another request with this key got there first.
    const winner = await byKey();
    return winner ? replay(winner) : { ok: false, code: 'unavailable' };
  }
  await recordAudit(
    {
      actor: { id: ownerId, label: ctx.actorLabel ?? 'citizen' },
      action: 'payment.order_create',
      target: { type: 'payment_order', id: inserted.id },
      details: { billId, amount: bill.amountDue },
      meta: ctx.meta,
    },
    db,
  );
  const row = await ordersOf(db).where('o.id', '=', inserted.id).executeTakeFirstOrThrow();
  const ready = await ensureCheckout(db, row, provider, ctx, at);
  return ready ? { ok: true, order: toDto(ready, at), replayed: false } : { ok: false, code: 'unavailable' };
}

/** Asks the provider for the order's checkout when it has none yet (the provider answers the same one for the same order). */
async function ensureCheckout(db: Kysely<Database>, row: OrderRow, provider: PaymentProvider | null, ctx: PaymentContext, at: Date): Promise<OrderRow | null> {
  if (row.checkout_url || row.status !== 'pending') return row;
  if (!provider) return null;
  const appUrl = (ctx.appUrl ?? env().APP_URL).replace(/\/+$/, '');
  try {
    const checkout = await provider.createCheckout({
      orderId: row.id,
      amount: Number(row.amount),
      description: row.description,
      returnUrl: `${appUrl}${localePath(ctx.locale ?? DEFAULT_LOCALE, `/me/tax/payments/${row.id}`)}`,
      notifyUrl: `${appUrl}/api/v1/payments/callback`,
      expiresAt: new Date(row.expires_at),
    });
    if (checkout.orderId !== row.id || checkout.amount !== Number(row.amount)) throw new ProviderError('provider answered for another order or amount');
    await db
      .updateTable('payment_orders')
      .set({ provider_reference: checkout.reference, checkout_url: checkout.checkoutUrl, updated_at: at })
      .where('id', '=', row.id)
      .execute();
    return { ...row, provider_reference: checkout.reference, checkout_url: checkout.checkoutUrl };
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    console.error(`[payments] checkout for order ${row.id} failed: ${error.message}`);
    return null;
  }
}

export type SettleInput = { orderId: string; amount: number; eventId: string | null; paidAt: Date; reference: string | null; via: 'callback' | 'reconcile' };

export type SettleOutcome = { result: 'paid'; receiptNumber: string; billSettled: boolean } | { result: 'already_paid' };

/**
 * Records a confirmed payment: order paid, bill paid, receipt issued — all or nothing, once.
 * The caller has checked that the order exists and the amount is the order's.
 */
export async function settlePaidOrder(input: SettleInput, ctx: PaymentContext = {}): Promise<SettleOutcome> {
  const db = await resolveDb(ctx.db);
  const bills = ctx.bills ?? payableBills;
  const at = ctx.at ?? now();
  return db.transaction().execute(async (trx) => {
    const order = await trx
      .updateTable('payment_orders')
      .set({ status: 'paid', settled_at: input.paidAt, provider_event_id: input.eventId, updated_at: at })
      .where('id', '=', input.orderId)
      .where('status', '<>', 'paid')
      .returning(['id', 'owner_id', 'bill_id', 'amount', 'provider_reference'])
      .executeTakeFirst();
    if (!order) return { result: 'already_paid' } as const;
    const billSettled = await bills.markBillPaid(trx, {
      billId: order.bill_id,
      paidAt: input.paidAt,
      amount: Number(order.amount),
      channel: CHANNEL,
      reference: input.reference ?? order.provider_reference ?? order.id,
    });
    await trx.updateTable('payment_orders').set({ bill_settled: billSettled }).where('id', '=', order.id).execute();
    const number = await issueReceipt(trx, order.id, at);
    await recordAudit(
      {
        actor: { id: null, label: 'system' },
        action: 'payment.paid',
        target: { type: 'payment_order', id: order.id },
        details: { billId: order.bill_id, amount: Number(order.amount), receipt: number, via: input.via, billSettled },
      },
      trx,
    );
    return { result: 'paid', receiptNumber: number, billSettled } as const;
  });
}

async function issueReceipt(trx: Transaction<Database>, orderId: string, at: Date): Promise<string> {
  const { rows } = await sql<{ id: string | number }>`select nextval(pg_get_serial_sequence('payment_receipts', 'id')) as id`.execute(trx);
  const serial = Number(rows[0]!.id);
  const number = receiptNumber(serial, at);
  await trx.insertInto('payment_receipts').values({ id: serial, order_id: orderId, number, issued_at: at }).execute();
  return number;
}

/** A declined payment or an order that ran out; a paid order is never closed. Returns whether it changed. */
export async function closeOrder(orderId: string, status: 'failed' | 'expired', via: 'callback' | 'reconcile', ctx: PaymentContext = {}): Promise<boolean> {
  const db = await resolveDb(ctx.db);
  const at = ctx.at ?? now();
  const changed = await db
    .updateTable('payment_orders')
    .set({ status, settled_at: at, updated_at: at })
    .where('id', '=', orderId)
    .where('status', '=', 'pending')
    .returning('id')
    .executeTakeFirst();
  if (changed) {
    await recordAudit({ actor: { id: null, label: 'system' }, action: 'payment.closed', target: { type: 'payment_order', id: orderId }, details: { status, via } }, db);
  }
  return Boolean(changed);
}

/** For the callback: the order as the provider may name it. */
export async function findOrderForCallback(orderId: string, ctx: PaymentContext = {}) {
  if (!UUID.test(orderId)) return null;
  const db = await resolveDb(ctx.db);
  return db.selectFrom('payment_orders').select(['id', 'amount', 'status', 'provider_reference']).where('id', '=', orderId).executeTakeFirst();
}

export async function logRefusedCallback(
  entry: { reason: PaymentCallbackRefusal; orderId?: string | null; eventId?: string | null; detail?: string | null; remoteAddress?: string | null },
  ctx: PaymentContext = {},
): Promise<void> {
  const db = await resolveDb(ctx.db);
  await db
    .insertInto('payment_callback_log')
    .values({
      reason: entry.reason,
      order_id: entry.orderId && UUID.test(entry.orderId) ? entry.orderId : null,
      event_id: entry.eventId?.slice(0, 100) ?? null,
      detail: entry.detail?.slice(0, 300) ?? null,
      remote_address: entry.remoteAddress ?? null,
      received_at: ctx.at ?? now(),
    })
    .execute();
}

/** Orders still pending that were made before `before`, oldest first (the reconciliation job). */
export async function pendingOrdersBefore(before: Date, limit: number, ctx: PaymentContext = {}) {
  const db = await resolveDb(ctx.db);
  return db
    .selectFrom('payment_orders')
    .select(['id', 'amount', 'provider_reference', 'expires_at'])
    .where('status', '=', 'pending')
    .where('created_at', '<', before)
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

/** What the receipt PDF prints: the owner's paid order and its receipt, or null. */
export async function getOwnReceipt(ownerId: string, orderId: string, ctx: PaymentContext = {}) {
  const order = await getOwnOrder(ownerId, orderId, ctx);
  if (!order || order.status !== 'paid' || !order.receipt) return null;
  return { ...order, receipt: order.receipt };
}
