/**
 * Field schemas shared by the calculator inputs. Every issue message is a stable code from
 * messages.ts; the API maps codes to English, the pages to either language.
 */
import { z } from 'zod';
import { isIsoDateFormat, isRealDate, yearOf } from '../../taiwan';
import { parseDecimal } from '../decimal';
import type { TaxMessageCode } from '../messages';

// These schemas run in the browser (live results) and on the edge runtime, where the CSP and the
// runtime forbid eval. Zod otherwise probes for eval with `new Function('')` on first parse,
// which the browser reports as a CSP violation. Jitless parsing gives the same results.
z.config({ jitless: true });

/** Missing → 'field_required'; present but of the wrong kind → `code`. */
export function requiredOr(code: TaxMessageCode) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'field_required' : code) };
}

/** The calculators' ceiling: NT$100 billion keeps every product exact and every result sane. */
export const MAX_AMOUNT = 100_000_000_000;

/**
 * Numbers from JSON, or from text (forms, query strings, string fields in JSON) read strictly
 * as decimals by parseDecimal: "100,000" and "１２" yes, "0x10", "1e3" and "Infinity" no.
 */
export function numberFromText(code: TaxMessageCode) {
  return z.union([z.number(), z.string()], requiredOr(code)).transform((value, ctx) => {
    if (typeof value === 'number') return value;
    if (value.normalize('NFKC').trim() === '') {
      ctx.addIssue({ code: 'custom', message: 'field_required' });
      return z.NEVER;
    }
    const parsed = parseDecimal(value);
    if (parsed === null) {
      ctx.addIssue({ code: 'custom', message: code });
      return z.NEVER;
    }
    return parsed;
  });
}

/** A sum of money in whole NTD, 0 or more. */
export const ntdAmount = numberFromText('number_invalid').pipe(
  z
    .number()
    .min(0, 'amount_negative')
    .int('amount_not_integer')
    .max(MAX_AMOUNT, 'amount_too_large'),
);

/** A whole number in [min, max]; anything else is `code`. */
export function integerIn(code: TaxMessageCode, min: number, max: number) {
  return numberFromText(code).pipe(z.number().int(code).min(min, code).max(max, code));
}

/** A positive measurement such as motor power (decimals allowed). */
export function positiveNumber(code: TaxMessageCode) {
  // Text that is no number gets the general message ("enter a number in digits"), not "must be > 0".
  return numberFromText('number_invalid').pipe(z.number().gt(0, code).max(1_000_000, code));
}

/** A head count or a count of things, 0 or more. */
export const wholeCount = numberFromText('count_invalid').pipe(z.number().int('count_invalid').min(0, 'count_invalid').max(100, 'count_invalid'));

/** 'YYYY-MM-DD', a real calendar date between 2000 and 2100. */
export const isoDate = z
  .string(requiredOr('date_format'))
  .trim()
  .refine(isIsoDateFormat, { message: 'date_format', abort: true })
  .refine(isRealDate, { message: 'date_invalid', abort: true })
  .refine((value) => yearOf(value) >= 2000 && yearOf(value) <= 2100, { message: 'date_out_of_range', abort: true });
