/**
 * The lockout gate shared by staff and citizen sign-in: each attempt reserves its place in the
 * account's limit and the address's limit before any secret is checked (lib/rate-limit/store.ts),
 * so no more than five codes per account are ever checked in a window, however many requests
 * arrive at once.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { recordAudit } from '@/lib/audit';
import type { Database } from '@/lib/db/schema';
import type { RequestMeta } from '@/lib/http/request-meta';
import type { PolicyName } from '@/lib/rate-limit/policies';
import { clearAttempts, limitVerdict, releaseAttempt, reserveAttempt, type Reservation } from '@/lib/rate-limit/store';
import { dummyHash, verifyPassword } from './password';

/** Both kinds of sign-in share the address limit: spraying staff or citizens counts alike. */
export const ADDRESS_POLICY = 'sign-in:ip' satisfies PolicyName;

export type Gate = { allowed: boolean; account: Reservation | null; address: Reservation | null };

export type GateStatus = { locked: boolean; retryAfterSeconds: number; attemptsLeft: number };

/**
 * Reserves one attempt against the account, then against the address. An attempt the account
 * refuses takes nothing from the address; one the address refuses gives the account its
 * place back, so a blocked address cannot use up someone's attempts.
 */
export async function reserveSignIn(db: Kysely<Database>, accountPolicy: PolicyName, key: string | null, ip: string | null): Promise<Gate> {
  const account = key ? await reserveAttempt(db, accountPolicy, key) : null;
  if (account && !account.allowed) return { allowed: false, account, address: null };
  const address = ip ? await reserveAttempt(db, ADDRESS_POLICY, ip) : null;
  if (address && !address.allowed) {
    if (key) await releaseAttempt(db, accountPolicy, key);
    return { allowed: false, account, address };
  }
  return { allowed: true, account, address };
}

export function gateStatus(gate: Gate): GateStatus {
  const verdicts = [gate.account?.verdict, gate.address?.verdict].filter((v) => v !== undefined);
  const locked = !gate.allowed || verdicts.some((v) => v.locked);
  return {
    locked,
    retryAfterSeconds: Math.max(0, ...verdicts.map((v) => v.retryAfterSeconds)),
    attemptsLeft: locked ? 0 : (gate.account?.verdict.remaining ?? 0),
  };
}

/** Read only: what to tell someone whose sign-in failed (locked for how long, attempts left). */
export async function lockStatus(db: Kysely<Database>, accountPolicy: PolicyName, key: string, ip: string | null): Promise<GateStatus> {
  const account = await limitVerdict(db, accountPolicy, key);
  const address = ip ? await limitVerdict(db, ADDRESS_POLICY, ip) : null;
  const locked = account.locked || Boolean(address?.locked);
  return {
    locked,
    retryAfterSeconds: Math.max(account.retryAfterSeconds, address?.retryAfterSeconds ?? 0),
    attemptsLeft: account.remaining,
  };
}

export type GateRefusal = { ok: false; reason: 'locked' | 'invalid'; retryAfterSeconds: number; attemptsLeft: number };

/**
 * The middle every sign-in shares, after `reserveSignIn`: over the limit, the secret is not even
 * checked (guessing gains nothing); no account, a wrong secret or a disabled account is one
 * failure, checked against a dummy hash when there is no account so timing reveals nothing; the
 * right secret clears the account's failures and gives back the address's reserved attempt.
 * Every refusal is audited. Returns the refusal, or null when the secret was right.
 */
export async function checkSecret(
  db: Kysely<Database>,
  gate: Gate,
  attempt: {
    policy: PolicyName;
    key: string;
    actor: { id: string | null; label: string };
    meta: RequestMeta;
    secret: string;
    /** The account's hash and whether it may sign in; null when there is no such account. */
    account: { hash: string; disabled: boolean } | null;
  },
): Promise<GateRefusal | null> {
  const { actor, meta } = attempt;
  if (!gate.allowed) {
    await recordAudit({ actor, action: 'auth.sign_in_locked', meta }, db);
    return { ok: false, reason: 'locked', retryAfterSeconds: gateStatus(gate).retryAfterSeconds, attemptsLeft: 0 };
  }
  const valid = await verifyPassword(attempt.secret, attempt.account?.hash ?? (await dummyHash()));
  if (!attempt.account || !valid || attempt.account.disabled) {
    // The reserved attempt stays counted: it was a failure.
    await recordAudit({ actor, action: 'auth.sign_in_failed', meta }, db);
    const status = gateStatus(gate);
    return { ok: false, reason: status.locked ? 'locked' : 'invalid', retryAfterSeconds: status.retryAfterSeconds, attemptsLeft: status.attemptsLeft };
  }
  await clearAttempts(db, attempt.policy, attempt.key);
  // The address limit counts failures only; this attempt was not one.
  if (meta.ip) await releaseAttempt(db, ADDRESS_POLICY, meta.ip);
  return null;
}
