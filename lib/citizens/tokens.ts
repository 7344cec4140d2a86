/**
 * One-time e-mail link tokens: 32 random bytes in the link, only their SHA-256 in the
 * database. A token is good once, for its purpose, until it expires. Pure except for the
 * random source.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { CitizenTokenPurpose } from '@/lib/db/schema';

/** A confirmation link lasts a day (mail can be slow); a reset link an hour (it opens the account). */
export const TOKEN_LIFETIME_SECONDS: Record<CitizenTokenPurpose, number> = {
  'confirm-email': 24 * 60 * 60,
  'reset-code': 60 * 60,
};

/** base64url of 32 bytes: 43 characters. Anything else in a link is not a token of ours. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(bytes: Uint8Array = randomBytes(32)): string {
  return Buffer.from(bytes).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function tokenExpiry(purpose: CitizenTokenPurpose, now: Date): Date {
  return new Date(now.getTime() + TOKEN_LIFETIME_SECONDS[purpose] * 1000);
}

export type TokenState = { expiresAt: Date; usedAt: Date | null };

/** Why a stored token cannot be used now, or null when it can. */
export function tokenProblem(state: TokenState | null, now: Date): 'invalid' | 'used' | 'expired' | null {
  if (!state) return 'invalid';
  if (state.usedAt) return 'used';
  if (state.expiresAt.getTime() <= now.getTime()) return 'expired';
  return null;
}
