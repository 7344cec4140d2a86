/** Shared by the passbook page, the JSON API and the staff lookup. Messages are codes (TaxBills.invalid.*). */
import { z } from 'zod';
import { isRealDate } from '@/lib/taiwan';
import { BILL_TAX_TYPES } from './rules';

export const billIdSchema = z.uuid('bill_id');

export const billFiltersSchema = z.object({
  tax: z.enum(BILL_TAX_TYPES, 'tax').optional(),
  year: z.coerce.number('year').int('year').min(2000, 'year').max(2100, 'year').optional(),
});
export type BillFilters = z.infer<typeof billFiltersSchema>;

/** A day the citizen picks for "if I pay on …". */
export const payOnSchema = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v), 'pay_on');

/** Query string → filter input: blank fields are "any". */
export function filterInput(search: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['tax', 'year'] as const) {
    const v = search.get(key)?.trim();
    if (v) out[key] = v;
  }
  return out;
}

/** The staff lookup: whose bills, and why (the reason goes into the audit log the citizen sees). */
export const staffLookupSchema = z.object({
  barcode: z.string().trim().regex(/^\/[0-9A-Z.+-]{7}$/, 'invalid.barcode'),
  reason: z.string().trim().min(10, 'invalid.reason').max(300, 'invalid.reason'),
});

/** Cloud tax information: the filing year (Gregorian income year). */
export const dataYearSchema = z.coerce.number('year').int('year').min(2000, 'year').max(2100, 'year');
