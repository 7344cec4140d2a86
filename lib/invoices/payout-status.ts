/**
 * Automatic payout of a cloud invoice's prize (addenda §C): paid to the prize bank account from
 * the 6th of the month after the draw, when the carrier was linked and the account set by the day
 * before the draw. The bank account belongs to the carrier services (H3, migration 0008); until it
 * lands, nobody has an account and every prize says so. Replace the body, not the signature.
 */
export type PayoutStatus = 'no_account' | 'scheduled' | 'paid' | 'not_applicable';

export async function prizePayoutStatus(ownerId: string, invoice: { prizeAmount: number; periodKey: string }): Promise<PayoutStatus> {
  void ownerId;
  return invoice.prizeAmount > 0 ? 'no_account' : 'not_applicable';
}
