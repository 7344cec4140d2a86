/**
 * The citizen's payment APIs, apart from their route files so they can be tested:
 * POST /api/v1/me/tax/payments (Idempotency-Key required), GET …/{orderId} and its receipt PDF.
 */
import 'server-only';
import en from '@/content/messages/en.json';
import { documentedJson } from '@/lib/api/documented-json';
import { ApiError } from '@/lib/api/errors';
import type { CitizenPrincipal } from '@/lib/auth/principal';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { receiptFileName, receiptPdf } from './receipt-pdf';
import { orderAnswerSchema, orderCreatedSchema } from './response-schemas';
import { idempotencyKeySchema, type PayBillInput } from './schemas';
import { createPaymentOrder, getOwnOrder, getOwnReceipt, type CreateOrderResult, type PaymentContext, type PaymentOrderDto } from './store';

const M = en.Payments;

export function orderJson(o: PaymentOrderDto) {
  return {
    id: o.id,
    billId: o.billId,
    amount: o.amount,
    currency: 'TWD' as const,
    description: o.description,
    status: o.status,
    createdAt: o.createdAt.toISOString(),
    expiresAt: o.expiresAt.toISOString(),
    settledAt: o.settledAt?.toISOString() ?? null,
    checkoutUrl: o.checkoutUrl,
    refundDue: o.billSettled === false,
    receipt: o.receipt ? { number: o.receipt.number, issuedAt: o.receipt.issuedAt.toISOString(), pdf: `/api/v1/me/tax/payments/${o.id}/receipt.pdf` } : null,
  };
}

type Refusal = Extract<CreateOrderResult, { ok: false }>['code'];

const REFUSALS: Record<Refusal, ApiError> = {
  not_payable: new ApiError('not_found', M.notPayable, { billId: [M.notPayable] }),
  key_reused: new ApiError('conflict', M.keyReused, { 'Idempotency-Key': [M.keyReused] }),
  unavailable: new ApiError('unavailable', M.unavailable, undefined, { 'Retry-After': '60' }),
};

export async function postPayment(request: Request, body: PayBillInput, principal: CitizenPrincipal, ctx: PaymentContext = {}): Promise<Response> {
  const key = idempotencyKeySchema.safeParse(request.headers.get('idempotency-key')?.trim() ?? '');
  // Required: paying twice by accident is what the key prevents.
  if (!key.success) throw new ApiError('bad_request', M.idempotencyKey, { 'Idempotency-Key': [M.idempotencyKey] });
  const result = await createPaymentOrder(principal.id, body.billId, key.data, {
    meta: requestMetaFrom(request.headers),
    actorLabel: principal.email || principal.name,
    ...ctx,
  });
  if (!result.ok) throw REFUSALS[result.code];
  return documentedJson(
    orderCreatedSchema,
    { order: orderJson(result.order), checkoutUrl: result.order.checkoutUrl },
    { status: result.replayed ? 200 : 201, headers: result.replayed ? { 'Idempotent-Replayed': 'true' } : {} },
  );
}

export async function getPayment(orderId: string, principal: CitizenPrincipal, ctx: PaymentContext = {}): Promise<Response> {
  const order = await getOwnOrder(principal.id, orderId, ctx);
  if (!order) throw new ApiError('not_found', M.orderNotFound);
  return documentedJson(orderAnswerSchema, { order: orderJson(order) });
}

export async function getReceiptPdf(orderId: string, principal: CitizenPrincipal, ctx: PaymentContext = {}): Promise<Response> {
  const receipt = await getOwnReceipt(principal.id, orderId, ctx);
  // Someone else's order, an unknown one and one not paid yet all look the same.
  if (!receipt) throw new ApiError('not_found', M.receiptNotFound);
  const pdf = await receiptPdf(receipt);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${receiptFileName(receipt.receipt.number)}"`,
      'x-content-type-options': 'nosniff',
    },
  });
}
