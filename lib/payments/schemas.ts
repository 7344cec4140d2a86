/**
 * Payment input, shared by the pay-now form, its server action and the APIs. Messages are codes
 * in the "Payments" message namespace.
 */
import { z } from 'zod';
import { idempotencyKeySchema } from '@/lib/donations/schemas';

export { idempotencyKeySchema };

export const payBillSchema = z.object({ billId: z.uuid('billId') });
export const payBillFormSchema = payBillSchema.extend({ idempotencyKey: idempotencyKeySchema });
export type PayBillInput = z.infer<typeof payBillSchema>;

export const orderIdSchema = z.uuid();

/** What the provider posts to /api/v1/payments/callback (the sandbox's shape; an acquirer's adapter maps to it). */
export const callbackEventSchema = z.object({
  id: z.string().min(1).max(100),
  type: z.enum(['payment.succeeded', 'payment.failed']),
  created: z.number().int().optional(),
  data: z.object({
    reference: z.string().min(1).max(100),
    orderId: z.string().max(100),
    amount: z.number().int().nonnegative(),
    currency: z.literal('TWD'),
    paidAt: z.iso.datetime().nullable().optional(),
  }),
});
export type CallbackEvent = z.infer<typeof callbackEventSchema>;
