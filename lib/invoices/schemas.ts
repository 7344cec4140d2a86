/**
 * What a citizen may ask of their invoices: the list query (by period, with filters and a cursor)
 * and an invoice number. Shared by the API, the pages and their forms. Messages are plain English
 * for the API; pages show their own translated text next to the field.
 */
import { z } from 'zod';
import { normaliseInvoiceInput } from '@/lib/lottery/invoice-number';
import { parsePeriod, type Period } from '@/lib/lottery/period';

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 50;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-30.')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Not a calendar date.');

const amount = z.coerce.number({ error: 'An amount is a whole number of NT$.' }).int('An amount is a whole number of NT$.').min(0).max(100_000_000);

const text = z.string().trim().max(100, 'At most 100 characters.');

export const periodSchema = z.string().transform((value, ctx): Period => {
  const parsed = parsePeriod(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.error.message });
    return z.NEVER;
  }
  return parsed.period;
});

/** A keyset cursor: the last row's local time and id, opaque to clients. */
export type InvoiceCursor = { issuedAt: string; id: number };

// ASCII only, so btoa/atob (browser and server alike) are enough; URL-safe alphabet, no padding.
export function encodeCursor(c: InvoiceCursor): string {
  return btoa(`${c.issuedAt}|${c.id}`).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function decodeCursor(value: string): InvoiceCursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return null;
  let text: string;
  try {
    text = atob(value.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\|(\d{1,16})$/.exec(text);
  return m ? { issuedAt: m[1]!, id: Number(m[2]) } : null;
}

const cursorSchema = z.string().max(100).transform((value, ctx) => {
  const c = decodeCursor(value);
  if (!c) {
    ctx.addIssue({ code: 'custom', message: 'This cursor did not come from this list. Start again without it.' });
    return z.NEVER;
  }
  return c;
});

export const invoiceListQuerySchema = z
  .object({
    period: periodSchema,
    carrierId: z.coerce.number({ error: 'A carrier id is a number.' }).int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
    seller: text.optional(),
    minAmount: amount.optional(),
    maxAmount: amount.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    q: text.optional(),
    cursor: cursorSchema.optional(),
    limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
  })
  .refine((v) => v.minAmount === undefined || v.maxAmount === undefined || v.minAmount <= v.maxAmount, {
    message: 'The lowest amount is above the highest.',
    path: ['minAmount'],
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'The first day is after the last.', path: ['from'] });

export type InvoiceListQuery = z.infer<typeof invoiceListQuerySchema>;
export type InvoiceListFilters = Omit<InvoiceListQuery, 'period'>;

/** Query-string values (empty fields dropped, as a GET form sends them) → the schema's input. */
export function queryInput(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) if (v.trim() !== '') out[k] = v;
  return out;
}

/** AB12345678, AB-12345678 or ab 1234 5678 → AB12345678. */
export const invoiceNumberSchema = z
  .string()
  .max(40)
  .transform((v) => normaliseInvoiceInput(v))
  .refine((v) => /^[A-Z]{2}\d{8}$/.test(v), 'An invoice number is 2 letters and 8 digits, like AB-12345678.');
