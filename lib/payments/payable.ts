/**
 * What paying needs from the tax passbook (lib/tax-bills, migration 0012): the amount due on a
 * bill today, and marking it paid inside the payment's transaction. Declared here so the payment
 * code and its tests do not depend on how bills are stored.
 *
 * The implementation is the passbook's store (lib/tax-bills/store.ts); tests inject their own.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { getPayableBill, markBillPaid } from '@/lib/tax-bills/store';

export type PayableBill = { id: string; ownerId: string; amountDue: number; description: string; dueDate: string };

export type MarkBillPaid = { billId: string; paidAt: Date; amount: number; channel: string; reference: string };

export type PayableBills = {
  /** The owner's unpaid bill with what is due if paid on `now`'s Taipei day; null if none (or not theirs). */
  getPayableBill(ownerId: string, billId: string, now: Date): Promise<PayableBill | null>;
  /** Records the payment on the bill; false if the bill was paid already. */
  markBillPaid(trx: Kysely<Database> | Transaction<Database>, p: MarkBillPaid): Promise<boolean>;
};

export const payableBills: PayableBills = {
  getPayableBill: (ownerId, billId, now) => getPayableBill(ownerId, billId, now),
  markBillPaid: (trx, input) => markBillPaid(trx, input),
};
