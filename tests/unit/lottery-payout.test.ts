import { describe, expect, it } from 'vitest';
import { netPayout } from '@/lib/lottery/payout';

describe('net payout', () => {
  it('matches the worked example for the special prize: 2,000,000 withheld, 40,000 stamp duty', () => {
    expect(netPayout(10_000_000)).toEqual({ gross: 10_000_000, withholding: 2_000_000, stampDuty: 40_000, net: 7_960_000, stampDutyWaived: false });
  });

  it('waives stamp duty when paid to a registered account', () => {
    expect(netPayout(10_000_000, { paidToRegisteredAccount: true })).toMatchObject({ stampDuty: 0, net: 8_000_000, stampDutyWaived: true });
  });

  it('withholds 20% from the third prize (10,000) up, not below', () => {
    expect(netPayout(10_000)).toMatchObject({ withholding: 2_000, stampDuty: 40, net: 7_960 });
    expect(netPayout(4_000)).toMatchObject({ withholding: 0, stampDuty: 16, net: 3_984 });
  });

  it('charges stamp duty from 500 (fifth prize 1,000 → 996), not on 200', () => {
    expect(netPayout(1_000)).toMatchObject({ withholding: 0, stampDuty: 4, net: 996 });
    expect(netPayout(500)).toMatchObject({ stampDuty: 2, net: 498 });
    expect(netPayout(200)).toMatchObject({ withholding: 0, stampDuty: 0, net: 200, stampDutyWaived: false });
  });

  it('withholds from the cloud 1,000,000 prize', () => {
    expect(netPayout(1_000_000)).toMatchObject({ withholding: 200_000, stampDuty: 4_000, net: 796_000 });
  });
});
