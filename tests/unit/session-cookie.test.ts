import { describe, expect, it } from 'vitest';
import { hasSessionCookie } from '@/lib/auth/session-cookie';

describe('hasSessionCookie (GET /api/health reads the session only when there is one)', () => {
  it.each([
    'authjs.session-token=abc',
    'a=1; authjs.session-token=abc',
    'a=1;__Secure-authjs.session-token=abc',
    'authjs.session-token.0=abc; authjs.session-token.1=def',
  ])('finds it in %j', (header) => {
    expect(hasSessionCookie(header)).toBe(true);
  });

  it.each([null, '', 'a=1', 'authjs.csrf-token=x', 'xauthjs.session-token=abc', 'authjs.session-tokens=abc'])('finds none in %j', (header) => {
    expect(hasSessionCookie(header)).toBe(false);
  });
});
