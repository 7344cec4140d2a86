import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The tax passbook (issue 13): a citizen's tax bills, what was paid or refunded on them, and the
 * cloud tax information (income data and property list) a filing year starts from.
 *
 * Overdue and "in enforcement" are not stored: they follow from the due date, the office
 * calendar and today's date through lib/tax (a stored flag would be wrong the next morning).
 * Paid is stored once, on the bill (`paid_at`), so that "mark paid exactly once" is one
 * conditional UPDATE; the payment itself, with its channel, is an event row beside it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tax_bills')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('tax_type', 'text', (c) => c.notNull().check(sql`tax_type in ('house', 'land_value', 'vehicle_licence', 'income')`))
    /** 'payable': the citizen owes the amount; 'refund': the office owes it (an income-tax refund). */
    .addColumn('direction', 'text', (c) => c.notNull().defaultTo('payable').check(sql`direction in ('payable', 'refund')`))
    /** Gregorian year the bill is for (an income-tax bill: the income year). */
    .addColumn('tax_year', 'integer', (c) => c.notNull().check(sql`tax_year between 2000 and 2100`))
    /** The collecting office, by code (lib/tax-bills/data/offices.ts names it). */
    .addColumn('office_code', 'text', (c) => c.notNull().check(sql`office_code ~ '^[A-Z0-9]{2,8}$'`))
    /** Principal in whole NT$, before any late fee. */
    .addColumn('principal', 'integer', (c) => c.notNull().check(sql`principal > 0`))
    .addColumn('due_date', 'date', (c) => c.notNull())
    /** The bill's own number (銷帳編號 serial): six digits, unique, printed on the slip. */
    .addColumn('serial', 'integer', (c) => c.notNull().unique().check(sql`serial between 1 and 999999`))
    /** What the bill is for, as the citizen reads it ("臺北市大安區… 房屋", a plate number). */
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('subject_en', 'text', (c) => c.notNull())
    /** Vehicle licence tax: the vehicle's kind and engine size, from which lib/tax computed the principal. */
    .addColumn('vehicle_kind', 'text', (c) => c.check(sql`vehicle_kind in ('private-car', 'commercial-car', 'motorcycle')`))
    .addColumn('engine_cc', 'integer', (c) => c.check(sql`engine_cc > 0`))
    /** Income tax: the filed return the balance or refund comes from. */
    .addColumn('return_id', 'text')
    .addColumn('paid_at', 'timestamptz')
    .addColumn('synthetic', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('tax_bills_vehicle_cc', sql`(tax_type = 'vehicle_licence') = (engine_cc is not null and vehicle_kind is not null)`)
    .addCheckConstraint('tax_bills_refund_income', sql`direction = 'payable' or tax_type = 'income'`)
    .execute();
  await sql`create index tax_bills_owner_idx on tax_bills (owner_id, due_date desc)`.execute(db);

  await db.schema
    .createTable('tax_bill_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('bill_id', 'uuid', (c) => c.notNull().references('tax_bills.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('payment', 'refund')`))
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount > 0`))
    /** convenience_store, bank_transfer, online, counter, credit_card, direct_deposit … */
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel ~ '^[a-z_]{2,32}$'`))
    .addColumn('reference', 'text', (c) => c.notNull())
    // One payment and one refund per bill: a second delivery of the same payment adds nothing.
    .addUniqueConstraint('tax_bill_events_once', ['bill_id', 'kind'])
    .execute();

  // 雲端稅務資料: the income a payer reported for the citizen (所得資料) …
  await db.schema
    .createTable('tax_income_records')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('income_year', 'integer', (c) => c.notNull())
    .addColumn('payer_ban', 'text', (c) => c.notNull().check(sql`payer_ban ~ '^[0-9]{8}$'`))
    .addColumn('payer_name', 'text', (c) => c.notNull())
    /** 50 salary, 5A interest, 54 dividends, 51 rent … (the withholding-slip format codes). */
    .addColumn('income_code', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount >= 0`))
    .addColumn('withheld', 'integer', (c) => c.notNull().check(sql`withheld >= 0`))
    .execute();
  await sql`create index tax_income_records_owner_idx on tax_income_records (owner_id, income_year)`.execute(db);

  // … and the property on record (財產資料): land, buildings and vehicles.
  await db.schema
    .createTable('tax_properties')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('land', 'building', 'vehicle')`))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    /** Land: area in m² × share; building: floor area; vehicle: engine cc. */
    .addColumn('measure', 'text', (c) => c.notNull())
    /** Announced value (公告現值 / 評定現值) in NT$, or 0 for a vehicle. */
    .addColumn('value', 'integer', (c) => c.notNull().check(sql`value >= 0`))
    .addColumn('acquired_on', 'date', (c) => c.notNull())
    .execute();
  await sql`create index tax_properties_owner_idx on tax_properties (owner_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('tax_properties').ifExists().execute();
  await db.schema.dropTable('tax_income_records').ifExists().execute();
  await db.schema.dropTable('tax_bill_events').ifExists().execute();
  await db.schema.dropTable('tax_bills').ifExists().execute();
}
