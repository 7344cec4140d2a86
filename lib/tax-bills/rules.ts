/**
 * The passbook's pure rules: which lib/tax tax type a bill is, its status on a given day, and its
 * late fee. Every figure comes from lib/tax (calculateLateFee with the office calendar); nothing
 * here does its own arithmetic on money.
 */
import { calculateLateFee, type LateFeeResult, type TaxType } from '@/lib/tax';
import { compareDates } from '@/lib/taiwan';

export const BILL_TAX_TYPES = ['house', 'land_value', 'vehicle_licence', 'income'] as const;
export type BillTaxType = (typeof BILL_TAX_TYPES)[number];

export const BILL_STATUSES = ['unpaid', 'overdue', 'enforcement', 'paid', 'refund_due', 'refunded'] as const;
export type BillStatus = (typeof BILL_STATUSES)[number];

export const PAYMENT_CHANNELS = ['convenience_store', 'bank_transfer', 'online', 'credit_card', 'counter', 'direct_deposit'] as const;

/** The tax type the late-fee calculator knows the bill as (it names the statute for the interest). */
export const LATE_FEE_TAX_TYPE: Readonly<Record<BillTaxType, TaxType>> = {
  house: 'house',
  land_value: 'land-value',
  vehicle_licence: 'vehicle-license',
  income: 'income',
};

/** The calculator's input for a bill paid on `paidOn`: exactly what POST /api/v1/calculators/late-fee takes. */
export function lateFeeInputFor(bill: { taxType: BillTaxType; principal: number; dueDate: string }, paidOn: string) {
  return { taxType: LATE_FEE_TAX_TYPE[bill.taxType], amount: bill.principal, deadline: bill.dueDate, paidOn };
}

/**
 * The late fee if paid on `paidOn`, or null when lib/tax cannot say (a day whose interest rate
 * the data does not have yet): the page then says so instead of guessing.
 */
export function lateFeeOn(bill: { taxType: BillTaxType; principal: number; dueDate: string }, paidOn: string): LateFeeResult | null {
  try {
    return calculateLateFee(lateFeeInputFor(bill, paidOn));
  } catch {
    return null;
  }
}

export type BillFacts = {
  direction: 'payable' | 'refund';
  taxType: BillTaxType;
  principal: number;
  dueDate: string;
  paid: boolean;
  refunded: boolean;
};

/**
 * Status on `today`: paid and refunded are facts on record; overdue and in enforcement follow from
 * the due date moved past closed office days (lib/tax) — after the 30-day surcharge period an
 * unpaid bill is referred for enforcement (稅捐稽徵法第20條).
 */
export function billStatus(bill: BillFacts, today: string): BillStatus {
  if (bill.direction === 'refund') return bill.refunded ? 'refunded' : 'refund_due';
  if (bill.paid) return 'paid';
  if (compareDates(today, bill.dueDate) <= 0) return 'unpaid';
  const fee = lateFeeOn(bill, today);
  if (!fee || fee.daysLate === 0) return 'unpaid';
  return fee.referral.referred ? 'enforcement' : 'overdue';
}

/** The slip and online payment limit at a convenience store, per barcode bill (NT$; data/slip-format.ts). */
export { STORE_LIMIT } from './data/slip-format';
