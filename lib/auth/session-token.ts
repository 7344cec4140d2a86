/**
 * Reading the Auth.js session cookie without the whole Auth.js request pipeline (issue 12's
 * "my invoices" profile). `auth()` answers a session read by building an internal request,
 * decrypting the cookie (HKDF key derivation, JWK thumbprint, AES-CBC + HMAC) and then
 * encrypting a renewed cookie again, every time it is called: about 1.2 ms of CPU each, done
 * twice per personal page (proxy and page) and twice per personal API call (wrapper and
 * principal). Here the cookie is decrypted with Auth.js's own `decode` (same key, same salt,
 * same expiry check), and the claims of a token already seen are kept in this process until the
 * token expires, so a cookie is decrypted about once a minute instead of on every request.
 *
 * What still decides whether a session counts is unchanged: the token must decrypt under the
 * secret for its cookie name, be unexpired (jose's 15 s tolerance, as Auth.js), be within the
 * absolute limit of its kind (base-config's jwt callback), and then lib/auth/session-version.ts
 * checks the user's session version and account in the database on every request.
 *
 * Renewal (the idle timeout): a cookie is re-issued through Auth.js only once it is
 * RENEW_AFTER_SECONDS old, not on every request, so a session ends between 19 and 20 minutes
 * after the last request instead of exactly 20: never later. No database and no `server-only`:
 * the proxy uses it too.
 */
import { decode } from 'next-auth/jwt';
import { authSecret } from '@/lib/env';
import { SESSION_IDLE_SECONDS, absoluteLimitSeconds } from './base-config';

/** A cookie younger than this is not re-issued: one renewal a minute keeps the idle window. */
export const RENEW_AFTER_SECONDS = 60;

const NAMES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;
/** jose's default in Auth.js's decode: an expired token is still accepted for 15 s. */
const CLOCK_TOLERANCE_SECONDS = 15;
/** Decrypted tokens kept per process (a few hundred bytes each); the oldest go first. */
const MEMO_SIZE = 2_000;

/** What the server needs from a session cookie. */
export type SessionTokenClaims = {
  userId: string;
  sessionVersion: number | undefined;
  kind: 'staff' | 'citizen';
  /** When this cookie was issued (seconds): the renewal decision. */
  issuedAt: number;
  /** When it expires (seconds). */
  expiresAt: number;
};

/** A decrypted token's claims and sign-in time (for the absolute limit on each later use). */
type Memo = { claims: SessionTokenClaims; authTime: number | undefined };
const memo = new Map<string, Memo>();

function parseCookies(header: string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name.includes('authjs.session-token')) continue;
    // First occurrence wins, as cookie parsers (and Auth.js's) do.
    if (!out.has(name)) out.set(name, part.slice(eq + 1).trim());
  }
  return out;
}

/**
 * The session token and the cookie name it was sealed for: the `__Secure-` one first (what
 * Auth.js sets over https), else the plain one; each is decrypted with its own name as the
 * salt, so a token is only ever accepted under the name it was issued for. Chunked cookies
 * (`.0`, `.1`, …, for tokens over 4 KB) are joined in order, as Auth.js's SessionStore does.
 */
export function sessionTokenFrom(cookieHeader: string | null): { name: string; token: string } | null {
  const cookies = parseCookies(cookieHeader);
  for (const name of NAMES) {
    const whole = cookies.get(name);
    if (whole) return { name, token: whole };
    const chunks: string[] = [];
    for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!);
    if (chunks.length > 0) return { name, token: chunks.join('') };
  }
  return null;
}

/** base-config's jwt callback: past the absolute limit of its kind, Auth.js answers "no session". */
function withinAbsoluteLimit(authTime: number | undefined, kind: unknown, nowSeconds: number): boolean {
  return authTime === undefined || nowSeconds - authTime <= absoluteLimitSeconds(kind);
}

function claimsOf(payload: Record<string, unknown>): SessionTokenClaims | null {
  const { uid, sv, kind, iat, exp } = payload;
  if (typeof uid !== 'string' || typeof exp !== 'number') return null;
  return {
    userId: uid,
    sessionVersion: typeof sv === 'number' ? sv : undefined,
    kind: kind === 'citizen' ? 'citizen' : 'staff',
    issuedAt: typeof iat === 'number' ? iat : exp - SESSION_IDLE_SECONDS,
    expiresAt: exp,
  };
}

/**
 * The claims of the request's session cookie, or null (no cookie, not ours, expired, past the
 * absolute limit). Not yet checked against the database: lib/auth/principal.ts does that.
 */
export async function readSessionToken(cookieHeader: string | null, options: { secret?: string; nowMs?: number } = {}): Promise<SessionTokenClaims | null> {
  const found = sessionTokenFrom(cookieHeader);
  if (!found) return null;
  const nowSeconds = Math.floor((options.nowMs ?? Date.now()) / 1000);
  const secret = options.secret ?? authSecret();
  // The secret and the cookie name are part of the key: a token is only reused as what it was decrypted as.
  const key = `${found.name}\0${secret}\0${found.token}`;
  let kept = memo.get(key);
  if (!kept) {
    let payload: Record<string, unknown> | null;
    try {
      payload = (await decode({ token: found.token, secret, salt: found.name })) as Record<string, unknown> | null;
    } catch {
      payload = null; // not ours, tampered with, or expired: no session, as with auth()
    }
    const claims = payload ? claimsOf(payload) : null;
    if (!claims) return null; // garbage is not kept (each costs a decrypt, as before)
    kept = { claims, authTime: typeof payload!.authTime === 'number' ? payload!.authTime : undefined };
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
    memo.set(key, kept);
  }
  // Checked on every use, not only when decrypted: jose's expiry rule and the absolute limit.
  const { claims, authTime } = kept;
  if (claims.expiresAt <= nowSeconds - CLOCK_TOLERANCE_SECONDS) {
    memo.delete(key);
    return null;
  }
  return withinAbsoluteLimit(authTime, claims.kind, nowSeconds) ? claims : null;
}

/** Whether the cookie should be re-issued now (a minute or more since it was). */
export function renewalDue(claims: SessionTokenClaims, nowMs = Date.now()): boolean {
  return Math.floor(nowMs / 1000) - claims.issuedAt >= RENEW_AFTER_SECONDS;
}

/** For tests: forget every decrypted token. */
export function forgetSessionTokens(): void {
  memo.clear();
}
