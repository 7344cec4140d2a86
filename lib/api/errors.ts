/**
 * One error type for every JSON API. Edge-safe (no Node imports): the calculators use it too.
 * The body is always `{ error: { code, message, fields? } }`.
 */
import type { ZodError } from 'zod';

export type ApiErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'request_timeout'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable'
  | 'internal_error';

const STATUS: Record<ApiErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal_error: 500,
};

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
  get status(): number {
    return STATUS[this.code];
  }
}

/** Field path → messages, e.g. { "numbers.3": ["…"] }. */
export function zodFieldErrors(error: ZodError, messages?: Record<string, string>): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '(body)';
    (fields[key] ??= []).push(messages?.[issue.message] ?? issue.message);
  }
  return fields;
}

export function fromZod(error: ZodError, message = 'The request has invalid fields.', messages?: Record<string, string>): ApiError {
  return new ApiError('bad_request', message, zodFieldErrors(error, messages));
}

export function errorResponse(error: ApiError): Response {
  const body = { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
  return Response.json(body, { status: error.status, headers: { 'Cache-Control': 'no-store', ...error.headers } });
}
