/**
 * Checking the invoice read from a left QR code. Its period follows from its date, and that
 * period may not have been drawn yet, or its numbers may not be on this site (yet).
 *
 * Outcomes: 'checked'; 'not_drawn' (the draw is still to come); 'unavailable' (drawn, still
 * claimable, and its numbers are not here yet: "not yet available", never "no prize");
 * 'no_numbers' (an older period this site has no numbers for).
 */
import { checkPeriodNumbers, type CheckablePeriod, type CheckedItem } from './bulk';
import { compactInvoiceNumber } from './invoice-number';
import { claimWindow, drawDate, pageKey, periodOfDate, type Period } from './period';
import type { LeftQr } from './qr';

export type QrCheck =
  | { status: 'checked'; period: Period; item: CheckedItem; claimEnded: boolean }
  | { status: 'not_drawn'; period: Period; drawDate: string }
  | { status: 'unavailable'; period: Period; drawDate: string }
  | { status: 'no_numbers'; period: Period };

/** @param today the date in Taiwan ('YYYY-MM-DD'): todayInTaipei() of lib/taiwan. */
export function checkLeftQr(qr: LeftQr, periods: readonly CheckablePeriod[], today: string): QrCheck {
  const period = periodOfDate(qr.date);
  const found = periods.find((p) => p.key === pageKey(period));
  if (!found) {
    const draw = drawDate(period);
    if (today < draw) return { status: 'not_drawn', period, drawDate: draw };
    // From draw day (the numbers come out in the afternoon) until the claim deadline.
    return today <= claimWindow(period).to ? { status: 'unavailable', period, drawDate: draw } : { status: 'no_numbers', period };
  }
  const [item] = checkPeriodNumbers(found, [compactInvoiceNumber(qr.invoice)]);
  // parseLeftQr has already validated the number, so checkNumbers cannot refuse it.
  if (item?.status !== 'checked') throw new Error(`Invoice number from a parsed QR code was refused: ${qr.invoice.digits}`);
  return { status: 'checked', period, item, claimEnded: today > item.claim.to };
}
