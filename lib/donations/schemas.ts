/**
 * Donation input, shared by the donate form, its server action and POST /api/v1/me/donations.
 * Messages are codes in the "Donations" message namespace.
 */
import { z } from 'zod';
import { compactInvoiceNumber, parseInvoiceNumber } from '@/lib/lottery/invoice-number';
import { LOVE_CODE, normaliseLoveCode } from './rules';

const invoiceNumber = z
  .string()
  .max(40, 'invoiceNumberFormat')
  .transform((value, ctx) => {
    const parsed = parseInvoiceNumber(value);
    // A donation names one invoice: the track letters are required (the digits alone are not unique).
    if (!parsed.ok || !parsed.value.track) {
      ctx.addIssue({ code: 'custom', message: parsed.ok || parsed.error.code !== 'empty' ? 'invoiceNumberFormat' : 'invoiceNumberRequired' });
      return z.NEVER;
    }
    return compactInvoiceNumber(parsed.value);
  });

const loveCode = z
  .string()
  .max(20, 'loveCodeFormat')
  .transform(normaliseLoveCode)
  .pipe(z.string().min(1, { message: 'loveCodeRequired', abort: true }).regex(LOVE_CODE, 'loveCodeFormat'));

/** Printable ASCII, as Stripe and the IETF draft use it; a UUID fits easily. */
export const idempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{8,200}$/, 'idempotencyKey');

export const donateSchema = z.object({ invoiceNumber, loveCode });

/** The form also carries the key it was rendered with, so a double submit gives one donation. */
export const donateFormSchema = donateSchema.extend({ idempotencyKey: idempotencyKeySchema });

export type DonateInput = z.infer<typeof donateSchema>;

export const organisationQuerySchema = z.string().trim().max(40);
