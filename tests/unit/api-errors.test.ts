import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, errorResponse, fromZod, zodFieldErrors, type ApiErrorCode } from '@/lib/api/errors';

const STATUSES: [ApiErrorCode, number][] = [
  ['bad_request', 400],
  ['unauthorized', 401],
  ['forbidden', 403],
  ['not_found', 404],
  ['method_not_allowed', 405],
  ['conflict', 409],
  ['payload_too_large', 413],
  ['unsupported_media_type', 415],
  ['rate_limited', 429],
  ['unavailable', 503],
  ['internal_error', 500],
];

describe('ApiError', () => {
  it.each(STATUSES)('%s → %i', (code, status) => {
    const error = new ApiError(code, 'msg');
    expect(error.status).toBe(status);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect(error.message).toBe('msg');
  });
});

describe('errorResponse', () => {
  it('answers { error: { code, message } } with the status and Cache-Control: no-store', async () => {
    const response = errorResponse(new ApiError('not_found', 'No such draw.'));
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'No such draw.' } });
  });

  it('includes fields when given', async () => {
    const response = errorResponse(new ApiError('bad_request', 'Invalid.', { 'numbers.3': ['Too big'] }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'bad_request', message: 'Invalid.', fields: { 'numbers.3': ['Too big'] } } });
  });

  it('adds extra headers such as Retry-After', () => {
    const response = errorResponse(new ApiError('rate_limited', 'Slow down.', undefined, { 'Retry-After': '60' }));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('zodFieldErrors / fromZod', () => {
  const schema = z.object({ name: z.string().min(1, 'Required'), numbers: z.array(z.number().max(9, 'Too big')) });

  it('maps issue paths to dotted keys, grouping messages', () => {
    const result = schema.safeParse({ name: '', numbers: [1, 2, 3, 10] });
    expect(result.success).toBe(false);
    expect(zodFieldErrors(result.error!)).toEqual({ name: ['Required'], 'numbers.3': ['Too big'] });
  });

  it("uses '(body)' for a root-level issue", () => {
    const result = schema.safeParse('nope');
    expect(Object.keys(zodFieldErrors(result.error!))).toEqual(['(body)']);
  });

  it('makes a 400 bad_request ApiError with the fields', () => {
    const error = fromZod(schema.safeParse({ name: 'x', numbers: [99] }).error!);
    expect(error.status).toBe(400);
    expect(error.code).toBe('bad_request');
    expect(error.fields).toEqual({ 'numbers.0': ['Too big'] });
    expect(fromZod(schema.safeParse({}).error!, 'Custom.').message).toBe('Custom.');
  });
});
