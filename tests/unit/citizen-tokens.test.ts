import { describe, expect, it } from 'vitest';
import { TOKEN_LIFETIME_SECONDS, TOKEN_PATTERN, hashToken, newToken, tokenExpiry, tokenProblem } from '@/lib/citizens/tokens';

describe('e-mail link tokens', () => {
  it('are 32 random bytes in base64url, 43 characters', () => {
    const a = newToken();
    expect(a).toMatch(TOKEN_PATTERN);
    expect(newToken()).not.toBe(a);
    expect(newToken(new Uint8Array(32))).toBe('A'.repeat(43));
  });

  it('are stored as their SHA-256, never as themselves', () => {
    const token = newToken();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
    expect(hashToken(token)).toBe(hashToken(token));
  });

  it('expire after a day (confirmation) or an hour (reset)', () => {
    const now = new Date('2026-11-30T00:00:00Z');
    expect(tokenExpiry('confirm-email', now).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(tokenExpiry('reset-code', now).toISOString()).toBe('2026-11-30T01:00:00.000Z');
    expect(TOKEN_LIFETIME_SECONDS['reset-code']).toBeLessThan(TOKEN_LIFETIME_SECONDS['confirm-email']);
  });

  it('can be used once, before they expire', () => {
    const now = new Date('2026-11-30T00:30:00Z');
    const expiresAt = new Date('2026-11-30T01:00:00Z');
    expect(tokenProblem(null, now)).toBe('invalid');
    expect(tokenProblem({ expiresAt, usedAt: null }, now)).toBeNull();
    expect(tokenProblem({ expiresAt, usedAt: now }, now)).toBe('used');
    expect(tokenProblem({ expiresAt, usedAt: null }, expiresAt)).toBe('expired');
  });
});
