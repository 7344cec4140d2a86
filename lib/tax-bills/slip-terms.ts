/**
 * What a printed slip says: the amount, the last day that amount holds, the three store barcodes
 * (or why there are none), the virtual account and the payment QR. Pure: the print page, the PDF
 * and the tests build the same slip from a bill and today's date.
 */
import { addDays } from '@/lib/taiwan';
import { SLIP_BANK } from './data/slip-format';
import type { TaxBillDto } from './dto';
import { lateFeeOn } from './rules';
import { billNumber, storeBarcodes, type StoreBarcodes } from './slip';

export type SlipTerms = {
  amount: number;
  /** The last day this amount may be paid with this slip (ISO). */
  deadline: string;
  barcodes: StoreBarcodes | null;
  /** Why the store barcodes are missing: over the stores' limit. */
  storeRefusal: 'over_limit' | 'under_minimum' | null;
  billNumber: string;
  virtualAccount: { bankCode: string; bankName: string; bankNameEn: string; account: string };
  /** What the QR code holds: this site's address for paying the bill. */
  qrText: string;
};

/** The surcharge rises every 3 days: an overdue slip's amount holds until the day before the next rise. */
const LOOKAHEAD_DAYS = 14;

export function slipTerms(bill: TaxBillDto & { serial: number }, today: string, origin: string): SlipTerms | null {
  if (bill.direction !== 'payable' || (bill.status !== 'unpaid' && bill.status !== 'overdue' && bill.status !== 'enforcement')) return null;
  let amount: number;
  let deadline: string;
  if (bill.status === 'unpaid') {
    const fee = lateFeeOn(bill, bill.dueDate);
    amount = bill.principal;
    deadline = fee?.deadlineAdjusted ?? bill.dueDate;
  } else {
    const total = lateFeeOn(bill, today)?.total;
    if (total === undefined) return null;
    amount = total;
    deadline = today;
    for (let d = 1; d <= LOOKAHEAD_DAYS; d++) {
      const day = addDays(today, d);
      if (lateFeeOn(bill, day)?.total !== total) break;
      deadline = day;
    }
  }
  const barcodes = storeBarcodes(bill.serial, amount, deadline);
  const number = billNumber(bill.serial);
  return {
    amount,
    deadline,
    barcodes,
    storeRefusal: barcodes ? null : amount > 8 ? 'over_limit' : 'under_minimum',
    billNumber: number,
    virtualAccount: { bankCode: SLIP_BANK.code, bankName: SLIP_BANK.name, bankNameEn: SLIP_BANK.nameEn, account: number },
    qrText: `${origin}/me/tax/${bill.id}`,
  };
}
