/**
 * Citizen sign-in with mobile barcode and verification code: the same lockout gate as staff
 * (lib/auth/sign-in-gate.ts; 5 failures → 15 minutes), code check against a dummy hash for
 * unknown barcodes (timing reveals nothing), and an audit entry for every outcome. Called by
 * Auth.js `authorize` (lib/auth/config.ts); the sign-in action asks `citizenSignInStatus`
 * afterwards only to word its message.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { recordAudit } from '@/lib/audit';
import { checkSecret, lockStatus, reserveSignIn } from '@/lib/auth/sign-in-gate';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import type { RequestMeta } from '@/lib/http/request-meta';
import { SIGN_IN_POLICY } from './accounts';
import { normalizeBarcode } from './barcode';
import { findCitizenByBarcode } from './store';

export type CitizenUser = { id: string; barcode: string; email: string; sessionVersion: number };

export type CitizenSignInResult =
  | { ok: true; user: CitizenUser }
  | { ok: false; reason: 'invalid' | 'locked' | 'unconfirmed'; retryAfterSeconds: number; attemptsLeft: number };

export async function citizenSignInStatus(barcode: string, ip: string | null, database?: Kysely<Database>) {
  return lockStatus(await resolveDb(database), SIGN_IN_POLICY, normalizeBarcode(barcode), ip);
}

export async function authenticateCitizen(
  input: { barcode: string; code: string },
  meta: RequestMeta,
  database?: Kysely<Database>,
): Promise<CitizenSignInResult> {
  const db = await resolveDb(database);
  const barcode = normalizeBarcode(input.barcode);
  const gate = await reserveSignIn(db, SIGN_IN_POLICY, barcode, meta.ip);
  // Read before the code is checked: a code change landing meanwhile bumps the version, so the
  // session this sign-in would start is refused rather than let through.
  const account = await findCitizenByBarcode(db, barcode);
  const actor = { id: account?.id ?? null, label: account?.barcode ?? 'unknown account' };

  const refused = await checkSecret(db, gate, {
    policy: SIGN_IN_POLICY,
    key: barcode,
    actor,
    meta,
    secret: input.code,
    account: account ? { hash: account.codeHash, disabled: account.disabled } : null,
  });
  // checkSecret refuses a missing account; the second test is for the type checker.
  if (refused || !account) return refused ?? { ok: false, reason: 'invalid', retryAfterSeconds: 0, attemptsLeft: 0 };
  // The right code: not a failure, whatever comes next.
  if (!account.confirmed) {
    await recordAudit({ actor, action: 'auth.sign_in_unconfirmed', meta }, db);
    return { ok: false, reason: 'unconfirmed', retryAfterSeconds: 0, attemptsLeft: 0 };
  }
  await db.updateTable('users').set({ last_sign_in_at: new Date() }).where('id', '=', account.id).execute();
  await recordAudit({ actor, action: 'auth.sign_in', meta }, db);
  return { ok: true, user: { id: account.id, barcode: account.barcode, email: account.email, sessionVersion: account.sessionVersion } };
}

/** A request with fields of the wrong shape: no code is checked, but it counts and is audited. */
export async function recordMalformedCitizenSignIn(
  credentials: Partial<Record<string, unknown>> | undefined,
  fields: string[],
  meta: RequestMeta,
  database?: Kysely<Database>,
): Promise<void> {
  const db = await resolveDb(database);
  const raw = credentials?.barcode;
  const barcode = typeof raw === 'string' && raw.trim() ? normalizeBarcode(raw).slice(0, 100) : null;
  const gate = await reserveSignIn(db, SIGN_IN_POLICY, barcode, meta.ip);
  await recordAudit(
    { actor: { id: null, label: 'unknown account' }, action: 'auth.sign_in_malformed', details: { fields: [...new Set(fields)].sort(), locked: !gate.allowed }, meta },
    db,
  );
}
