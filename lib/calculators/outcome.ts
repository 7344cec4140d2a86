/**
 * Runs a calculator on form values and turns refusals into field messages. The live form in the
 * browser and the no-JavaScript server action both call this, so they show the same figure and
 * the same messages.
 */
import { ZodError } from 'zod';
import { issueParams, taxMessage, TaxInputError, type TaxLocale } from '@/lib/tax';
import type { FormValues } from './form-values';
import type { Outcome } from './outcome-shape';

export type { Outcome } from './outcome-shape';

/** A form mapped to a calculator's input, with the way back from an input path to a field. */
export type Mapped<I> = Readonly<{ input: I; fieldFor: (path: readonly PropertyKey[]) => string }>;

export function runCalculator<I, R>(values: FormValues, locale: TaxLocale, map: (values: FormValues) => Mapped<I>, calculate: (input: I) => R): Outcome<R> {
  const { input, fieldFor } = map(values);
  try {
    return { values, result: calculate(input) };
  } catch (error) {
    const errors: Record<string, string[]> = {};
    const add = (path: readonly PropertyKey[], message: string) => {
      const field = path.length === 0 ? 'form' : fieldFor(path);
      const list = (errors[field] ??= []);
      if (!list.includes(message)) list.push(message);
    };
    if (error instanceof ZodError) {
      for (const issue of error.issues) add(issue.path, taxMessage(issue.message, locale, issueParams(issue)));
    } else if (error instanceof TaxInputError) {
      add(error.path, taxMessage(error.code, locale, error.params));
    } else {
      throw error;
    }
    return { values, errors };
  }
}

// The error list and the Outcome type load with the page (no zod): ./outcome-shape.ts.
export { errorList } from './outcome-shape';
