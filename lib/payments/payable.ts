/**
 * What paying needs from the tax passbook (lib/tax-bills, migration 0012): the amount due on a
 * bill today, and marking it paid inside the payment's transaction. Declared here so the payment
 * code and its tests do not depend on how bills are stored.
 *
 * MERGE NOTE: until lib/tax-bills/store.ts is on this branch, `payableBills` knows no bills (every
 * "pay now" answers "not payable"). At merge it becomes:
 *   import { getPayableBill, markBillPaid } from '@/lib/tax-bills/store';
 *   export const payableBills: PayableBills = { getPayableBill, markBillPaid };
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@/lib/db/schema';

export type PayableBill = { id: string; ownerId: string; amountDue: number; description: string; dueDate: string };

export type MarkBillPaid = { billId: string; paidAt: Date; amount: number; channel: string; reference: string };

export type PayableBills = {
  /** The owner's unpaid bill with what is due if paid on `now`'s Taipei day; null if none (or not theirs). */
  getPayableBill(ownerId: string, billId: string, now: Date): Promise<PayableBill | null>;
  /** Records the payment on the bill; false if the bill was paid already. */
  markBillPaid(trx: Kysely<Database> | Transaction<Database>, p: MarkBillPaid): Promise<boolean>;
};

export const payableBills: PayableBills = {
  getPayableBill: async () => null,
  markBillPaid: async () => {
    throw new Error('Tax bills are not available on this branch (lib/tax-bills is merged separately).');
  },
};
