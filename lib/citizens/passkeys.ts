/**
 * Passkeys (WebAuthn), an optional second way in that the official platform does not offer.
 * A citizen adds one from /me/security; signing in with it needs no barcode (a discoverable
 * credential names its account). Each passkey belongs to one citizen; every query here filters
 * by the owner's id. Adding, removing and signing in are audited.
 */
import 'server-only';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Kysely } from 'kysely';
import { recordAudit } from '@/lib/audit';
import { ADDRESS_POLICY, reserveSignIn } from '@/lib/auth/sign-in-gate';
import { releaseAttempt } from '@/lib/rate-limit/store';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import type { RequestMeta } from '@/lib/http/request-meta';
import { burnChallenge } from './passkey-challenge-store';
import { RP_NAME, type RelyingParty } from './relying-party';

export type PasskeySummary = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

export async function listPasskeys(ownerId: string, database?: Kysely<Database>): Promise<PasskeySummary[]> {
  const db = await resolveDb(database);
  const rows = await db.selectFrom('passkeys').select(['id', 'name', 'created_at', 'last_used_at']).where('user_id', '=', ownerId).orderBy('created_at').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: new Date(r.created_at), lastUsedAt: r.last_used_at ? new Date(r.last_used_at) : null }));
}

export async function registrationOptions(owner: { id: string; barcode: string }, rp: RelyingParty, database?: Kysely<Database>) {
  const db = await resolveDb(database);
  const existing = await db.selectFrom('passkeys').select(['id', 'transports']).where('user_id', '=', owner.id).execute();
  return generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rp.rpID,
    userName: owner.barcode,
    userID: new TextEncoder().encode(owner.id),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports })),
    // Discoverable: signing in with it needs no barcode typed first.
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
}

export type AddOutcome = { ok: true; passkey: PasskeySummary } | { ok: false };

export async function addPasskey(
  ownerId: string,
  input: { response: RegistrationResponseJSON; name: string },
  expectedChallenge: string,
  rp: RelyingParty,
  meta: RequestMeta,
  database?: Kysely<Database>,
): Promise<AddOutcome> {
  const db = await resolveDb(database);
  // Single use: a replayed options + answer (or a second tab racing the first) adds nothing.
  if (!(await burnChallenge(expectedChallenge, db))) return { ok: false };
  const verification = await verifyRegistrationResponse({
    response: input.response,
    expectedChallenge,
    expectedOrigin: rp.origins,
    expectedRPID: rp.rpIDs,
  }).catch(() => null);
  if (!verification?.verified) return { ok: false };
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
  const row = await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('passkeys')
      .values({
        id: credential.id,
        user_id: ownerId,
        public_key: Buffer.from(credential.publicKey).toString('base64url'),
        counter: credential.counter,
        transports: JSON.stringify(credential.transports ?? []),
        device_type: credentialDeviceType,
        backed_up: credentialBackedUp,
        name: input.name,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning(['id', 'name', 'created_at', 'last_used_at'])
      .executeTakeFirst();
    if (!inserted) return null;
    const owner = await trx.selectFrom('users').select('mobile_barcode').where('id', '=', ownerId).executeTakeFirstOrThrow();
    await recordAudit({ actor: { id: ownerId, label: owner.mobile_barcode ?? '' }, action: 'citizen.passkey_add', target: { type: 'passkey', id: inserted.id.slice(0, 32) }, meta }, trx);
    return inserted;
  });
  if (!row) return { ok: false };
  return { ok: true, passkey: { id: row.id, name: row.name, createdAt: new Date(row.created_at), lastUsedAt: null } };
}

/** Removes one of the owner's passkeys; another citizen's id removes nothing. */
export async function removePasskey(ownerId: string, passkeyId: string, meta: RequestMeta, database?: Kysely<Database>): Promise<boolean> {
  const db = await resolveDb(database);
  return db.transaction().execute(async (trx) => {
    const removed = await trx.deleteFrom('passkeys').where('user_id', '=', ownerId).where('id', '=', passkeyId).returning('id').executeTakeFirst();
    if (!removed) return false;
    const owner = await trx.selectFrom('users').select('mobile_barcode').where('id', '=', ownerId).executeTakeFirstOrThrow();
    await recordAudit({ actor: { id: ownerId, label: owner.mobile_barcode ?? '' }, action: 'citizen.passkey_remove', target: { type: 'passkey', id: passkeyId.slice(0, 32) }, meta }, trx);
    return true;
  });
}

export function authenticationOptions(rp: RelyingParty) {
  return generateAuthenticationOptions({ rpID: rp.rpID, userVerification: 'preferred', allowCredentials: [] });
}

export type PasskeyUser = { id: string; barcode: string; email: string; sessionVersion: number };

/**
 * Signs in with a passkey's assertion. Failures count against the address's sign-in limit
 * (there is no barcode to lock) and are audited like a wrong code.
 */
export async function authenticatePasskey(
  response: AuthenticationResponseJSON,
  expectedChallenge: string,
  rp: RelyingParty,
  meta: RequestMeta,
  database?: Kysely<Database>,
): Promise<PasskeyUser | null> {
  const db = await resolveDb(database);
  const gate = await reserveSignIn(db, 'citizen-sign-in:account', null, meta.ip);
  const row = await db
    .selectFrom('passkeys')
    .innerJoin('users', 'users.id', 'passkeys.user_id')
    .select(['passkeys.id', 'passkeys.public_key', 'passkeys.counter', 'passkeys.transports', 'users.id as user_id', 'users.mobile_barcode', 'users.email', 'users.session_version', 'users.disabled_at', 'users.email_verified_at'])
    .where('passkeys.id', '=', typeof response.id === 'string' ? response.id.slice(0, 1000) : '')
    .where('users.kind', '=', 'citizen')
    .executeTakeFirst();
  const actor = { id: row?.user_id ?? null, label: row?.mobile_barcode ?? 'unknown account' };
  if (!gate.allowed) {
    await recordAudit({ actor, action: 'auth.sign_in_locked', details: { method: 'passkey' }, meta }, db);
    return null;
  }
  // Single use, decided before the signature: of two verifies with one challenge (a replay of a
  // captured answer, concurrent or later), exactly one gets past this line.
  const fresh = await burnChallenge(expectedChallenge, db);
  const verification =
    fresh && row && !row.disabled_at && row.email_verified_at
      ? await verifyAuthenticationResponse({
          response,
          expectedChallenge,
          expectedOrigin: rp.origins,
          expectedRPID: rp.rpIDs,
          credential: { id: row.id, publicKey: Buffer.from(row.public_key, 'base64url'), counter: Number(row.counter), transports: row.transports },
        }).catch(() => null)
      : null;
  if (!row || !verification?.verified) {
    await recordAudit({ actor, action: 'auth.sign_in_failed', details: { method: 'passkey', ...(fresh ? {} : { reason: 'challenge_used' }) }, meta }, db);
    return null;
  }
  // The address limit counts failures only.
  if (meta.ip) await releaseAttempt(db, ADDRESS_POLICY, meta.ip);
  await db.updateTable('passkeys').set({ counter: verification.authenticationInfo.newCounter, last_used_at: new Date() }).where('id', '=', row.id).execute();
  await db.updateTable('users').set({ last_sign_in_at: new Date() }).where('id', '=', row.user_id).execute();
  await recordAudit({ actor, action: 'auth.sign_in', details: { method: 'passkey' }, meta }, db);
  return { id: row.user_id, barcode: row.mobile_barcode ?? '', email: row.email ?? '', sessionVersion: row.session_version };
}
