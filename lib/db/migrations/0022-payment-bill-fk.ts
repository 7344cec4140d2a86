import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * A payment order always names a real tax bill. Migration 0013 left `payment_orders.bill_id`
 * without a foreign key because payments and the passbook (0012) were built side by side; both
 * are on main now. No cascade of its own: orders go with their owner's account (owner_id
 * cascades), and a bill with payment orders cannot be deleted on its own.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table payment_orders add constraint payment_orders_bill_fk foreign key (bill_id) references tax_bills (id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table payment_orders drop constraint if exists payment_orders_bill_fk`.execute(db);
}
