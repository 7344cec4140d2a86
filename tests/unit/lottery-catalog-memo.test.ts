/**
 * The per-process catalogue memo of lib/lottery/catalog.ts: peekPeriodForRequest answers without a
 * promise once the catalogue is held (issue 17), and says "not yet" (undefined) before that, so the
 * check API awaits getPeriodForRequest only then. The database is not needed: the published
 * periods come from a stand-in for the tagged cache.
 */
import { describe, expect, it, vi } from 'vitest';

const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('next/cache', () => ({
  unstable_cache: () => async () => {
    reads.count += 1;
    const { sourcedPeriods } = await import('@/lib/lottery/records');
    return sourcedPeriods();
  },
}));
vi.mock('server-only', () => ({}));

const { forgetRequestMemo, getPeriodForRequest, peekPeriodForRequest } = await import('@/lib/lottery/catalog');
const { sourcedPeriods } = await import('@/lib/lottery/records');

describe('the check API’s period lookup', () => {
  it('is undefined while the catalogue is read, then the record (or null) without a promise', async () => {
    forgetRequestMemo();
    const key = sourcedPeriods()[0]!.key;
    expect(peekPeriodForRequest(key)).toBeUndefined();
    const awaited = await getPeriodForRequest(key);
    expect(awaited?.key).toBe(key);
    expect(peekPeriodForRequest(key)).toBe(awaited);
    expect(peekPeriodForRequest('09901')).toBeNull();
  });

  it('reads the catalogue again after a publication forgets it', async () => {
    const key = sourcedPeriods()[0]!.key;
    await getPeriodForRequest(key);
    const before = reads.count;
    forgetRequestMemo();
    expect(peekPeriodForRequest(key)).toBeUndefined();
    await getPeriodForRequest(key);
    expect(reads.count).toBe(before + 1);
    expect(peekPeriodForRequest(key)?.key).toBe(key);
  });
});
