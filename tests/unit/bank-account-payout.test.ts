import { describe, expect, it } from 'vitest';
import { payoutStatus } from '@/lib/bank-account/payout';

// 115年9–10月: drawn 2026-11-25, paid from 2026-12-06.
const taipei = (local: string) => new Date(`${local}+08:00`);
const base = { prizeAmount: 500, periodKey: '11509', accountSince: taipei('2026-11-24T23:59:00'), at: taipei('2026-11-30T12:00:00') };

describe('payoutStatus', () => {
  it('is scheduled between the draw and the 6th of the next month, then paid', () => {
    expect(payoutStatus(base)).toBe('scheduled');
    expect(payoutStatus({ ...base, at: taipei('2026-12-05T23:59:00') })).toBe('scheduled');
    expect(payoutStatus({ ...base, at: taipei('2026-12-06T00:00:00') })).toBe('paid');
  });

  it('needs an account set by the day before the draw, Taiwan time', () => {
    expect(payoutStatus({ ...base, accountSince: null })).toBe('no_account');
    expect(payoutStatus({ ...base, accountSince: taipei('2026-11-25T00:00:00') })).toBe('no_account');
    // 16:30 UTC on the 24th is the 25th in Taipei.
    expect(payoutStatus({ ...base, accountSince: new Date('2026-11-24T16:30:00Z') })).toBe('no_account');
  });

  it('needs the carrier linked by the day before the draw; no prize, nothing to pay', () => {
    expect(payoutStatus({ ...base, carrierLinkedAt: taipei('2026-11-24T10:00:00') })).toBe('scheduled');
    expect(payoutStatus({ ...base, carrierLinkedAt: taipei('2026-11-25T10:00:00') })).toBe('not_applicable');
    expect(payoutStatus({ ...base, prizeAmount: 0 })).toBe('not_applicable');
  });
});
