/**
 * proxy.ts on personal pages sets the renewed session cookie and nothing else: Auth.js's session
 * read also hands out its CSRF-token and callback-URL cookies, which a /me or /admin page must
 * not pass on (a personal response sets nothing about the visitor that the page does not use).
 * The real proxy and Auth.js, no database (the proxy's Auth.js config needs none).
 */
import './support/next-runtime';
import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { authSecret } from '@/lib/env';
import { AUTH_EXTRA_COOKIE, withoutAuthExtraCookies } from '@/lib/security/auth-cookies';

const ORIGIN = 'http://localhost:3000';
// Auth.js names its cookies with __Secure- when it takes the request to be https (as behind
// Next's own request handling here): the test sends both names, each sealed for its own name.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

const runProxy = async (path: string, cookie?: string) =>
  (await import('@/proxy')).proxy(new NextRequest(`${ORIGIN}${path}`, { headers: cookie ? { cookie } : {} }), { waitUntil: () => undefined } as never);

/**
 * A citizen's session cookie issued `ageSeconds` ago. The proxy re-issues a cookie only once it
 * is a minute old (lib/auth/session-token.ts), so "renewed" needs an older one.
 */
async function citizenCookie(ageSeconds: number): Promise<string> {
  vi.useFakeTimers({ now: Date.now() - ageSeconds * 1000, toFake: ['Date'] });
  try {
    const now = Math.floor(Date.now() / 1000);
    const token = { uid: '11111111-1111-4111-8111-111111111111', kind: 'citizen', roles: [], sv: 1, authTime: now };
    const pairs = await Promise.all(SESSION_COOKIES.map(async (name) => `${name}=${await encode({ token, secret: authSecret(), salt: name, maxAge: 20 * 60 })}`));
    return pairs.join('; ');
  } finally {
    vi.useRealTimers();
  }
}

const names = (response: Response) => response.headers.getSetCookie().map((c) => c.slice(0, c.indexOf('=')));

describe('personal pages set only the session cookie', () => {
  it.each(['/me', '/me/data', '/en/me/invoices', '/admin'])('%s signed out: no cookie at all, still private', async (path) => {
    const response = await runProxy(path);
    expect(names(response)).toEqual([]);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });

  it.each(['/me', '/me/tax', '/en/me/data'])('%s signed in: the renewed session cookie, no CSRF or callback cookie', async (path) => {
    const response = await runProxy(path, await citizenCookie(120));
    expect(names(response)).toHaveLength(1);
    expect(SESSION_COOKIES).toContain(names(response)[0]);
    expect(response.headers.getSetCookie()[0]).toMatch(/HttpOnly/i);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    // The request still goes on to the page, with its nonce.
    expect(response.headers.get('x-middleware-next')).toBe('1');
    expect(response.headers.get('content-security-policy')).toMatch(/nonce-/);
  });

  it.each(['/me', '/en/me/data'])('%s with a cookie under a minute old: nothing re-issued, still private with its nonce', async (path) => {
    const response = await runProxy(path, await citizenCookie(5));
    expect(names(response)).toEqual([]);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-middleware-next')).toBe('1');
    expect(response.headers.get('content-security-policy')).toMatch(/nonce-/);
  });
});

describe('withoutAuthExtraCookies', () => {
  it('drops csrf-token and callback-url under any prefix, keeps the rest', async () => {
    const headers = new Headers({ 'x-kept': 'yes' });
    for (const c of [
      'authjs.csrf-token=a; Path=/; HttpOnly',
      '__Host-authjs.csrf-token=b; Path=/; Secure',
      '__Secure-authjs.callback-url=c; Path=/',
      '__Secure-authjs.session-token=d; Path=/; HttpOnly; Secure',
      'authjs.session-token.0=e; Path=/',
    ]) {
      headers.append('set-cookie', c);
    }
    const out = withoutAuthExtraCookies(new Response('body', { status: 201, headers }));
    expect(out.headers.getSetCookie()).toEqual(['__Secure-authjs.session-token=d; Path=/; HttpOnly; Secure', 'authjs.session-token.0=e; Path=/']);
    expect(out.status).toBe(201);
    expect(out.headers.get('x-kept')).toBe('yes');
    expect(await out.text()).toBe('body');
    expect(AUTH_EXTRA_COOKIE.test('my-authjs.csrf-token=x')).toBe(false);
  });
});
