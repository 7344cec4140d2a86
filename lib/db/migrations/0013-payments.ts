import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Paying a tax bill online (issue 13 item 4): orders handed to the payment provider, the
 * e-receipts issued for paid orders and the provider callbacks that were refused.
 *
 * `payment_orders.bill_id` names a row of `tax_bills` (migration 0012, built in parallel). It has
 * no foreign key yet so that this migration runs with or without that table; a later migration
 * may add `references tax_bills(id)` once both are on main.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('payment_orders')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('bill_id', 'uuid', (c) => c.notNull())
    // Whole New Taiwan dollars, computed by the server for the day the order was made.
    .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'paid', 'failed', 'expired')`))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    // The provider's checkout id and the page the citizen is sent to; null until the provider answered.
    .addColumn('provider_reference', 'text', (c) => c.unique())
    .addColumn('checkout_url', 'text')
    // The provider event that settled the order (its id), for tracing a payment end to end.
    .addColumn('provider_event_id', 'text')
    // False when the bill was already paid by another channel when this payment arrived: refund due.
    .addColumn('bill_settled', 'boolean')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The amount holds for one Taipei day at most (late fees change at midnight).
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('settled_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('payment_orders_owner_idempotency_key', ['owner_id', 'idempotency_key'])
    .execute();
  await sql`create index payment_orders_owner_idx on payment_orders (owner_id, created_at desc)`.execute(db);
  await sql`create index payment_orders_bill_idx on payment_orders (bill_id)`.execute(db);
  // The reconciliation job looks only at pending orders, oldest first.
  await sql`create index payment_orders_pending_idx on payment_orders (created_at) where status = 'pending'`.execute(db);

  await db.schema
    .createTable('payment_receipts')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    // One receipt per order, whatever happens: the uniqueness is the last guard against a double issue.
    .addColumn('order_id', 'uuid', (c) => c.notNull().unique().references('payment_orders.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('payment_callback_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('reason', 'text', (c) =>
      c.notNull().check(sql`reason in ('missing_signature', 'bad_signature', 'stale_timestamp', 'malformed', 'unknown_order', 'amount_mismatch', 'reference_mismatch')`),
    )
    // What could be read of the callback, never more: the order it named and the provider's event id.
    .addColumn('order_id', 'uuid')
    .addColumn('event_id', 'text')
    .addColumn('detail', 'text')
    .addColumn('remote_address', 'text')
    .execute();
  await sql`create index payment_callback_log_received_idx on payment_callback_log (received_at desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('payment_callback_log').ifExists().execute();
  await db.schema.dropTable('payment_receipts').ifExists().execute();
  await db.schema.dropTable('payment_orders').ifExists().execute();
}
