/**
 * The payment APIs' JSON answers as zod schemas: lib/payments/api.ts and callback.ts type their
 * answers with them (lib/api/documented-json.ts) and lib/payments/openapi.ts documents them.
 * Objects are strict.
 */
import { z } from 'zod';
import { PAYMENT_ORDER_STATUSES } from '@/lib/db/schema';

const dateTime = () => z.string().meta({ format: 'date-time' });

export const orderSchema = z
  .strictObject({
    id: z.uuid(),
    billId: z.uuid(),
    amount: z.number().int().meta({ description: 'NT$, the bill’s amount due on the day the order was made' }),
    currency: z.literal('TWD'),
    description: z.string(),
    status: z.enum(PAYMENT_ORDER_STATUSES),
    createdAt: dateTime(),
    expiresAt: dateTime(),
    settledAt: dateTime().nullable(),
    checkoutUrl: z.string().nullable().meta({ description: 'The provider’s page, while the order can still be paid there' }),
    refundDue: z.boolean().meta({ description: 'true when the bill had been paid another way: this payment is refunded' }),
    receipt: z
      .object({ number: z.string(), issuedAt: dateTime(), pdf: z.string().meta({ description: 'Path of the receipt PDF' }) })
      .nullable()
      .meta({ description: 'The e-receipt, once paid' }),
  })
  .meta({ id: 'PaymentOrder', description: 'A payment order for one tax bill (lib/payments/api.ts orderJson).' });

export const orderCreatedSchema = z.strictObject({ order: orderSchema, checkoutUrl: z.string().nullable() });

export const orderAnswerSchema = z.strictObject({ order: orderSchema });

export const callbackAnswerSchema = z.strictObject({
  received: z.literal(true),
  status: z.enum(PAYMENT_ORDER_STATUSES),
  duplicate: z.boolean().meta({ description: 'true when this event had already been applied' }),
  receipt: z.string().optional().meta({ description: 'The e-receipt number, when this delivery settled the order' }),
});
