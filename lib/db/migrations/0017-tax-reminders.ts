import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Due-date reminders (issue 13 item 6): a private calendar feed per citizen, named by a random
 * token of which only the SHA-256 is stored (renewing replaces it, revoking deletes it), and the
 * e-mail reminders sent, one per bill and due date, so a reminder is never mailed twice.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tax_calendar_feeds')
    .addColumn('owner_id', 'uuid', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('tax_bill_reminders')
    .addColumn('bill_id', 'uuid', (c) => c.notNull().references('tax_bills.id').onDelete('cascade'))
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('tax_bill_reminders_pk', ['bill_id', 'due_date'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('tax_bill_reminders').ifExists().execute();
  await db.schema.dropTable('tax_calendar_feeds').ifExists().execute();
}
