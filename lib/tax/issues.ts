/**
 * Turns the schemas' issues (message = code, optional params) into field messages in one
 * language, for form errors and the API's `fields`.
 */
import type { z } from 'zod';
import { taxMessage, type MessageParams } from './messages';
import type { TaxLocale } from './types';

type Issue = z.ZodError['issues'][number];

/** The placeholder values a custom issue carries ({ year } …); empty for built-in issues. */
export function issueParams(issue: Issue): MessageParams {
  return 'params' in issue && issue.params ? (issue.params as MessageParams) : {};
}

/** { 'taxpayer.salary': ['The amount cannot be negative.'] }, keyed by the dotted field path. */
export function taxFieldErrors(error: z.ZodError, locale: TaxLocale): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    (fields[key] ??= []).push(taxMessage(issue.message, locale, issueParams(issue)));
  }
  return fields;
}
