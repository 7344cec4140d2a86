import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** Winning numbers published by officials (earlier periods come from content/lottery). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('lottery_periods')
    .addColumn('period_key', 'text', (c) => c.primaryKey().check(sql`period_key ~ '^[0-9]{4,5}$'`))
    .addColumn('special', 'text', (c) => c.check(sql`special ~ '^[0-9]{8}$'`))
    .addColumn('grand', 'text', (c) => c.notNull().check(sql`grand ~ '^[0-9]{8}$'`))
    .addColumn('first_prizes', 'jsonb', (c) => c.notNull())
    .addColumn('additional_sixth', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('sources', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('note', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('published_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('lottery_periods').ifExists().execute();
}
