import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Passkey challenges are single-use on the server. The challenge itself travels in a signed
 * cookie (lib/citizens/passkey-challenge.ts), valid five minutes; a verify first inserts its hash
 * here, and the primary key lets exactly one of any number of concurrent verifies with the same
 * challenge through, so a captured options + answer cannot be replayed within those minutes.
 * Rows are only needed until the cookie expires; burning deletes the expired ones.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table webauthn_challenges_used (
    challenge_hash text primary key,
    expires_at timestamptz not null)`.execute(db);
  await sql`create index webauthn_challenges_used_expires_idx on webauthn_challenges_used (expires_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists webauthn_challenges_used`.execute(db);
}
