/**
 * Publishing under concurrency (issue 9): these races only show on a server database
 * (TEST_DATABASE_URL); on PGlite the same tests check the single-connection path.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAuditLog, type AuditEntry } from '@/lib/audit';
import { listPeriods } from '@/lib/lottery/catalog';
import { nextPeriod, pageKey, periodOrThrow } from '@/lib/lottery/period';
import { publishingStatus, publishPeriod, type PublishResult } from '@/lib/lottery/publish';
import { publishPeriodSchema } from '@/lib/lottery/publish-schema';
import { createTestDb, type TestDb } from './support/test-db';

let t: TestDb;
let official: { id: string; label: string };
beforeAll(async () => {
  t = await createTestDb();
  const row = await t.db.selectFrom('users').select(['id', 'email']).where('email', '=', 'official@taxcloud.example').executeTakeFirstOrThrow();
  official = { id: row.id, label: row.email! };
});
afterAll(() => t?.close());
// Each burst of 20 is exactly the hourly allowance of one official: start every test afresh.
beforeEach(async () => {
  await t.db.deleteFrom('rate_limit_counters').execute();
});

const meta = { ip: '203.0.113.30', userAgent: 'vitest' };
const BURST = 20;
// Made-up numbers for future periods: tests only, never shown as real. Attempt i sends special 1000000i.
const numbers = (i: number) => String(10_000_000 + i);
const input = (period: string, i: number, over: Record<string, unknown> = {}) =>
  publishPeriodSchema.parse({ period, special: numbers(i), grand: '22222222', first: ['33333333', '44444444', '55555555'], sources: ['test'], ...over });

async function auditSince(id: number, key: string): Promise<AuditEntry[]> {
  const entries = await listAuditLog({ limit: 200 }, t.db);
  return entries.filter((e) => e.id > id && e.target === `lottery_period:${key}`).sort((a, b) => a.id - b.id);
}
const lastAuditId = async () => (await listAuditLog({ limit: 1 }, t.db))[0]?.id ?? 0;
const codes = (results: PublishResult[]) => results.map((r) => (r.ok ? 'ok' : r.code));

describe(`${BURST} concurrent publications of one new period`, () => {
  it.each([1, 2, 3, 4, 5])('round %i: exactly one wins, the rest are refused as "exists" and audited', async () => {
    const { next } = await publishingStatus(t.db);
    const since = await lastAuditId();
    const results = await Promise.all(Array.from({ length: BURST }, (_, i) => publishPeriod(input(next, i), official, meta, t.db)));

    expect(codes(results).filter((c) => c === 'ok')).toHaveLength(1);
    expect(codes(results).filter((c) => c === 'exists')).toHaveLength(BURST - 1);
    const winner = results.findIndex((r) => r.ok);
    expect(results[winner]).toEqual({ ok: true, key: next, revision: 1, correction: false });
    // The stored numbers are the winner's: no loser overwrote them.
    const stored = (await listPeriods(t.db)).find((p) => p.key === next);
    expect(stored).toMatchObject({ origin: 'published', revision: 1, numbers: { special: numbers(winner) } });

    const audit = await auditSince(since, next);
    expect(audit.filter((e) => e.action === 'lottery.publish')).toHaveLength(1);
    expect(audit.filter((e) => e.action === 'lottery.publish')[0]?.details).toMatchObject({ numbers: { special: numbers(winner) }, revision: 1 });
    const refused = audit.filter((e) => e.action === 'lottery.publish_refused');
    expect(refused).toHaveLength(BURST - 1);
    expect(refused.every((e) => e.details.code === 'exists' && e.details.correction === false)).toBe(true);
    expect(audit.filter((e) => e.action === 'lottery.correct')).toHaveLength(0);
  });
});

describe('concurrent publications of two different new periods', () => {
  it('never land out of order: the periods stay consecutive', async () => {
    const { next } = await publishingStatus(t.db);
    const after = pageKey(nextPeriod(periodOrThrow(next)));
    // The later period first in each pair, so it is the one most likely to get ahead.
    const attempts = Array.from({ length: BURST }, (_, i) => (i % 2 === 0 ? after : next));
    const results = await Promise.all(attempts.map((key, i) => publishPeriod(input(key, i), official, meta, t.db)));

    const okKeys = results.flatMap((r) => (r.ok ? [r.key] : []));
    expect(okKeys.filter((k) => k === next)).toHaveLength(1);
    expect(okKeys.filter((k) => k === after).length).toBeLessThanOrEqual(1);
    for (const [i, r] of results.entries()) {
      if (r.ok) continue;
      // A later period is out of order until the earlier one lands, and 'exists' once it has landed itself.
      if (attempts[i] === next) expect(r.code).toBe('exists');
      else expect(okKeys.includes(after) ? ['out_of_order', 'exists'] : ['out_of_order']).toContain(r.code);
    }
    // Everything this file published (after the sourced periods, which have gaps of their own).
    const keys = (await listPeriods(t.db)).filter((p) => p.origin === 'published').map((p) => p.period);
    expect(keys.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < keys.length; i += 1) expect(pageKey(nextPeriod(keys[i]!))).toBe(pageKey(keys[i - 1]!));
  });
});

describe(`${BURST} concurrent corrections of one period`, () => {
  it('bump the revision one at a time, each audit entry recording the numbers it replaced', async () => {
    const { latest } = await publishingStatus(t.db);
    const before = (await listPeriods(t.db)).find((p) => p.key === latest)!;
    expect(before.origin).toBe('published');
    const since = await lastAuditId();
    const results = await Promise.all(
      Array.from({ length: BURST }, (_, i) => publishPeriod(input(latest!, 100 + i, { correction: true }), official, meta, t.db)),
    );

    expect(codes(results)).toEqual(Array(BURST).fill('ok'));
    const revisions = results.map((r) => (r.ok ? r.revision : 0)).sort((a, b) => a - b);
    expect(revisions).toEqual(Array.from({ length: BURST }, (_, i) => before.revision! + 1 + i));

    const audit = (await auditSince(since, latest!)).filter((e) => e.action === 'lottery.correct');
    expect(audit).toHaveLength(BURST);
    let previous: Record<string, unknown> = { ...before.numbers };
    for (const [i, entry] of audit.entries()) {
      expect(entry.details.revision).toBe(before.revision! + 1 + i);
      expect(entry.details.previousRevision).toBe(before.revision! + i);
      expect(entry.details.previous).toEqual(previous);
      previous = entry.details.numbers as Record<string, unknown>;
    }
    const after = (await listPeriods(t.db)).find((p) => p.key === latest)!;
    expect(after).toMatchObject({ revision: before.revision! + BURST, numbers: previous });
  });
});

describe('refused publications are audited', () => {
  it('records out_of_order, not_found and rate_limited refusals with their code', async () => {
    const { next } = await publishingStatus(t.db);
    const far = pageKey(nextPeriod(nextPeriod(periodOrThrow(next))));
    const since = await lastAuditId();
    expect(await publishPeriod(input(far, 1), official, meta, t.db)).toMatchObject({ ok: false, code: 'out_of_order' });
    expect(await publishPeriod(input(far, 2, { correction: true }), official, meta, t.db)).toMatchObject({ ok: false, code: 'not_found' });
    const { RateLimitError } = await import('@/lib/rate-limit/policies');
    // 25 at once: exactly the 20 allowed per hour go ahead, however they interleave.
    const burst = await Promise.allSettled(Array.from({ length: 25 }, (_, i) => publishPeriod(input(far, i), official, meta, t.db)));
    expect(burst.filter((r) => r.status === 'fulfilled')).toHaveLength(18);
    const rejected = burst.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(rejected).toHaveLength(7);
    expect(rejected.every((e) => e instanceof RateLimitError)).toBe(true);

    const audit = await auditSince(since, far);
    expect(audit.every((e) => e.action === 'lottery.publish_refused' && e.actorLabel === official.label && e.ip === meta.ip)).toBe(true);
    const count = (code: string) => audit.filter((e) => e.details.code === code).length;
    expect([count('out_of_order'), count('not_found'), count('rate_limited')]).toEqual([19, 1, 7]);
  });
});
