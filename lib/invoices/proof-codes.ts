/**
 * The codes an e-invoice proof (電子發票證明聯) prints, built from an invoice of the synthetic
 * world, as the 1D/2D barcode spec lays them out (data/domain README §3, "QR codes on the
 * e-invoice proof"). Pure. My invoices shows them on the detail page, so an invoice can be
 * checked with the portal's own QR checker or any app that reads proofs.
 *
 * - Code 39, 19 characters: ROC year and the period's even month (5), invoice number (10),
 *   random code (4).
 * - Left QR: the 77-character head (number, ROC date, random code, sales before tax and total
 *   in hexadecimal, buyer and seller BAN, encryption field), then the extra fields. The
 *   encryption field is AES over number and random code with the seller's key from the
 *   platform, which a synthetic seller does not have: it is 24 characters of zero bytes in
 *   Base64, so no reader takes it for a real proof. Sales before tax is 00000000, the spec's
 *   value for "tax not split out". Items are not encoded (0 of n): the page lists them.
 */
import { rocCompact } from '@/lib/taiwan';

export type ProofInvoice = { number: string; period: string; issuedAt: string; randomCode: string; amount: number; sellerBan: string; items: number };

/** Base64 of 16 zero bytes: where a real proof has its AES field. */
export const SYNTHETIC_ENCRYPTION = 'AAAAAAAAAAAAAAAAAAAAAA==';
const CONSUMER_BAN = '00000000';
const TAX_NOT_SPLIT = '00000000';

const hex8 = (n: number) => Math.trunc(n).toString(16).padStart(8, '0');

/** The 19 characters under the proof's bars, e.g. 11508XY950615414115. */
export function proofBarcodeText(invoice: ProofInvoice): string {
  return `${invoice.period.padStart(5, '0')}${invoice.number}${invoice.randomCode}`;
}

export function leftQrText(invoice: ProofInvoice): string {
  const head = `${invoice.number}${rocCompact(invoice.issuedAt.slice(0, 10))}${invoice.randomCode}${TAX_NOT_SPLIT}${hex8(invoice.amount)}${CONSUMER_BAN}${invoice.sellerBan}${SYNTHETIC_ENCRYPTION}`;
  // Business field, items in this code, items in all, encoding (1: UTF-8).
  return `${head}:**********:0:${invoice.items}:1:`;
}

/** Both codes of an invoice's detail, or null for a donated invoice (its random code is hidden, as its number is masked). */
export function proofCodesOf(invoice: {
  number: string;
  period: string;
  issuedAt: string;
  randomCode: string | null;
  amount: number;
  seller: { ban: string };
  items: readonly unknown[];
}): { barcode: string; qr: string } | null {
  if (!invoice.randomCode) return null;
  const proof: ProofInvoice = { ...invoice, randomCode: invoice.randomCode, sellerBan: invoice.seller.ban, items: invoice.items.length };
  return { barcode: proofBarcodeText(proof), qr: leftQrText(proof) };
}
