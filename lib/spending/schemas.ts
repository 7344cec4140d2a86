/**
 * What a citizen may ask of their spending: a range of months, a county to compare with, and for
 * the CSV which table and language. Shared by the page's form (a GET form: the choice is in the
 * address) and the CSV route. Messages are plain English for the API; the page words its own.
 */
import { z } from 'zod';
import { COUNTIES } from '@/lib/stats/geography';
import { LOCALES } from '@/lib/i18n/routing';
import { addMonths, MAX_RANGE_MONTHS } from './range';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month like 2026-11.');

export const SPENDING_VIEWS = ['month', 'category', 'merchant'] as const;
export type SpendingView = (typeof SPENDING_VIEWS)[number];

export const spendingQuerySchema = z
  .object({
    from: month.optional(),
    to: month.optional(),
    /** A county code (63000) to compare with; absent: the county of most invoices. */
    county: z
      .string()
      .refine((c) => COUNTIES.some((x) => x.code === c), 'Not a county code (see /data/einvoice-county-monthly).')
      .optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'The first month is after the last.', path: ['from'] })
  .refine((v) => !v.from || !v.to || addMonths(v.from, MAX_RANGE_MONTHS - 1) >= v.to, {
    message: `Choose at most ${MAX_RANGE_MONTHS} months.`,
    path: ['to'],
  });

export type SpendingQuery = z.infer<typeof spendingQuerySchema>;

export const spendingCsvQuerySchema = z.intersection(
  spendingQuerySchema,
  z.object({ view: z.enum(SPENDING_VIEWS).default('month'), lang: z.enum(LOCALES).default('zh-Hant-TW') }),
);

/** Query-string values, empty ones dropped (a GET form sends every field). */
export function queryInput(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params] : Object.entries(params);
  const out: Record<string, string> = {};
  for (const [k, v] of entries) {
    const value = Array.isArray(v) ? v[0] : v;
    if (typeof value === 'string' && value.trim() !== '') out[k] = value.trim();
  }
  return out;
}
