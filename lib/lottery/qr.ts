/**
 * The left QR code of an e-invoice proof (電子發票證明聯), per the 1D/2D barcode spec v1.8
 * as summarised in ../shared/domain/README.md §3: a 77-character head
 *   invoice number (10) · ROC date yyyMMdd (7) · random code (4) · sales before tax (8, hex)
 *   · total with tax (8, hex) · buyer BAN (8) · seller BAN (8) · encryption (24)
 * followed by ':'-separated extra fields and items.
 */
import { isoFromRocCompact } from '@/lib/taiwan';
import { normaliseInvoiceInput, parseInvoiceNumber, type InvoiceNumber } from './invoice-number';

export type LeftQr = {
  invoice: InvoiceNumber;
  /** ISO date of issue. */
  date: string;
  randomCode: string;
  /** NT$, from the hexadecimal fields; null when the seller could not split out tax. */
  salesAmount: number | null;
  totalAmount: number;
  buyerBan: string | null;
  sellerBan: string;
};

export type QrError = { code: 'qr_short' | 'qr_number' | 'qr_date' | 'qr_random' | 'qr_amount' | 'qr_ban' | 'qr_right'; message: string };

const HEAD_LENGTH = 77;

export function parseLeftQr(input: string): { ok: true; value: LeftQr } | { ok: false; error: QrError } {
  const text = input.trim();
  if (text.startsWith('**')) {
    return fail('qr_right', 'This is the right-hand QR code (item list). Scan the left one: it holds the invoice number and date.');
  }
  // The fixed part runs to the first ':' (Base64 in the encryption field has no colon).
  const head = text.split(':')[0]!;
  if (head.length < HEAD_LENGTH) {
    return fail(
      'qr_short',
      `The fixed part of this code has ${head.length} characters; the left QR code of an e-invoice has ${HEAD_LENGTH} before its first ':'. Part of it may be missing.`,
    );
  }
  const number = parseInvoiceNumber(text.slice(0, 10));
  if (!number.ok || !number.value.track || normaliseInvoiceInput(text.slice(0, 10)) !== text.slice(0, 10)) {
    return fail('qr_number', `The first 10 characters should be the invoice number (2 letters, 8 digits); they are "${text.slice(0, 10)}".`);
  }
  const rocDate = text.slice(10, 17);
  const date = isoFromRocCompact(rocDate);
  if (!date) return fail('qr_date', `Characters 11–17 should be the ROC date (yyyMMdd); they are "${rocDate}".`);
  const randomCode = text.slice(17, 21);
  if (!/^\d{4}$/.test(randomCode)) return fail('qr_random', `Characters 18–21 should be the 4-digit random code; they are "${randomCode}".`);
  const sales = text.slice(21, 29);
  const total = text.slice(29, 37);
  if (!/^[0-9a-fA-F]{8}$/.test(sales) || !/^[0-9a-fA-F]{8}$/.test(total)) {
    return fail('qr_amount', 'The amount fields (characters 22–37) are not hexadecimal.');
  }
  const buyer = text.slice(37, 45);
  const seller = text.slice(45, 53);
  if (!/^\d{8}$/.test(buyer) || !/^\d{8}$/.test(seller)) {
    return fail('qr_ban', 'The business ID fields (characters 38–53) should be 8 digits each.');
  }
  const salesAmount = Number.parseInt(sales, 16);
  return {
    ok: true,
    value: {
      invoice: number.value,
      date,
      randomCode,
      salesAmount: sales === '00000000' ? null : salesAmount,
      totalAmount: Number.parseInt(total, 16),
      buyerBan: buyer === '00000000' ? null : buyer,
      sellerBan: seller,
    },
  };
}

function fail(code: QrError['code'], message: string): { ok: false; error: QrError } {
  return { ok: false, error: { code, message } };
}
