/**
 * What a calculator form shows, and its errors as a list: the part of ./outcome.ts the form in
 * the browser needs with the page (no zod, no lib/tax: those load with the calculator).
 */
import type { FormValues } from './form-values';

/** What a calculator form shows: the values, and either the result or the field errors. */
export type Outcome<R> = Readonly<{
  values: FormValues;
  result?: R;
  /** Form field name → messages ('form' when no field is to blame). */
  errors?: Readonly<Record<string, readonly string[]>>;
  /** Something went wrong on our side (never the citizen's input). */
  message?: string;
}>;

/** The errors as a flat list for an error summary, in the order the fields appear. */
export function errorList(errors: Outcome<unknown>['errors'], order: readonly string[] = []): { field: string; message: string }[] {
  if (!errors) return [];
  const rank = (field: string) => {
    const i = order.indexOf(field);
    return i === -1 ? order.length : i;
  };
  return Object.entries(errors)
    .sort(([a], [b]) => rank(a) - rank(b))
    .flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
}
