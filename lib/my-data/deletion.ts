/**
 * Deleting a citizen's account: the request (the verification code again, so a session left
 * open on a shared computer is not enough) and its cancellation. The purge that removes the
 * accounts whose grace period has ended is purge.ts.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { recordAudit } from '@/lib/audit';
import { verifyPassword } from '@/lib/auth/password';
import { bumpSessionVersion } from '@/lib/auth/session-version';
import { gateStatus, reserveSignIn } from '@/lib/auth/sign-in-gate';
import { SIGN_IN_POLICY } from '@/lib/citizens/accounts';
import { findCitizenById } from '@/lib/citizens/store';
import { now } from '@/lib/clock';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import type { RequestMeta } from '@/lib/http/request-meta';
import { clearAttempts } from '@/lib/rate-limit/store';
import { purgeAfter } from './deletion-rules';

export type DeletionContext = { db?: Kysely<Database>; meta?: RequestMeta; at?: Date };

export type DeletionStatus = { requestedAt: Date; purgeAfter: Date } | null;

export async function deletionStatus(ownerId: string, ctx: DeletionContext = {}): Promise<DeletionStatus> {
  const db = await resolveDb(ctx.db);
  const row = await db.selectFrom('users').select('deletion_requested_at').where('id', '=', ownerId).where('kind', '=', 'citizen').executeTakeFirst();
  if (!row?.deletion_requested_at) return null;
  const requestedAt = new Date(row.deletion_requested_at);
  return { requestedAt, purgeAfter: purgeAfter(requestedAt) };
}

export type DeletionRequestResult =
  | { ok: true; purgeAfter: Date }
  | { ok: false; reason: 'wrong' | 'locked'; retryAfterSeconds: number; attemptsLeft: number };

/**
 * Asks for the account's deletion. Wrong codes count against the sign-in lockout (the same
 * gate as sign-in and code change), so this form cannot be used to guess the code. On success
 * every session ends (the caller then clears this browser's cookie). Asking again keeps the
 * first request's date: the grace period is not restarted.
 */
export async function requestDeletion(ownerId: string, code: string, ctx: DeletionContext = {}): Promise<DeletionRequestResult> {
  const db = await resolveDb(ctx.db);
  const at = ctx.at ?? now();
  const citizen = await findCitizenById(db, ownerId);
  if (!citizen) return { ok: false, reason: 'wrong', retryAfterSeconds: 0, attemptsLeft: 0 };
  const actor = { id: citizen.id, label: citizen.barcode };
  const gate = await reserveSignIn(db, SIGN_IN_POLICY, citizen.barcode, ctx.meta?.ip ?? null);
  if (!gate.allowed || !(await verifyPassword(code, citizen.codeHash))) {
    await recordAudit({ actor, action: 'citizen.deletion_refused', details: { locked: !gate.allowed }, meta: ctx.meta }, db);
    const status = gateStatus(gate);
    return { ok: false, reason: status.locked ? 'locked' : 'wrong', retryAfterSeconds: status.retryAfterSeconds, attemptsLeft: status.attemptsLeft };
  }
  await clearAttempts(db, SIGN_IN_POLICY, citizen.barcode);
  const requestedAt = await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('users')
      .set((eb) => ({ deletion_requested_at: eb.fn.coalesce('deletion_requested_at', eb.val(at)) }))
      .where('id', '=', ownerId)
      .returning('deletion_requested_at')
      .executeTakeFirstOrThrow();
    await bumpSessionVersion(ownerId, trx);
    const requested = new Date(row.deletion_requested_at!);
    await recordAudit({ actor, action: 'citizen.deletion_request', details: { purgeAfter: purgeAfter(requested).toISOString() }, meta: ctx.meta }, trx);
    return requested;
  });
  return { ok: true, purgeAfter: purgeAfter(requestedAt) };
}

/** Keeps the account: the signed-in owner cancels their own pending request. */
export async function cancelDeletion(ownerId: string, ctx: DeletionContext = {}): Promise<boolean> {
  const db = await resolveDb(ctx.db);
  const row = await db
    .updateTable('users')
    .set({ deletion_requested_at: null, updated_at: ctx.at ?? now() })
    .where('id', '=', ownerId)
    .where('kind', '=', 'citizen')
    .where('deletion_requested_at', 'is not', null)
    .returning('mobile_barcode')
    .executeTakeFirst();
  if (!row) return false;
  await recordAudit({ actor: { id: ownerId, label: row.mobile_barcode ?? 'citizen' }, action: 'citizen.deletion_cancel', meta: ctx.meta }, db);
  return true;
}
