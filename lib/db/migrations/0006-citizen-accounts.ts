import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Citizen accounts (issue 12): a citizen signs in with the mobile barcode the platform issued
 * and a verification code (its scrypt hash goes in users.password_hash, like a staff password).
 *
 * - users.mobile_barcode: unique, in the platform's format (`/` + 7 of 0-9 A-Z . + -).
 * - users.email_verified_at: a citizen signs in only once the address is confirmed.
 * - users.deletion_requested_at: an account deletion waits out a grace period from here.
 * - citizen_tokens: one-time e-mail links (confirm the address, reset the code). Only the
 *   SHA-256 of a token is stored, so a copy of the table opens no account; each expires and is
 *   used at most once.
 * - passkeys: WebAuthn credentials, an optional second way in.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('mobile_barcode', 'text', (c) => c.check(sql`mobile_barcode ~ '^/[0-9A-Z.+-]{7}$'`))
    .addColumn('email_verified_at', 'timestamptz')
    .addColumn('deletion_requested_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('users_mobile_barcode_key').on('users').column('mobile_barcode').unique().execute();

  await db.schema
    .createTable('citizen_tokens')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('confirm-email', 'reset-code')`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('citizen_tokens_user_idx').on('citizen_tokens').columns(['user_id', 'purpose']).execute();

  await db.schema
    .createTable('passkeys')
    // The credential id as the authenticator gives it, base64url.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('counter', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('transports', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('device_type', 'text', (c) => c.notNull())
    .addColumn('backed_up', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('passkeys_user_idx').on('passkeys').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('passkeys').ifExists().execute();
  await db.schema.dropTable('citizen_tokens').ifExists().execute();
  await db.schema.dropIndex('users_mobile_barcode_key').ifExists().execute();
  await db.schema.alterTable('users').dropColumn('deletion_requested_at').dropColumn('email_verified_at').dropColumn('mobile_barcode').execute();
}
