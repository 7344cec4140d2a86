import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The synthetic national e-invoice store behind the open statistics (docs/statistics.md).
 * Per-invoice rows never leave the database: only the suppressed aggregates of lib/stats are
 * published. Codes are small integers (cheap to group 10 million rows by); the lookup tables
 * carry their names.
 *
 * stat_invoices has no foreign keys on purpose: a per-row key check would dominate bulk loading,
 * and the generator writes sellers, buyers and invoices from one deterministic model.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('stat_generation_runs')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('model_version', 'text', (c) => c.notNull())
    .addColumn('seed', 'bigint', (c) => c.notNull())
    .addColumn('invoices', 'bigint', (c) => c.notNull().check(sql`invoices > 0`))
    .addColumn('chunk_size', 'integer', (c) => c.notNull().check(sql`chunk_size > 0`))
    .addColumn('chunks', 'integer', (c) => c.notNull())
    .addColumn('sellers', 'integer', (c) => c.notNull())
    .addColumn('buyers', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .execute();

  // A chunk is recorded in the same transaction as its invoices: a run stopped at any point
  // resumes at the first chunk not recorded, and no invoice is written twice.
  await db.schema
    .createTable('stat_generation_chunks')
    .addColumn('run_id', 'integer', (c) => c.notNull().references('stat_generation_runs.id').onDelete('cascade'))
    .addColumn('chunk_index', 'integer', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('completed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('stat_generation_chunks_pkey', ['run_id', 'chunk_index'])
    .execute();

  await db.schema
    .createTable('stat_townships')
    .addColumn('code', 'integer', (c) => c.primaryKey())
    .addColumn('county_code', 'integer', (c) => c.notNull())
    .addColumn('county_name', 'text', (c) => c.notNull())
    .addColumn('county_name_en', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('stat_industries')
    .addColumn('code', 'smallint', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('stat_items')
    .addColumn('code', 'smallint', (c) => c.primaryKey())
    .addColumn('industry_code', 'smallint', (c) => c.notNull().references('stat_industries.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('stat_sellers')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('ban', 'text', (c) => c.notNull().unique().check(sql`ban ~ '^[0-9]{8}$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('county_code', 'integer', (c) => c.notNull())
    .addColumn('township_code', 'integer', (c) => c.notNull().references('stat_townships.code'))
    .addColumn('industry_code', 'smallint', (c) => c.notNull().references('stat_industries.code'))
    .execute();

  // Synthetic carrier holders. carrier_id is "syn-" + hex: never the format of a real carrier.
  await db.schema
    .createTable('stat_buyers')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('carrier_id', 'text', (c) => c.notNull().unique().check(sql`carrier_id ~ '^syn-[0-9a-f]{12}(-[0-9]+)?$'`))
    .addColumn('carrier_type', 'smallint', (c) => c.notNull().check(sql`carrier_type in (1, 2, 3)`))
    .addColumn('age_band', 'smallint', (c) => c.notNull())
    .addColumn('gender', 'smallint', (c) => c.notNull())
    .execute();

  // carrier_type: 0 none (printed proof), 1 mobile barcode, 2 member card, 3 stored-value card,
  // 4 donation. Buyer, age band and gender are set exactly for the holders (1–3).
  await db.schema
    .createTable('stat_invoices')
    .addColumn('id', 'bigint', (c) => c.primaryKey())
    .addColumn('issued_at', 'timestamp', (c) => c.notNull())
    .addColumn('seller_id', 'integer', (c) => c.notNull())
    .addColumn('county_code', 'integer', (c) => c.notNull())
    .addColumn('township_code', 'integer', (c) => c.notNull())
    .addColumn('industry_code', 'smallint', (c) => c.notNull())
    .addColumn('carrier_type', 'smallint', (c) => c.notNull().check(sql`carrier_type between 0 and 4`))
    .addColumn('buyer_id', 'integer')
    .addColumn('age_band', 'smallint')
    .addColumn('gender', 'smallint')
    .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('item_codes', sql`smallint[]`, (c) => c.notNull())
    .addColumn('item_prices', sql`integer[]`, (c) => c.notNull())
    .addCheckConstraint('stat_invoices_holder_check', sql`(buyer_id is not null) = (carrier_type in (1, 2, 3))`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'stat_invoices',
    'stat_buyers',
    'stat_sellers',
    'stat_items',
    'stat_industries',
    'stat_townships',
    'stat_generation_chunks',
    'stat_generation_runs',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
