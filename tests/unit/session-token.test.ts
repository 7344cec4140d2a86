import { encode } from 'next-auth/jwt';
import { beforeEach, describe, expect, it } from 'vitest';
import { CITIZEN_SESSION_ABSOLUTE_SECONDS, SESSION_ABSOLUTE_SECONDS } from '@/lib/auth/base-config';
import { forgetSessionTokens, readSessionToken, renewalDue, RENEW_AFTER_SECONDS, sessionTokenFrom } from '@/lib/auth/session-token';

const secret = 'unit-test-secret-0123456789abcdef0123456789';
const NAME = 'authjs.session-token';
const SECURE = '__Secure-authjs.session-token';
const uid = '0d5c1f3e-1111-4222-8333-444455556666';
const nowS = () => Math.floor(Date.now() / 1000);

/** A cookie as Auth.js seals it (lib/auth/base-config.ts's jwt callback fields). */
function seal(token: Record<string, unknown>, salt = NAME, maxAge = 20 * 60, key = secret) {
  return encode({ token: { uid, kind: 'citizen', roles: [], sv: 3, authTime: nowS(), ...token }, secret: key, salt, maxAge });
}

beforeEach(() => forgetSessionTokens());

describe('readSessionToken (the session cookie without the Auth.js pipeline, issue 12)', () => {
  it('reads the claims a signed-in cookie carries', async () => {
    const claims = await readSessionToken(`a=1; ${NAME}=${await seal({})}`, { secret });
    expect(claims).toMatchObject({ userId: uid, sessionVersion: 3, kind: 'citizen' });
    expect(claims!.expiresAt - claims!.issuedAt).toBe(20 * 60);
  });

  it('reads the __Secure- cookie, and chunked cookies joined in order', async () => {
    const token = await seal({}, SECURE);
    expect(await readSessionToken(`${SECURE}=${token}`, { secret })).toMatchObject({ userId: uid });
    const mid = Math.floor(token.length / 2);
    const chunked = `${SECURE}.1=${token.slice(mid)}; ${SECURE}.0=${token.slice(0, mid)}`;
    expect(sessionTokenFrom(chunked)).toEqual({ name: SECURE, token });
    expect(await readSessionToken(chunked, { secret })).toMatchObject({ userId: uid });
  });

  it('refuses no cookie, garbage, another secret, and a token sealed for the other cookie name', async () => {
    expect(await readSessionToken(null, { secret })).toBeNull();
    expect(await readSessionToken('a=1', { secret })).toBeNull();
    expect(await readSessionToken(`${NAME}=not-a-token`, { secret })).toBeNull();
    expect(await readSessionToken(`${NAME}=${await seal({}, NAME, 1200, 'another-secret-0123456789abcdef0123456789')}`, { secret })).toBeNull();
    // The salt is the cookie name: a token moved from one name to the other does not decrypt.
    expect(await readSessionToken(`${SECURE}=${await seal({}, NAME)}`, { secret })).toBeNull();
    expect(await readSessionToken(`${NAME}=${await seal({}, SECURE)}`, { secret })).toBeNull();
  });

  it('refuses an expired cookie, also after it was read while valid (the memo keeps the expiry)', async () => {
    const header = `${NAME}=${await seal({}, NAME, 60)}`;
    expect(await readSessionToken(header, { secret })).not.toBeNull();
    // jose accepts 15 s past `exp`, as Auth.js's decode does.
    expect(await readSessionToken(header, { secret, nowMs: (nowS() + 70) * 1000 })).not.toBeNull();
    expect(await readSessionToken(header, { secret, nowMs: (nowS() + 80) * 1000 })).toBeNull();
    const expired = `${NAME}=${await seal({}, NAME, -60)}`;
    expect(await readSessionToken(expired, { secret })).toBeNull();
  });

  it('applies the absolute limit of the session kind, on every use', async () => {
    const citizen = `${NAME}=${await seal({ authTime: nowS() - CITIZEN_SESSION_ABSOLUTE_SECONDS + 30 })}`;
    expect(await readSessionToken(citizen, { secret })).not.toBeNull();
    expect(await readSessionToken(citizen, { secret, nowMs: (nowS() + 60) * 1000 })).toBeNull();
    const staffOld = `${NAME}=${await seal({ kind: 'staff', authTime: nowS() - CITIZEN_SESSION_ABSOLUTE_SECONDS - 60 })}`;
    expect(await readSessionToken(staffOld, { secret })).toMatchObject({ kind: 'staff' });
    const staffTooOld = `${NAME}=${await seal({ kind: 'staff', authTime: nowS() - SESSION_ABSOLUTE_SECONDS - 1 })}`;
    expect(await readSessionToken(staffTooOld, { secret })).toBeNull();
  });

  it('does not keep the claims for another secret', async () => {
    const header = `${NAME}=${await seal({})}`;
    expect(await readSessionToken(header, { secret })).not.toBeNull();
    expect(await readSessionToken(header, { secret: 'rotated-secret-0123456789abcdef0123456789' })).toBeNull();
  });
});

describe('renewalDue (the idle timeout renews a cookie once a minute)', () => {
  it('is false for a fresh cookie and true once it is a minute old', async () => {
    const claims = (await readSessionToken(`${NAME}=${await seal({})}`, { secret }))!;
    expect(renewalDue(claims, claims.issuedAt * 1000)).toBe(false);
    expect(renewalDue(claims, (claims.issuedAt + RENEW_AFTER_SECONDS - 1) * 1000)).toBe(false);
    expect(renewalDue(claims, (claims.issuedAt + RENEW_AFTER_SECONDS) * 1000)).toBe(true);
  });
});
