/**
 * The WebAuthn challenge between "options" and "verify", kept by the browser in an HttpOnly
 * cookie signed with the auth secret. It names its purpose and, for adding a passkey, the
 * account, so a challenge issued for one use or one citizen is worthless for another. The cookie
 * alone could be presented again within its five minutes: passkey-challenge-store.ts makes each
 * challenge single-use on the server. Pure apart from node:crypto.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const CHALLENGE_COOKIE = 'tc_webauthn';
export const CHALLENGE_SECONDS = 5 * 60;

export type ChallengePurpose = 'register' | 'authenticate';
export type Challenge = { challenge: string; purpose: ChallengePurpose; userId: string | null; expiresAt: number };

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`webauthn-challenge\0${payload}`).digest('base64url');
}

export function sealChallenge(secret: string, value: Omit<Challenge, 'expiresAt'>, nowMs = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...value, expiresAt: nowMs + CHALLENGE_SECONDS * 1000 })).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/** The challenge, if the cookie is ours, unexpired and for this purpose (and account). */
export function openChallenge(secret: string, sealed: string | undefined, purpose: ChallengePurpose, userId: string | null, nowMs = Date.now()): string | null {
  const [payload, signature] = (sealed ?? '').split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Challenge;
    if (value.purpose !== purpose || value.userId !== userId || !(value.expiresAt > nowMs) || typeof value.challenge !== 'string') return null;
    return value.challenge;
  } catch {
    return null;
  }
}

/** The cookie's value in a Cookie header. */
export function challengeFromCookieHeader(header: string | null): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CHALLENGE_COOKIE) return rest.join('=');
  }
  return undefined;
}

export function challengeCookie(value: string, secure: boolean): string {
  return `${CHALLENGE_COOKIE}=${value}; Path=/; Max-Age=${CHALLENGE_SECONDS}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export function clearChallengeCookie(secure: boolean): string {
  return `${CHALLENGE_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}
