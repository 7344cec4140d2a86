import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertRateLimit, clearEvents, limitVerdict, RateLimitError, recordEvent } from '@/lib/rate-limit/store';
import { createTestDb, type TestDb } from './support/test-db';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

describe('rate-limit store', () => {
  it('lets events through up to the limit, then throws with a retry time', async () => {
    const now = new Date('2026-11-22T10:00:00Z');
    for (let i = 0; i < 5; i++) await assertRateLimit(t.db, 'sign-in:account', 'a@example.com', now);
    const error = await assertRateLimit(t.db, 'sign-in:account', 'a@example.com', now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterSeconds).toBe(15 * 60);
  });

  it('treats keys case-insensitively and separately per policy', async () => {
    const now = new Date('2026-11-22T11:00:00Z');
    await recordEvent(t.db, 'sign-in:account', 'B@Example.com', now);
    expect((await limitVerdict(t.db, 'sign-in:account', 'b@example.com', now)).remaining).toBe(4);
    expect((await limitVerdict(t.db, 'sign-in:ip', 'b@example.com', now)).remaining).toBe(30);
    await clearEvents(t.db, 'sign-in:account', 'b@example.com');
    expect((await limitVerdict(t.db, 'sign-in:account', 'b@example.com', now)).remaining).toBe(5);
  });

  it('forgets events outside the window', async () => {
    const then = new Date('2026-11-22T12:00:00Z');
    for (let i = 0; i < 3; i++) await recordEvent(t.db, 'sign-in:account', 'c@example.com', then);
    const later = new Date(then.getTime() + 16 * 60 * 1000);
    expect((await limitVerdict(t.db, 'sign-in:account', 'c@example.com', later)).remaining).toBe(5);
  });
});
