/**
 * POST /api/v1/payments/callback, apart from its route file so it can be tested: the provider
 * tells us a payment succeeded or failed. Server to server, so no session and no Origin check;
 * what makes it trustworthy is the signature over the raw body (read once, exactly as sent) with
 * a timestamp no more than five minutes from our clock. Every refusal is logged with its reason
 * (payment_callback_log) and answered 4xx in the one error shape; a delivery of a callback
 * already applied answers 200 and changes nothing, so the provider stops retrying.
 */
import 'server-only';
import { readBodyText } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { now } from '@/lib/clock';
import type { PaymentCallbackRefusal } from '@/lib/db/schema';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { paymentSecret } from './config';
import { callbackEventSchema } from './schemas';
import { SIGNATURE_HEADER, verifySignature } from './signature';
import { closeOrder, findOrderForCallback, logRefusedCallback, settlePaidOrder, type PaymentContext } from './store';
import { documentedJson } from '@/lib/api/documented-json';
import { callbackAnswerSchema } from './response-schemas';

const MAX_CALLBACK_BYTES = 16_000;

const ANSWER: Record<PaymentCallbackRefusal, { code: 'unauthorized' | 'bad_request' | 'not_found' | 'conflict'; message: string }> = {
  missing_signature: { code: 'unauthorized', message: 'The callback is not signed.' },
  bad_signature: { code: 'unauthorized', message: 'The callback signature is not valid.' },
  stale_timestamp: { code: 'bad_request', message: 'The callback timestamp is more than 5 minutes from our clock.' },
  malformed: { code: 'bad_request', message: 'The callback body is not a payment event.' },
  unknown_order: { code: 'not_found', message: 'The callback names no known order.' },
  amount_mismatch: { code: 'conflict', message: 'The callback amount is not the order amount.' },
  reference_mismatch: { code: 'conflict', message: 'The callback reference is not the order reference.' },
};

export type CallbackContext = PaymentContext & { secret?: string | null; signatureAt?: Date };

export async function handlePaymentCallback(request: Request, ctx: CallbackContext = {}): Promise<Response> {
  const at = ctx.at ?? now();
  const remoteAddress = requestMetaFrom(request.headers).ip;
  const refuse = async (reason: PaymentCallbackRefusal, detail: string, ids: { orderId?: string; eventId?: string } = {}): Promise<never> => {
    await logRefusedCallback({ reason, detail, remoteAddress, ...ids }, { ...ctx, at });
    throw new ApiError(ANSWER[reason].code, ANSWER[reason].message);
  };

  const secret = ctx.secret === undefined ? paymentSecret() : ctx.secret;
  if (!secret) throw new ApiError('unavailable', 'Online payment is not configured.');
  const raw = await readBodyText(request, MAX_CALLBACK_BYTES);
  // A signature's age is measured by the real clock: it is about this delivery, not about the
  // business day that lib/clock.ts may fix for tests (TAX_CLOUD_NOW).
  const verdict = verifySignature(secret, request.headers.get(SIGNATURE_HEADER), raw, ctx.signatureAt ?? new Date());
  if (!verdict.ok) return refuse(verdict.reason, verdict.detail);

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return refuse('malformed', 'body is not JSON');
  }
  const parsed = callbackEventSchema.safeParse(json);
  if (!parsed.success) return refuse('malformed', parsed.error.issues.map((i) => i.path.join('.') || '(body)').join(', '));
  const event = parsed.data;
  const ids = { orderId: event.data.orderId, eventId: event.id };

  const order = await findOrderForCallback(event.data.orderId, ctx);
  if (!order) return refuse('unknown_order', `order ${event.data.orderId.slice(0, 40)}`, ids);
  if (order.provider_reference && order.provider_reference !== event.data.reference) return refuse('reference_mismatch', `reference ${event.data.reference.slice(0, 40)}`, ids);
  if (event.data.amount !== Number(order.amount)) return refuse('amount_mismatch', `amount ${event.data.amount}, order ${order.amount}`, ids);

  if (event.type === 'payment.failed') {
    const changed = await closeOrder(order.id, 'failed', 'callback', { ...ctx, at });
    return documentedJson(callbackAnswerSchema, { received: true, status: changed ? 'failed' : order.status, duplicate: !changed });
  }
  const outcome = await settlePaidOrder(
    { orderId: order.id, amount: event.data.amount, eventId: event.id, paidAt: event.data.paidAt ? new Date(event.data.paidAt) : at, reference: event.data.reference, via: 'callback' },
    { ...ctx, at },
  );
  return documentedJson(
    callbackAnswerSchema,
    outcome.result === 'paid'
      ? { received: true, status: 'paid', duplicate: false, receipt: outcome.receiptNumber }
      : { received: true, status: 'paid', duplicate: true },
  );
}
