import { describe, expect, it } from 'vitest';
import { CHALLENGE_SECONDS, challengeCookie, challengeFromCookieHeader, openChallenge, sealChallenge } from '@/lib/citizens/passkey-challenge';
import { parseAuthenticationResponse } from '@/lib/citizens/passkey-schemas';

const SECRET = 'unit-test-secret-0123456789abcdefghijkl';
const now = Date.UTC(2026, 10, 30, 4);

describe('the WebAuthn challenge cookie', () => {
  it('gives back the challenge for its purpose and account, within five minutes', () => {
    const sealed = sealChallenge(SECRET, { challenge: 'abc', purpose: 'register', userId: 'u1' }, now);
    expect(openChallenge(SECRET, sealed, 'register', 'u1', now + 1000)).toBe('abc');
    expect(openChallenge(SECRET, sealed, 'register', 'u1', now + CHALLENGE_SECONDS * 1000)).toBeNull();
  });

  it('is worthless for another purpose, another account, another secret, or when altered', () => {
    const sealed = sealChallenge(SECRET, { challenge: 'abc', purpose: 'register', userId: 'u1' }, now);
    expect(openChallenge(SECRET, sealed, 'authenticate', 'u1', now)).toBeNull();
    expect(openChallenge(SECRET, sealed, 'register', 'u2', now)).toBeNull();
    expect(openChallenge(`${SECRET}x`, sealed, 'register', 'u1', now)).toBeNull();
    const [payload, mac] = sealed.split('.');
    const forged = Buffer.from(JSON.stringify({ challenge: 'abc', purpose: 'register', userId: 'u2', expiresAt: now + 1e6 })).toString('base64url');
    expect(openChallenge(SECRET, `${forged}.${mac}`, 'register', 'u2', now)).toBeNull();
    expect(openChallenge(SECRET, `${payload}.`, 'register', 'u1', now)).toBeNull();
    expect(openChallenge(SECRET, undefined, 'register', 'u1', now)).toBeNull();
  });

  it('is an HttpOnly, SameSite=Strict cookie, read back from a Cookie header', () => {
    expect(challengeCookie('v.m', true)).toBe('tc_webauthn=v.m; Path=/; Max-Age=300; HttpOnly; SameSite=Strict; Secure');
    expect(challengeFromCookieHeader('a=1; tc_webauthn=v.m; b=2')).toBe('v.m');
    expect(challengeFromCookieHeader(null)).toBeUndefined();
  });
});

describe('passkey assertions from the sign-in form', () => {
  it('accept the shape the browser library sends and refuse anything else', () => {
    const good = { id: 'abc', rawId: 'abc', type: 'public-key', response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' }, clientExtensionResults: {} };
    expect(parseAuthenticationResponse(JSON.stringify(good))).toMatchObject({ id: 'abc' });
    expect(parseAuthenticationResponse(JSON.stringify({ ...good, type: 'password' }))).toBeNull();
    expect(parseAuthenticationResponse('{not json')).toBeNull();
    expect(parseAuthenticationResponse(42)).toBeNull();
  });
});
