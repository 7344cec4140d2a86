/**
 * What every feature's OpenAPI description shares: the one error shape (lib/api/errors.ts), the
 * error answers by status, the ways to call (session cookie, app key), and small helpers.
 * Features describe their routes in lib/<feature>/openapi.ts with these; lib/openapi/document.ts
 * assembles them.
 */
import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject, ZodOpenApiResponsesObject } from 'zod-openapi';

export type { ZodOpenApiOperationObject, ZodOpenApiPathsObject };

/** A feature's part of the document: its tag and its paths. */
export type FeatureOpenApi = { tag: { name: string; description: string }; paths: ZodOpenApiPathsObject };

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum([
        'bad_request',
        'unauthorized',
        'forbidden',
        'not_found',
        'method_not_allowed',
        'request_timeout',
        'conflict',
        'payload_too_large',
        'unsupported_media_type',
        'rate_limited',
        'unavailable',
        'internal_error',
      ]),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: 'Messages by field path, e.g. { "numbers.3": ["…"] }.' }),
    }),
  })
  .meta({ id: 'ApiError', description: 'The one error shape of every JSON API (lib/api/errors.ts).' });

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input: the message and, by field, what is wrong.',
  401: 'Not signed in (or no valid app key).',
  403: 'Signed in without the permission, or a request from another site.',
  404: 'Not found (another person’s data is never found either).',
  405: 'Method not allowed (Allow header lists the methods).',
  409: 'In conflict with the current state.',
  413: 'Body too large.',
  415: 'Send JSON with Content-Type: application/json.',
  429: 'Too many requests: Retry-After says when to try again.',
  500: 'Unexpected error; the message carries a reference, nothing internal.',
  503: 'Temporarily unavailable: Retry-After says when to try again.',
};

/** Error answers of an operation, by status. */
export function errors(...statuses: number[]): ZodOpenApiResponsesObject {
  return Object.fromEntries(
    [...statuses, 500].map((status) => [String(status), { description: ERROR_TEXT[status] ?? 'Error', content: { 'application/json': { schema: apiErrorSchema } } }]),
  );
}

export const jsonBody = (schema: z.ZodType, description?: string) => ({
  required: true,
  ...(description ? { description } : {}),
  content: { 'application/json': { schema } },
});

export const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });

export const csv = (description: string) => ({ description, content: { 'text/csv': { schema: z.string() } } });

export const SESSION = [{ session: [] }];
