/**
 * Donating an invoice by love code (愛心碼), and what the donor still sees of it. Pure: the
 * moment is passed in (lib/clock.ts on the server), so tests can pick any day.
 *
 * Facts (../shared/domain README §3 and §1): a love code is 3–7 digits [V2]; a donated invoice
 * keeps its chance in the cloud-invoice draw, but for the donor the number and the barcode are
 * masked (last 3 digits) and no win is ever reported to them [V2]. The platform's rule, as the
 * issue states it: only an invoice not already donated and not printed, before its period's draw.
 */
import { todayInTaipei } from '@/lib/taiwan';
import { drawDate, pageKey, periodOfDate, type Period } from '@/lib/lottery/period';

export const LOVE_CODE = /^\d{3,7}$/;

/** Full-width digits and spaces as people type them → '8585'. */
export function normaliseLoveCode(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '');
}

export function isLoveCode(input: string): boolean {
  return LOVE_CODE.test(normaliseLoveCode(input));
}

/** What the rules need to know about the invoice; `issuedOn` is its date in Taiwan ('YYYY-MM-DD'). */
export type DonationCandidate = { issuedOn: string; printed: boolean; donated: boolean };

export type DonationRefusal = 'already_donated' | 'printed' | 'after_draw';

/**
 * The last day an invoice of `period` can be donated: the day before the draw (the 25th of the
 * odd month after the period). The draw itself runs at 12:30 or 13:30 depending on the day
 * (addenda §C), so we close at the start of draw day, Taiwan time — the same cut-off as the
 * automatic prize payment's "by the day before the draw" (README §1), never after a number is out.
 */
export function lastDonationDay(period: Period): string {
  const draw = new Date(`${drawDate(period)}T00:00:00Z`);
  draw.setUTCDate(draw.getUTCDate() - 1);
  return draw.toISOString().slice(0, 10);
}

export function donationRefusal(invoice: DonationCandidate, at: Date): DonationRefusal | null {
  if (invoice.donated) return 'already_donated';
  if (invoice.printed) return 'printed';
  if (todayInTaipei(at) > lastDonationDay(periodOfDate(invoice.issuedOn))) return 'after_draw';
  return null;
}

/** The period key (etax page key, odd month) a donation is filed under: with the number, it names one invoice. */
export function donationPeriodKey(issuedOn: string): string {
  return pageKey(periodOfDate(issuedOn));
}

/** AB12345678 → AB12345*** (README §3: printed explanations mask the last 3 digits). */
export function maskDonatedInvoiceNumber(invoiceNumber: string): string {
  return `${invoiceNumber.slice(0, -3)}***`;
}

/**
 * The proof's 19-character Code 39 text (ROC year + even month, invoice number, random code)
 * with the invoice number's last 3 digits masked as '---' (README §3).
 */
export function maskDonatedBarcode(barcode: string): string {
  if (barcode.length !== 19) return barcode;
  return `${barcode.slice(0, 12)}---${barcode.slice(15)}`;
}

/**
 * The one rule for anything that shows prizes to a citizen: a donated invoice's prize belongs to
 * the organisation, so the donor is never told it won.
 */
export function prizeVisibleToOwner(invoice: { donated: boolean }): boolean {
  return !invoice.donated;
}

/** What the donor sees of an invoice: as is, or masked and with no prize once donated. */
export function donorView<T extends { invoiceNumber: string; barcode?: string; prize?: unknown; donated: boolean }>(invoice: T): T {
  if (!invoice.donated) return invoice;
  return {
    ...invoice,
    invoiceNumber: maskDonatedInvoiceNumber(invoice.invoiceNumber),
    ...(invoice.barcode !== undefined ? { barcode: maskDonatedBarcode(invoice.barcode) } : {}),
    ...('prize' in invoice ? { prize: null } : {}),
  };
}
