import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Services around a citizen's carriers (issue 12 items 4 and 6): the prize bank account, the
 * love-code directory and donations. Independent of the world's tables (0007): a donation names
 * its invoice by period and number, the way the platform does, not by a row id.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // One account per citizen; the number is stored whole (the payout needs it) and shown masked.
  await db.schema
    .createTable('bank_accounts')
    .addColumn('owner_id', 'uuid', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('bank_code', 'text', (c) => c.notNull().check(sql`bank_code ~ '^[0-9]{3}$'`))
    .addColumn('account_number', 'text', (c) => c.notNull().check(sql`account_number ~ '^[0-9]{6,16}$'`))
    // When an account was first set: automatic payment needs one by the day before the draw.
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('love_code_organisations')
    .addColumn('code', 'text', (c) => c.primaryKey().check(sql`code ~ '^[0-9]{3,7}$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    /** Every row of the seeded directory is made up; pages say so. */
    .addColumn('synthetic', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();

  await db.schema
    .createTable('donations')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // The invoice: its period (etax page key, odd month) and number; numbers repeat across periods.
    .addColumn('period_key', 'text', (c) => c.notNull().check(sql`period_key ~ '^[0-9]{4,5}$'`))
    .addColumn('invoice_number', 'text', (c) => c.notNull().check(sql`invoice_number ~ '^[A-Z]{2}[0-9]{8}$'`))
    .addColumn('love_code', 'text', (c) => c.notNull().references('love_code_organisations.code'))
    /** The invoice's amount when donated, for the organisations' totals. */
    .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount >= 0`))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('donated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // An invoice is donated once, whoever asks; a key names one donation of its owner.
    .addUniqueConstraint('donations_invoice_key', ['period_key', 'invoice_number'])
    .addUniqueConstraint('donations_owner_idempotency_key', ['owner_id', 'idempotency_key'])
    .execute();
  await sql`create index donations_owner_idx on donations (owner_id, donated_at desc)`.execute(db);
  await sql`create index donations_love_code_idx on donations (love_code)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('donations').ifExists().execute();
  await db.schema.dropTable('love_code_organisations').ifExists().execute();
  await db.schema.dropTable('bank_accounts').ifExists().execute();
}
