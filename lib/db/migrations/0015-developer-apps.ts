import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Apps of the open API (issue 15): a citizen registers an app and gets an app ID and an API key.
 *
 * The key is shown once. What is kept: its SHA-256 (to recognise it and to show its first
 * characters), and the key sealed with the server's secret (AES-256-GCM), because the e-invoice
 * API's signature is an HMAC keyed with the API key itself: the server must be able to compute
 * it. A leaked table gives neither the key nor a way to sign without the server's secret.
 *
 * Usage is one counter row per app, day and action (an upsert per call), for the app's page.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('developer_apps')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    // 'EINV' + 10 digits, as the Ministry's app IDs look.
    .addColumn('app_id', 'text', (c) => c.notNull().unique().check(sql`app_id ~ '^EINV[0-9]{10}$'`))
    .addColumn('owner_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().check(sql`key_hash ~ '^[0-9a-f]{64}$'`))
    /** base64url(iv ‖ tag ‖ ciphertext) of the key under a key derived from AUTH_SECRET. */
    .addColumn('key_sealed', 'text', (c) => c.notNull())
    /** The key's first characters, to tell keys apart on the app's page. */
    .addColumn('key_prefix', 'text', (c) => c.notNull())
    .addColumn('key_created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await sql`create index developer_apps_owner_idx on developer_apps (owner_id, created_at)`.execute(db);

  await db.schema
    .createTable('developer_app_usage')
    .addColumn('app_id', 'text', (c) => c.notNull().references('developer_apps.app_id').onDelete('cascade'))
    /** Taiwan calendar day. */
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('calls', 'integer', (c) => c.notNull().defaultTo(0))
    /** Calls answered with a rate-limit code (950). */
    .addColumn('limited', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('developer_app_usage_pk', ['app_id', 'day', 'action'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('developer_app_usage').ifExists().execute();
  await db.schema.dropTable('developer_apps').ifExists().execute();
}
