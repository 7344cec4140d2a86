import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerCode, benchTimeStamp, invalidReason, MORE_PAGES, SUCCESS } from '../../scripts/bench/einvoice-answers';
import { TIMESTAMP_FUTURE_SECONDS, TIMESTAMP_PAST_SECONDS } from '../../lib/einvoice-api/dispatch';

afterEach(() => vi.unstubAllEnvs());

describe('einvoice-api bench: timeStamp', () => {
  it('follows the server clock (TAX_CLOUD_NOW) when it is pinned, not the real one', () => {
    vi.stubEnv('TAX_CLOUD_NOW', '2026-11-30T04:00:00Z');
    const server = Date.parse('2026-11-30T04:00:00Z') / 1000;
    const skew = Number(benchTimeStamp()) - server;
    expect(skew).toBeGreaterThan(-TIMESTAMP_PAST_SECONDS);
    expect(skew).toBeLessThan(TIMESTAMP_FUTURE_SECONDS);
    expect(skew).toBe(30);
  });

  it('is the real clock plus 30 s when the server clock is not pinned', () => {
    vi.stubEnv('TAX_CLOUD_NOW', '');
    const skew = Number(benchTimeStamp()) - Math.floor(Date.now() / 1000);
    expect(skew).toBeGreaterThanOrEqual(29);
    expect(skew).toBeLessThanOrEqual(31);
  });
});

describe('einvoice-api bench: answers', () => {
  it('reads HTTP status and the API code', () => {
    expect(answerCode(200, '{"v":"0.6","code":"200","msg":"執行成功"}')).toBe('200/200');
    expect(answerCode(200, '{"v":"0.6","code":951,"msg":"x"}')).toBe('200/951');
    expect(answerCode(500, 'Internal Server Error')).toBe('500/?');
  });

  it('a row is valid only when every call answered 200/200', () => {
    expect(invalidReason(new Map([['200/200', 50]]))).toBeNull();
    expect(invalidReason(new Map([['200/951', 50]]))).toMatch(/50 of 50 calls did not answer 200\/200 \(200\/951×50\)/);
    expect(invalidReason(new Map([['200/200', 49], ['200/950', 1]]))).toMatch(/1 of 50/);
    expect(invalidReason(new Map([['404/904', 3]]))).toMatch(/3 of 3/);
    expect(invalidReason(new Map())).toBe('no calls');
  });

  it('carrierInvChk of 2,000 invoices expects page 1 with 996 (more pages), and a refusal stays invalid', () => {
    expect(invalidReason(new Map([['200/996', 50]]), [MORE_PAGES])).toBeNull();
    expect(invalidReason(new Map([['200/996', 50]]), [SUCCESS])).toMatch(/50 of 50/);
    expect(invalidReason(new Map([['200/951', 50]]), [MORE_PAGES])).toMatch(/50 of 50 calls did not answer 200\/996 \(200\/951×50\)/);
  });
});
