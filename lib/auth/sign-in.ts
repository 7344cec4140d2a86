/**
 * Staff sign-in: lockout, password check, failure counting and audit, in one place.
 * Called by Auth.js `authorize`; the sign-in action asks `signInStatus` afterwards only to
 * word its message.
 *
 * Each attempt reserves its place in the account's and the address's limits before the
 * password is checked (lib/auth/sign-in-gate.ts, shared with citizen sign-in).
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { recordAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import type { Database, StaffRole } from '@/lib/db/schema';
import type { RequestMeta } from '@/lib/http/request-meta';
import { checkSecret, lockStatus, reserveSignIn } from './sign-in-gate';
import { findStaffCredentials, markSignedIn } from './staff-store';

export type StaffUser = { id: string; email: string; name: string; roles: StaffRole[] };

export type SignInResult =
  | { ok: true; user: StaffUser }
  | { ok: false; reason: 'invalid' | 'locked'; retryAfterSeconds: number; attemptsLeft: number };

export async function signInStatus(email: string, ip: string | null, database?: Kysely<Database>) {
  return lockStatus(await resolveDb(database), 'sign-in:account', email, ip);
}

export async function authenticateStaff(
  input: { email: string; password: string },
  meta: RequestMeta,
  database?: Kysely<Database>,
): Promise<SignInResult> {
  const db = await resolveDb(database);
  const email = input.email.trim().toLowerCase();
  const gate = await reserveSignIn(db, 'sign-in:account', email, meta.ip);
  const account = await findStaffCredentials(email, db);
  const actor = { id: account?.id ?? null, label: account?.email ?? 'unknown account' };

  const refused = await checkSecret(db, gate, {
    policy: 'sign-in:account',
    key: email,
    actor,
    meta,
    secret: input.password,
    account: account ? { hash: account.passwordHash, disabled: account.disabled } : null,
  });
  // checkSecret refuses a missing account; the second test is for the type checker.
  if (refused || !account) return refused ?? { ok: false, reason: 'invalid', retryAfterSeconds: 0, attemptsLeft: 0 };
  await markSignedIn(account.id, db);
  await recordAudit({ actor, action: 'auth.sign_in', meta }, db);
  return { ok: true, user: { id: account.id, email: account.email, name: account.name, roles: account.roles } };
}

/**
 * A sign-in whose fields do not even have the right shape (Auth.js `authorize` gets any
 * body): it checks no password but still counts against the account it names and the address,
 * so malformed requests cannot probe around the lockout, and it is audited. Only the names of
 * the fields at fault are recorded, never what was sent.
 */
export async function recordMalformedSignIn(
  credentials: Partial<Record<string, unknown>> | undefined,
  fields: string[],
  meta: RequestMeta,
  database?: Kysely<Database>,
): Promise<void> {
  const db = await resolveDb(database);
  const raw = credentials?.email;
  const email = typeof raw === 'string' && raw.trim() ? raw.trim().toLowerCase().slice(0, 1000) : null;
  const gate = await reserveSignIn(db, 'sign-in:account', email, meta.ip);
  const account = email ? await findStaffCredentials(email, db) : null;
  await recordAudit(
    {
      actor: { id: account?.id ?? null, label: account?.email ?? 'unknown account' },
      action: 'auth.sign_in_malformed',
      details: { fields: [...new Set(fields)].sort(), locked: !gate.allowed },
      meta,
    },
    db,
  );
}
