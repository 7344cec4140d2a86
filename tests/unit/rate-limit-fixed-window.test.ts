import { describe, expect, it } from 'vitest';
import { rateLimitHeaders } from '@/lib/rate-limit/headers';
import { counterExpired, counterVerdict, RATE_LIMIT_POLICIES, windowResetSeconds } from '@/lib/rate-limit/policies';

const policy = RATE_LIMIT_POLICIES['api:read'];
const start = new Date('2026-11-30T04:00:00Z');
const at = (s: number) => new Date(start.getTime() + s * 1000);

describe('fixed-window policies', () => {
  it('count within the window and refuse over the limit until the window ends', () => {
    const state = { count: policy.limit, windowStart: start, lastAt: at(10) };
    expect(counterVerdict(policy, state, at(20))).toEqual({ locked: true, retryAfterSeconds: 40, remaining: 0 });
    expect(counterExpired(policy, state, at(59))).toBe(false);
    // A lockout from the last attempt would run to 70 s; the window ends at 60 s.
    expect(counterExpired(policy, state, at(60))).toBe(true);
    expect(counterVerdict(policy, { ...state, count: 10 }, at(20))).toEqual({ locked: false, retryAfterSeconds: 0, remaining: policy.limit - 10 });
  });

  it('give the standard headers', () => {
    const state = { count: 3, windowStart: start, lastAt: start };
    expect(windowResetSeconds(policy, state, at(15))).toBe(45);
    expect(rateLimitHeaders('api:read', { allowed: true, attempt: 3, resetSeconds: 45, verdict: { retryAfterSeconds: 0 } })).toEqual({
      'RateLimit-Limit': '300',
      'RateLimit-Remaining': '297',
      'RateLimit-Reset': '45',
    });
    expect(rateLimitHeaders('api:read', { allowed: false, attempt: 301, resetSeconds: 45, verdict: { retryAfterSeconds: 45 } })).toMatchObject({ 'RateLimit-Remaining': '0', 'Retry-After': '45' });
  });
});
