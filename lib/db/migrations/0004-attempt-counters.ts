import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Rate limits as one counter row per (policy, key) instead of one row per event. An attempt
 * reserves its number with a single INSERT … ON CONFLICT DO UPDATE … RETURNING, so concurrent
 * attempts can never all read "4 so far" and all go ahead (lib/rate-limit/store.ts).
 * The event rows of 0001 are dropped: they only ever held the last 15 minutes or hour.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limit_counters')
    .addColumn('policy', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().check(sql`count >= 0`))
    .addColumn('window_start', 'timestamptz', (c) => c.notNull())
    .addColumn('last_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limit_counters_pkey', ['policy', 'key_hash'])
    .execute();
  // Stale rows are trimmed on write by last_at.
  await db.schema.createIndex('rate_limit_counters_last_at_idx').on('rate_limit_counters').column('last_at').execute();
  await db.schema.dropTable('rate_limit_events').ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit_counters').ifExists().execute();
  await db.schema
    .createTable('rate_limit_events')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('policy', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('rate_limit_events_lookup_idx').on('rate_limit_events').columns(['policy', 'key_hash', 'occurred_at']).execute();
}
