/**
 * The calculators' JSON APIs (POST /api/v1/calculators/*). Edge-safe: lib/tax and the API
 * wrapper only. The calculator parses the body with its shared schema; a refusal becomes a 400
 * whose `fields` carry the English message of each code with its params filled in ("… for
 * 2027 …"), which apiHandler's code → text map cannot do.
 */
import { z, ZodError } from 'zod';
import { documentedJson, type Documented } from '@/lib/api/documented-json';
import { ApiError } from '@/lib/api/errors';
import { routeHandler } from '@/lib/api/route-handler';
import { taxFieldErrors, taxMessage, TaxInputError } from '@/lib/tax';

/** A calculator input is a few hundred bytes; 16 KiB leaves room for a long list of dependants. */
export const CALCULATOR_MAX_BODY_BYTES = 16_384;

const INVALID = 'The request has invalid fields. See `fields` for what to change.';

/** A calculator's refusal as the API's error, or null when the error is not about the input. */
export function inputError(error: unknown): ApiError | null {
  if (error instanceof ZodError) {
    const fields = Object.fromEntries(Object.entries(taxFieldErrors(error, 'en')).map(([key, messages]) => [key || '(body)', messages]));
    return new ApiError('bad_request', INVALID, fields);
  }
  if (error instanceof TaxInputError) {
    return new ApiError('bad_request', INVALID, { [error.path.join('.') || '(body)']: [taxMessage(error.code, 'en', error.params)] });
  }
  return null;
}

/** POST handler: JSON body → `calculate` → the result (whole NTD, ISO dates, steps), typed by its documented `schema`. */
export function calculatorEndpoint<I, S extends z.ZodType>(calculate: (input: I) => Documented<z.input<S>>, schema: S) {
  return routeHandler({ auth: 'public', body: z.unknown(), maxBodyBytes: CALCULATOR_MAX_BODY_BYTES }, ({ body }) => {
    let result: Documented<z.input<S>>;
    try {
      result = calculate(body as I);
    } catch (error) {
      throw inputError(error) ?? error;
    }
    // A result depends only on the body, but a POST answer is not for shared caches.
    return documentedJson(schema, result, { headers: { 'Cache-Control': 'no-store' } });
  });
}
