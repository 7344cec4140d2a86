/**
 * Online payment of tax bills in the OpenAPI document (lib/openapi/document.ts): a citizen's
 * payment orders (session cookie; creating one requires an Idempotency-Key) and the provider's
 * signed callback (server to server: no session, the X-Sandbox-Signature header is the check).
 */
import { z } from 'zod';
import { apiErrorSchema, errors, json, jsonBody, SESSION, type FeatureOpenApi } from '@/lib/openapi/shared';
import { callbackAnswerSchema, orderAnswerSchema, orderCreatedSchema } from './response-schemas';
import { callbackEventSchema, idempotencyKeySchema, orderIdSchema, payBillSchema } from './schemas';
import { SIGNATURE_TOLERANCE_SECONDS } from './signature';

const me = { tags: ['payments'], security: SESSION };
const orderPath = z.object({ orderId: orderIdSchema.meta({ description: 'The order’s id (another citizen’s order is not found)' }) });

export const paymentsOpenApi: FeatureOpenApi = {
  tag: { name: 'payments', description: 'Paying tax bills online (線上繳稅): orders, receipts and the payment provider’s callback.' },
  paths: {
    '/api/v1/me/tax/payments': {
      post: {
        ...me,
        summary: 'Pay one of my tax bills online: an order for today’s amount and the provider’s checkout URL (Idempotency-Key required)',
        requestParams: { header: z.object({ 'Idempotency-Key': idempotencyKeySchema.meta({ description: '8–200 visible ASCII characters; the same key again answers the same order' }) }) },
        requestBody: jsonBody(payBillSchema),
        responses: {
          '201': json(orderCreatedSchema, 'Ordered: send the citizen to checkoutUrl.'),
          '200': json(orderCreatedSchema, 'The same request again (Idempotent-Replayed: true).'),
          ...errors(400, 401, 403, 404, 409, 413, 415, 503),
        },
      },
    },
    '/api/v1/me/tax/payments/{orderId}': {
      get: { ...me, summary: 'One of my payment orders: status, amount and receipt', requestParams: { path: orderPath }, responses: { '200': json(orderAnswerSchema, 'The order.'), ...errors(401, 404) } },
    },
    '/api/v1/me/tax/payments/{orderId}/receipt.pdf': {
      get: {
        ...me,
        summary: 'The e-receipt of one of my paid orders, as a PDF',
        requestParams: { path: orderPath },
        responses: { '200': { description: 'The PDF.', content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } } }, ...errors(401, 404) },
      },
    },
    '/api/v1/payments/callback': {
      post: {
        tags: ['payments'],
        summary: 'The payment provider’s signed notice that a payment succeeded or failed (server to server; a delivery already applied answers 200 and changes nothing)',
        requestParams: {
          header: z.object({
            'X-Sandbox-Signature': z.string().meta({
              description: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "{t}.{raw body}" with the shared secret>; t at most ${SIGNATURE_TOLERANCE_SECONDS / 60} minutes from our clock. Several v1 while a secret is rotated.`,
              example: 't=1796025600,v1=5f0c…',
            }),
          }),
        },
        requestBody: jsonBody(callbackEventSchema),
        responses: {
          '200': json(callbackAnswerSchema, 'Applied (or already applied).'),
          ...errors(400, 401, 404, 409, 413, 503),
          '401': { description: 'The signature is missing or does not match (a stale timestamp answers 400).', content: { 'application/json': { schema: apiErrorSchema } } },
        },
      },
    },
  },
};
