/**
 * Whether a cloud invoice's prize is paid automatically into the prize account (README §1,
 * addenda §C) [V2]: the carrier must be linked (歸戶) and the account set by the day before the
 * draw; payment starts on the 6th of the month after the draw. Pure; the moment is passed in.
 * My invoices (lib/invoices/store.ts) show these states.
 */
import { todayInTaipei } from '@/lib/taiwan';
import { claimWindow, drawDate, periodOrThrow } from '@/lib/lottery/period';

export type PayoutStatus = 'no_account' | 'scheduled' | 'paid' | 'not_applicable';

export type PayoutInput = {
  prizeAmount: number;
  /** The invoice's period, e.g. '11509'. */
  periodKey: string;
  /** When the prize account was first set; null without one. */
  accountSince: Date | null;
  /** When the invoice's carrier was linked to the citizen; null or absent for the barcode itself. */
  carrierLinkedAt?: Date | null;
  at: Date;
};

export function payoutStatus({ prizeAmount, periodKey, accountSince, carrierLinkedAt, at }: PayoutInput): PayoutStatus {
  if (prizeAmount <= 0) return 'not_applicable';
  const period = periodOrThrow(periodKey);
  const draw = drawDate(period);
  // "By the day before the draw": anything done on draw day (Taiwan) is too late for this period.
  if (!accountSince || todayInTaipei(accountSince) >= draw) return 'no_account';
  // A card linked on or after draw day: not paid automatically; the prize is claimed another way.
  if (carrierLinkedAt && todayInTaipei(carrierLinkedAt) >= draw) return 'not_applicable';
  return todayInTaipei(at) >= claimWindow(period).from ? 'paid' : 'scheduled';
}
