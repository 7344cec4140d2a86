import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertRateLimit, clearAttempts, limitVerdict, RateLimitError, releaseAttempt, reserveAttempt } from '@/lib/rate-limit/store';
import { createTestDb, type TestDb } from './support/test-db';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

describe('rate-limit store', () => {
  it('lets attempts through up to the limit, then throws with a retry time', async () => {
    const now = new Date('2026-11-22T10:00:00Z');
    for (let i = 0; i < 5; i++) await assertRateLimit(t.db, 'sign-in:account', 'a@example.com', now);
    const error = await assertRateLimit(t.db, 'sign-in:account', 'a@example.com', now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterSeconds).toBe(15 * 60);
  });

  it('treats keys case-insensitively and separately per policy', async () => {
    const now = new Date('2026-11-22T11:00:00Z');
    await reserveAttempt(t.db, 'sign-in:account', 'B@Example.com', now);
    expect((await limitVerdict(t.db, 'sign-in:account', 'b@example.com', now)).remaining).toBe(4);
    expect((await limitVerdict(t.db, 'sign-in:ip', 'b@example.com', now)).remaining).toBe(30);
    await clearAttempts(t.db, 'sign-in:account', 'b@example.com');
    expect((await limitVerdict(t.db, 'sign-in:account', 'b@example.com', now)).remaining).toBe(5);
  });

  it('forgets attempts outside the window', async () => {
    const then = new Date('2026-11-22T12:00:00Z');
    for (let i = 0; i < 3; i++) await reserveAttempt(t.db, 'sign-in:account', 'c@example.com', then);
    const later = new Date(then.getTime() + 16 * 60 * 1000);
    expect((await limitVerdict(t.db, 'sign-in:account', 'c@example.com', later)).remaining).toBe(5);
  });

  it('reserves concurrent attempts atomically: exactly the limit go ahead', async () => {
    const now = new Date('2026-11-22T13:00:00Z');
    const reservations = await Promise.all(Array.from({ length: 20 }, () => reserveAttempt(t.db, 'sign-in:account', 'd@example.com', now)));
    expect(reservations.filter((r) => r.allowed)).toHaveLength(5);
    expect(reservations.filter((r) => r.allowed).map((r) => r.attempt).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(reservations.filter((r) => !r.allowed).every((r) => r.verdict.locked && r.verdict.retryAfterSeconds === 15 * 60)).toBe(true);

    const publishes = await Promise.allSettled(Array.from({ length: 25 }, () => assertRateLimit(t.db, 'lottery-publish:account', 'official-1', now)));
    expect(publishes.filter((r) => r.status === 'fulfilled')).toHaveLength(20);
  });

  it('keeps a lock until its lockout ends, then starts a fresh window', async () => {
    const start = new Date('2026-11-22T14:00:00Z');
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60 * 1000);
    for (let i = 0; i < 4; i++) await reserveAttempt(t.db, 'sign-in:account', 'e@example.com', start);
    // The fifth failure at minute 14 locks until minute 29, although the window ends at 15.
    expect((await reserveAttempt(t.db, 'sign-in:account', 'e@example.com', at(14))).verdict).toMatchObject({ locked: true, retryAfterSeconds: 900 });
    expect(await reserveAttempt(t.db, 'sign-in:account', 'e@example.com', at(20))).toMatchObject({ allowed: false, verdict: { retryAfterSeconds: 540 } });
    // Refused attempts do not push the end of the lock back.
    expect((await limitVerdict(t.db, 'sign-in:account', 'e@example.com', at(28))).retryAfterSeconds).toBe(60);
    expect(await reserveAttempt(t.db, 'sign-in:account', 'e@example.com', at(29))).toMatchObject({ allowed: true, attempt: 1, verdict: { remaining: 4 } });
  });

  it('gives back a released attempt', async () => {
    const now = new Date('2026-11-22T15:00:00Z');
    await reserveAttempt(t.db, 'sign-in:ip', '192.0.2.1', now);
    await reserveAttempt(t.db, 'sign-in:ip', '192.0.2.1', now);
    await releaseAttempt(t.db, 'sign-in:ip', '192.0.2.1');
    expect((await limitVerdict(t.db, 'sign-in:ip', '192.0.2.1', now)).remaining).toBe(29);
  });
});
