/**
 * Each passkey challenge verifies once. The signed cookie (passkey-challenge.ts) says a challenge
 * is ours, unexpired and for this purpose; this says it has not been used: the first verify
 * inserts the challenge's hash, and the primary key turns every other one away, concurrent or
 * later, on PGlite and on Postgres alike. The challenge is burned before the signature is
 * checked, so a failed answer uses it up too (the browser asks for fresh options).
 */
import 'server-only';
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { CHALLENGE_SECONDS } from './passkey-challenge';

const hashOf = (challenge: string) => createHash('sha256').update(`webauthn-challenge\0${challenge}`).digest('base64url');

/**
 * True for the first use of a challenge, false for any other. The cookie's own clock
 * (Date.now(), as openChallenge reads it) dates the row: once the cookie has expired the row is
 * no longer needed, and each burn clears the expired ones.
 */
export async function burnChallenge(challenge: string, database?: Kysely<Database>, nowMs = Date.now()): Promise<boolean> {
  const db = await resolveDb(database);
  await db.deleteFrom('webauthn_challenges_used').where('expires_at', '<', new Date(nowMs)).execute();
  const row = await db
    .insertInto('webauthn_challenges_used')
    .values({ challenge_hash: hashOf(challenge), expires_at: new Date(nowMs + CHALLENGE_SECONDS * 1000) })
    .onConflict((oc) => oc.column('challenge_hash').doNothing())
    .returning('challenge_hash')
    .executeTakeFirst();
  return row !== undefined;
}
