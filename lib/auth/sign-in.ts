/**
 * Staff sign-in: lockout, password check, failure counting and audit, in one place.
 * Called by Auth.js `authorize`; the sign-in action asks `signInStatus` afterwards only to
 * word its message.
 *
 * Each attempt reserves its place in the account's and the address's limits before the
 * password is checked (lib/rate-limit/store.ts), so no more than five passwords per account
 * are ever checked in a window, however many requests arrive at once.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { recordAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import type { Database, StaffRole } from '@/lib/db/schema';
import type { RequestMeta } from '@/lib/http/request-meta';
import { clearAttempts, limitVerdict, releaseAttempt, reserveAttempt, type Reservation } from '@/lib/rate-limit/store';
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

type Gate = { allowed: boolean; account: Reservation | null; address: Reservation | null };

/**
 * Reserves one attempt against the account, then against the address. An attempt the account
 * refuses takes nothing from the address; one the address refuses gives the account its
 * place back, so a blocked address cannot use up someone's attempts.
 */
async function reserveSignIn(db: Kysely<Database>, email: string | null, ip: string | null): Promise<Gate> {
  const account = email ? await reserveAttempt(db, 'sign-in:account', email) : null;
  if (account && !account.allowed) return { allowed: false, account, address: null };
  const address = ip ? await reserveAttempt(db, 'sign-in:ip', ip) : null;
  if (address && !address.allowed) {
    if (email) await releaseAttempt(db, 'sign-in:account', email);
    return { allowed: false, account, address };
  }
  return { allowed: true, account, address };
}

function gateStatus(gate: Gate) {
  const verdicts = [gate.account?.verdict, gate.address?.verdict].filter((v) => v !== undefined);
  const locked = !gate.allowed || verdicts.some((v) => v.locked);
  return {
    locked,
    retryAfterSeconds: Math.max(0, ...verdicts.map((v) => v.retryAfterSeconds)),
    attemptsLeft: locked ? 0 : (gate.account?.verdict.remaining ?? 0),
  };
}

export async function authenticateStaff(
  input: { email: string; password: string },
  meta: RequestMeta,
  database?: Kysely<Database>,
): Promise<SignInResult> {
  const db = await resolveDb(database);
  const email = input.email.trim().toLowerCase();
  const gate = await reserveSignIn(db, email, meta.ip);
  const account = await findStaffCredentials(email, db);
  const actor = { id: account?.id ?? null, label: account?.email ?? 'unknown account' };

  if (!gate.allowed) {
    // Over the limit: the password is not even checked, so guessing gains nothing.
    await recordAudit({ actor, action: 'auth.sign_in_locked', meta }, db);
    const status = gateStatus(gate);
    return { ok: false, reason: 'locked', retryAfterSeconds: status.retryAfterSeconds, attemptsLeft: 0 };
  }

  // Verify against a dummy hash when there is no account, so timing does not reveal which exist.
  const valid = await verifyPassword(input.password, account?.passwordHash ?? (await dummyHash()));
  if (!account || !valid || account.disabled) {
    // The reserved attempt stays counted: it was a failure.
    await recordAudit({ actor, action: 'auth.sign_in_failed', meta }, db);
    const status = gateStatus(gate);
    return { ok: false, reason: status.locked ? 'locked' : 'invalid', retryAfterSeconds: status.retryAfterSeconds, attemptsLeft: status.attemptsLeft };
  }

  await clearAttempts(db, 'sign-in:account', email);
  // The address limit counts failures only; this attempt was not one.
  if (meta.ip) await releaseAttempt(db, 'sign-in:ip', meta.ip);
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
  const gate = await reserveSignIn(db, email, meta.ip);
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
