/**
 * Staff sign-in: lockout check, password check, failure counting and audit, in one place.
 * Called by Auth.js `authorize`; the sign-in action asks `signInStatus` afterwards only to
 * word its message.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { recordAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import type { Database, StaffRole } from '@/lib/db/schema';
import type { RequestMeta } from '@/lib/http/request-meta';
import { clearEvents, limitVerdict, recordEvent } from '@/lib/rate-limit/store';
import { dummyHash, verifyPassword } from './password';
import { findStaffCredentials, markSignedIn } from './staff-store';

export type StaffUser = { id: string; email: string; name: string; roles: StaffRole[] };

export type SignInResult =
  | { ok: true; user: StaffUser }
  | { ok: false; reason: 'invalid' | 'locked'; retryAfterSeconds: number; attemptsLeft: number };

export async function signInStatus(email: string, ip: string | null, database?: Kysely<Database>) {
  const db = await resolveDb(database);
  const account = await limitVerdict(db, 'sign-in:account', email);
  const address = ip ? await limitVerdict(db, 'sign-in:ip', ip) : null;
  const locked = account.locked || Boolean(address?.locked);
  return {
    locked,
    retryAfterSeconds: Math.max(account.retryAfterSeconds, address?.retryAfterSeconds ?? 0),
    attemptsLeft: account.remaining,
  };
}

export async function authenticateStaff(
  input: { email: string; password: string },
  meta: RequestMeta,
  database?: Kysely<Database>,
): Promise<SignInResult> {
  const db = await resolveDb(database);
  const email = input.email.trim().toLowerCase();
  const before = await signInStatus(email, meta.ip, db);
  const account = await findStaffCredentials(email, db);
  const actor = { id: account?.id ?? null, label: account?.email ?? 'unknown account' };

  if (before.locked) {
    // While locked, the password is not even checked, so guessing gains nothing.
    await recordAudit({ actor, action: 'auth.sign_in_locked', meta }, db);
    return { ok: false, reason: 'locked', retryAfterSeconds: before.retryAfterSeconds, attemptsLeft: 0 };
  }

  // Verify against a dummy hash when there is no account, so timing does not reveal which exist.
  const valid = await verifyPassword(input.password, account?.passwordHash ?? (await dummyHash()));
  if (!account || !valid || account.disabled) {
    await recordEvent(db, 'sign-in:account', email);
    if (meta.ip) await recordEvent(db, 'sign-in:ip', meta.ip);
    await recordAudit({ actor, action: 'auth.sign_in_failed', meta }, db);
    const after = await signInStatus(email, meta.ip, db);
    return { ok: false, reason: after.locked ? 'locked' : 'invalid', retryAfterSeconds: after.retryAfterSeconds, attemptsLeft: after.attemptsLeft };
  }

  await clearEvents(db, 'sign-in:account', email);
  await markSignedIn(account.id, db);
  await recordAudit({ actor, action: 'auth.sign_in', meta }, db);
  return { ok: true, user: { id: account.id, email: account.email, name: account.name, roles: account.roles } };
}
