import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '@/lib/api/errors';
import { apiHandler } from '@/lib/api/handler';

const URL_ = 'https://tax.example/api/things';
const schema = z.object({ name: z.string().min(1), count: z.number().int().max(10) });

function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Request {
  return new Request(URL_, { method: 'POST', body, headers });
}

async function errorOf(response: Response): Promise<{ code: string; message: string; fields?: Record<string, string[]> }> {
  expect(response.headers.get('cache-control')).toBe('no-store');
  const json = (await response.json()) as { error: { code: string; message: string; fields?: Record<string, string[]> } };
  return json.error;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('apiHandler', () => {
  const echo = apiHandler({ body: schema, maxBodyBytes: 100 }, ({ body }) => Response.json({ got: body }));

  it('passes a valid, parsed body to the handler', async () => {
    const response = await echo(post(JSON.stringify({ name: 'a', count: 3, extra: true })));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ got: { name: 'a', count: 3 } });
  });

  it('accepts application/json with a charset', async () => {
    const response = await echo(post('{"name":"a","count":1}', { 'content-type': 'Application/JSON; charset=utf-8' }));
    expect(response.status).toBe(200);
  });

  it('answers 400 with fields when the body fails validation', async () => {
    const response = await echo(post(JSON.stringify({ name: '', count: 11 })));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('bad_request');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['count', 'name']);
  });

  it('answers 415 when the body is not sent as JSON', async () => {
    for (const headers of [{ 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }]) {
      const response = await echo(post('{"name":"a","count":1}', headers));
      expect(response.status).toBe(415);
      expect((await errorOf(response)).code).toBe('unsupported_media_type');
    }
  });

  it('answers 415 when there is no content type at all', async () => {
    const request = new Request(URL_, { method: 'POST', body: new Uint8Array([123, 125]) });
    const response = await echo(request);
    expect(response.status).toBe(415);
  });

  it('answers 400 for malformed JSON', async () => {
    const response = await echo(post('{"name": "a",'));
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error).toEqual({ code: 'bad_request', message: 'The body is not valid JSON.' });
  });

  it('answers 413 for a body over maxBodyBytes, measured in bytes not characters', async () => {
    const big = await echo(post(JSON.stringify({ name: 'x'.repeat(200), count: 1 })));
    expect(big.status).toBe(413);
    expect((await errorOf(big)).code).toBe('payload_too_large');
    // 40 CJK characters are 120 UTF-8 bytes: over 100 although under 100 characters.
    const wide = await echo(post(JSON.stringify({ name: '稅'.repeat(40), count: 1 })));
    expect(wide.status).toBe(413);
  });

  it('answers 413 from a declared Content-Length before reading the body', async () => {
    const response = await echo(post('{}', { 'content-type': 'application/json', 'content-length': '5000' }));
    expect(response.status).toBe(413);
  });

  it('accepts a body of exactly maxBodyBytes', async () => {
    const base = JSON.stringify({ name: '', count: 1 });
    const body = JSON.stringify({ name: 'n'.repeat(100 - base.length), count: 1 });
    expect(body).toHaveLength(100);
    expect((await echo(post(body))).status).toBe(200);
  });

  it('passes ApiErrors thrown by the handler through with their status', async () => {
    const handler = apiHandler({}, () => {
      throw new ApiError('forbidden', 'Not yours.');
    });
    const response = await handler(new Request(URL_));
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toEqual({ code: 'forbidden', message: 'Not yours.' });
  });

  it('turns an unexpected error into a 500 that reveals nothing internal', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = apiHandler({}, async () => {
      throw new Error('relation "users" does not exist at postgres://app:hunter2@db/tax');
    });
    const response = await handler(new Request(`${URL_}?token=abc`));
    expect(response.status).toBe(500);
    const error = await errorOf(response);
    expect(error.code).toBe('internal_error');
    expect(error.fields).toBeUndefined();
    expect(error.message).not.toMatch(/relation|users|postgres|hunter2|Error/);
    const reference = /Reference: ([0-9a-f-]{36})/.exec(error.message)?.[1];
    expect(reference).toBeDefined();
    expect(log).toHaveBeenCalledTimes(1);
    const logged = log.mock.calls[0]!.map(String).join(' ');
    expect(logged).toContain(reference!);
    expect(logged).toContain('/api/things');
    expect(logged).not.toContain('token=abc');
  });

  it('turns a thrown non-Error value into a 500 too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = apiHandler({}, () => {
      throw 'boom';
    });
    const response = await handler(new Request(URL_));
    expect(response.status).toBe(500);
    expect((await errorOf(response)).message).not.toContain('boom');
  });

  it('passes params through from a Promise, and {} without a context', async () => {
    const handler = apiHandler<undefined, { id: string }>({}, ({ params, body }) => Response.json({ params, body: body ?? null }));
    const withParams = await handler(new Request(URL_), { params: Promise.resolve({ id: '42' }) });
    expect(await withParams.json()).toEqual({ params: { id: '42' }, body: null });
    const without = await handler(new Request(URL_));
    expect(await without.json()).toEqual({ params: {}, body: null });
    // What Next passes to a route without dynamic segments.
    const noParams = await handler(new Request(URL_), { params: undefined });
    expect(await noParams.json()).toEqual({ params: {}, body: null });
  });

  it('does not read the body when no schema is given', async () => {
    const handler = apiHandler({}, async ({ request }) => Response.json({ text: await request.text() }));
    const response = await handler(post('not json', { 'content-type': 'text/plain' }));
    expect(await response.json()).toEqual({ text: 'not json' });
  });
});

describe('rate limits in route handlers', () => {
  it('answers 429 with Retry-After and a readable wait', async () => {
    const { RateLimitError } = await import('@/lib/rate-limit/policies');
    const { apiHandler: wrap } = await import('@/lib/api/handler');
    const handler = wrap({}, () => {
      throw new RateLimitError('lottery-publish:account', 61);
    });
    const response = await handler(new Request('http://localhost/api/x', { method: 'POST' }));
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('61');
    expect((await response.json()).error).toEqual({ code: 'rate_limited', message: 'Too many requests. Try again in 2 minutes.' });
  });
});
