/**
 * What a winner receives. Rates are data with their sources (../shared/domain/prize-table.json
 * → taxes) so a change of rule is a data change.
 */
export const PRIZE_TAX_RULES = {
  withholding: {
    rate: 0.2,
    /** Prizes above this are withheld at source (3rd prize, NT$10,000, and above). */
    aboveAmount: 5_000,
    source: '113年07-08月 claim notice (中三獎(含)以上扣繳20%); lottery prizes of NT$5,000 or less are not withheld',
  },
  stampDuty: {
    rate: 0.004,
    /** Prizes from this amount pay stamp duty (5th prize NT$1,000 and above, cloud NT$500 and above). */
    fromAmount: 500,
    source: '113年07-08月 claim notice; yahoo 101600289; ltn 5332777',
    /** The rounding of fractional stamp duty (e.g. NT$800 × 0.4% = 3.2) is not stated in the sources. */
    roundingConfirmed: false,
  },
} as const;

export type Payout = { gross: number; withholding: number; stampDuty: number; net: number; stampDutyWaived: boolean };

/**
 * @param paidToRegisteredAccount prize paid to a bank account set up on the e-invoice platform
 *   or app: stamp duty is waived.
 */
export function netPayout(amount: number, options: { paidToRegisteredAccount?: boolean } = {}): Payout {
  const { withholding: w, stampDuty: s } = PRIZE_TAX_RULES;
  const withholding = amount > w.aboveAmount ? Math.round(amount * w.rate) : 0;
  const dutiable = amount >= s.fromAmount;
  const stampDutyWaived = dutiable && Boolean(options.paidToRegisteredAccount);
  // Rounded half up to whole NT$ (exact for every prize of NT$1,000 and above).
  const stampDuty = dutiable && !stampDutyWaived ? Math.round(amount * s.rate) : 0;
  return { gross: amount, withholding, stampDuty, net: amount - withholding - stampDuty, stampDutyWaived };
}
