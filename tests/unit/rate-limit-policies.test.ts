import { describe, expect, it } from 'vitest';
import { RATE_LIMIT_POLICIES, counterExpired, counterVerdict, evaluateLimit, minutesToWait, type RateLimitPolicy } from '@/lib/rate-limit/policies';

const policy: RateLimitPolicy = { limit: 5, windowSeconds: 900, lockoutSeconds: 900, description: 'test' };
const lastAt = new Date('2026-11-22T10:00:00Z');
const after = (seconds: number) => new Date(lastAt.getTime() + seconds * 1000);

describe('RATE_LIMIT_POLICIES', () => {
  it('locks an account after exactly 5 failures in 15 minutes, for 15 minutes', () => {
    expect(RATE_LIMIT_POLICIES['sign-in:account']).toMatchObject({ limit: 5, windowSeconds: 15 * 60, lockoutSeconds: 15 * 60 });
  });

  it('has a looser per-IP limit over the same window', () => {
    const ip = RATE_LIMIT_POLICIES['sign-in:ip'];
    expect(ip.limit).toBeGreaterThan(RATE_LIMIT_POLICIES['sign-in:account'].limit);
    expect(ip.windowSeconds).toBe(15 * 60);
    expect(ip.lockoutSeconds).toBeGreaterThan(0);
  });
});

describe('evaluateLimit', () => {
  it('is unlocked with the full allowance when nothing happened', () => {
    expect(evaluateLimit(policy, { count: 0, lastAt: null }, lastAt)).toEqual({ locked: false, retryAfterSeconds: 0, remaining: 5 });
  });

  it('counts down the remaining attempts below the limit', () => {
    for (let count = 1; count < 5; count++) {
      expect(evaluateLimit(policy, { count, lastAt }, after(1))).toEqual({ locked: false, retryAfterSeconds: 0, remaining: 5 - count });
    }
  });

  it('locks at the limit, with retryAfter counted from the last event plus the lockout', () => {
    expect(evaluateLimit(policy, { count: 5, lastAt }, lastAt)).toEqual({ locked: true, retryAfterSeconds: 900, remaining: 0 });
    expect(evaluateLimit(policy, { count: 5, lastAt }, after(60))).toEqual({ locked: true, retryAfterSeconds: 840, remaining: 0 });
  });

  it('stays locked above the limit', () => {
    expect(evaluateLimit(policy, { count: 12, lastAt }, after(100))).toEqual({ locked: true, retryAfterSeconds: 800, remaining: 0 });
  });

  it('rounds a partial second up so the client never retries too early', () => {
    expect(evaluateLimit(policy, { count: 5, lastAt }, new Date(after(899).getTime() + 500)).retryAfterSeconds).toBe(1);
  });

  it('unlocks once the lockout has expired', () => {
    expect(evaluateLimit(policy, { count: 5, lastAt }, after(900))).toEqual({ locked: false, retryAfterSeconds: 0, remaining: 0 });
    expect(evaluateLimit(policy, { count: 5, lastAt }, after(3600)).locked).toBe(false);
  });

  it('is not locked at the limit when there is no last event', () => {
    expect(evaluateLimit(policy, { count: 5, lastAt: null }, lastAt).locked).toBe(false);
  });

  it('applies the real sign-in:account policy: the fifth failure locks for 15 minutes', () => {
    const account = RATE_LIMIT_POLICIES['sign-in:account'];
    expect(evaluateLimit(account, { count: 4, lastAt }, lastAt)).toMatchObject({ locked: false, remaining: 1 });
    expect(evaluateLimit(account, { count: 5, lastAt }, lastAt)).toMatchObject({ locked: true, retryAfterSeconds: 15 * 60 });
    expect(evaluateLimit(account, { count: 5, lastAt }, after(15 * 60 - 1)).locked).toBe(true);
    expect(evaluateLimit(account, { count: 5, lastAt }, after(15 * 60)).locked).toBe(false);
  });
});

describe('minutesToWait', () => {
  it.each([
    [1, 1],
    [59, 1],
    [60, 1],
    [61, 2],
    [840, 14],
    [841, 15],
    [900, 15],
  ])('%i s → %i min (rounded up)', (seconds, minutes) => {
    expect(minutesToWait(seconds)).toBe(minutes);
  });

  it('never says less than one minute', () => {
    expect(minutesToWait(0)).toBe(1);
    expect(minutesToWait(-5)).toBe(1);
  });
});

describe('counterExpired and counterVerdict', () => {
  const windowStart = new Date('2026-11-22T09:50:00Z');

  it('starts afresh without a counter', () => {
    expect(counterExpired(policy, null, lastAt)).toBe(true);
    expect(counterVerdict(policy, null, lastAt)).toEqual({ locked: false, retryAfterSeconds: 0, remaining: 5 });
  });

  it('below the limit, forgets the count once the window has passed', () => {
    const state = { count: 3, windowStart, lastAt };
    expect(counterVerdict(policy, state, new Date(windowStart.getTime() + 899_000))).toMatchObject({ remaining: 2 });
    expect(counterExpired(policy, state, new Date(windowStart.getTime() + 900_000))).toBe(true);
    expect(counterVerdict(policy, state, new Date(windowStart.getTime() + 900_000))).toMatchObject({ remaining: 5 });
  });

  it('at the limit, stays locked past the window until the lockout ends', () => {
    const state = { count: 6, windowStart, lastAt };
    // The window ended at 10:05; the lock runs from the last allowed attempt (10:00) to 10:15.
    expect(counterVerdict(policy, state, after(600))).toEqual({ locked: true, retryAfterSeconds: 300, remaining: 0 });
    expect(counterExpired(policy, state, after(899))).toBe(false);
    expect(counterExpired(policy, state, after(900))).toBe(true);
    expect(counterVerdict(policy, state, after(900))).toEqual({ locked: false, retryAfterSeconds: 0, remaining: 5 });
  });
});
