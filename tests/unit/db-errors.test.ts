import { describe, expect, it, vi } from 'vitest';
import { apiHandler } from '@/lib/api/handler';
import { DbConfigError } from '@/lib/db/config';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_DIGEST,
  DatabaseUnavailableError,
  isDatabaseUnavailable,
  markUnavailable,
} from '@/lib/db/errors';

function withCode(code: string, message = 'boom'): Error {
  return Object.assign(new Error(message), { code });
}

describe('isDatabaseUnavailable', () => {
  it.each([
    ['statement timeout', withCode('57014', 'canceling statement due to statement timeout')],
    ['lock timeout', withCode('55P03', 'canceling statement due to lock timeout')],
    ['server shutting down', withCode('57P01')],
    ['server starting up', withCode('57P03')],
    ['no connection slots', withCode('53300')],
    ['connection failure (class 08)', withCode('08006')],
    ['refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1')],
    ['network timeout', withCode('ETIMEDOUT')],
    ['DNS failure', withCode('ENOTFOUND')],
    ['pool acquisition timeout', new Error('timeout exceeded when trying to connect')],
    ['lost connection', new Error('Connection terminated unexpectedly')],
    ['our own busy error', new DatabaseUnavailableError('busy')],
    ['a WebSocket ErrorEvent (Neon driver)', { type: 'error', message: 'connect ECONNREFUSED 127.0.0.1:5488' }],
    ['Neon connection timeout', new Error('Connection terminated due to connection timeout')],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('looks inside wrappers: cause, Auth.js cause.err, AggregateError', () => {
    expect(isDatabaseUnavailable(new Error('outer', { cause: withCode('57014') }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('CallbackRouteError'), { cause: { err: withCode('ECONNREFUSED') } }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([new Error('x'), withCode('ECONNREFUSED')]))).toBe(true);
  });

  it.each([
    ['a constraint violation', withCode('23505', 'duplicate key value')],
    ['a syntax error', withCode('42601')],
    ['a plain bug', new TypeError('x is undefined')],
    ['a bad DATABASE_URL', new DbConfigError('DATABASE_URL is not a valid URL')],
    ['not an error', 'timeout exceeded when trying to connect'],
    ['null', null],
  ])('does not claim %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('stops at a cyclic cause', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    a.cause = a;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe('markUnavailable', () => {
  it('gives an outage the digest the error page recognises, and leaves other errors and digests alone', () => {
    expect((markUnavailable(withCode('57014')) as { digest?: string }).digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect((markUnavailable(new TypeError('bug')) as { digest?: string }).digest).toBeUndefined();
    const redirect = Object.assign(withCode('ECONNREFUSED'), { digest: 'NEXT_REDIRECT;replace;/x;307;' });
    expect(markUnavailable(redirect).digest).toBe('NEXT_REDIRECT;replace;/x;307;');
  });
});

describe('apiHandler and an unavailable database', () => {
  it('answers 503 with Retry-After and the one error shape, without internals', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = apiHandler({}, () => {
      throw Object.assign(new Error('canceling statement due to lock timeout on 10.0.0.5:5432'), { code: '55P03' });
    });
    const response = await handler(new Request('https://tax.example/api/v1/things'));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(DATABASE_RETRY_AFTER_SECONDS));
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toBe('unavailable');
    expect(body.error.message).not.toContain('10.0.0.5');
    vi.restoreAllMocks();
  });

  it('still answers 500 for other failures', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = apiHandler({}, () => {
      throw new TypeError('bug');
    });
    const response = await handler(new Request('https://tax.example/api/v1/things'));
    expect(response.status).toBe(500);
    expect(response.headers.get('retry-after')).toBeNull();
    vi.restoreAllMocks();
  });
});
