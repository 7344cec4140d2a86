/**
 * Changes to an account that must end its sessions at once: disabling it, changing its roles,
 * changing its password. Each is one transaction: the change, the session-version bump
 * (lib/auth/session-version.ts) and the audit entry commit together or not at all. There is no
 * admin UI for these yet; they are the data-access layer it (and citizen accounts) will call.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { recordAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { STAFF_ROLES, type Database, type StaffRole } from '@/lib/db/schema';
import type { RequestMeta } from '@/lib/http/request-meta';
import { hashPassword } from './password';
import { bumpSessionVersion } from './session-version';

/** Who made the change, for the audit log. */
export type Changer = { actor: { id: string | null; label: string }; meta?: RequestMeta };

export class AccountNotFoundError extends Error {
  override name = 'AccountNotFoundError';
}

/** The same bounds as the sign-in form accepts, with a floor for new passwords. */
export const NEW_PASSWORD_MIN = 12;
export const NEW_PASSWORD_MAX = 200;

async function lockAccount(db: Kysely<Database>, userId: string) {
  // FOR UPDATE: two admins changing one account take turns, so "before" in the audit is true.
  const row = await db.selectFrom('users').select(['id', 'email', 'disabled_at']).where('id', '=', userId).forUpdate().executeTakeFirst();
  if (!row) throw new AccountNotFoundError(`No account ${userId}`);
  return row;
}

/** Disables an account: it can no longer sign in, and its open sessions end now. */
export async function disableAccount(userId: string, by: Changer, database?: Kysely<Database>): Promise<void> {
  const db = await resolveDb(database);
  await db.transaction().execute(async (trx) => {
    const account = await lockAccount(trx, userId);
    if (account.disabled_at === null) {
      await trx.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', userId).execute();
    }
    await bumpSessionVersion(userId, trx);
    await recordAudit({ ...by, action: 'account.disable', target: { type: 'user', id: userId } }, trx);
  });
}

/** Replaces an account's roles; its sessions end so that the new roles apply from its next sign-in. */
export async function setAccountRoles(userId: string, roles: readonly StaffRole[], by: Changer, database?: Kysely<Database>): Promise<void> {
  const wanted = [...new Set(roles)].sort();
  if (wanted.some((role) => !(STAFF_ROLES as readonly string[]).includes(role))) throw new RangeError('Unknown role');
  const db = await resolveDb(database);
  await db.transaction().execute(async (trx) => {
    await lockAccount(trx, userId);
    const before = (await trx.selectFrom('user_roles').select('role').where('user_id', '=', userId).orderBy('role').execute()).map((r) => r.role);
    await trx.deleteFrom('user_roles').where('user_id', '=', userId).execute();
    if (wanted.length > 0) {
      await trx.insertInto('user_roles').values(wanted.map((role) => ({ user_id: userId, role }))).execute();
    }
    await bumpSessionVersion(userId, trx);
    await recordAudit(
      { ...by, action: 'account.roles_change', target: { type: 'user', id: userId }, details: { before, after: wanted } },
      trx,
    );
  });
}

/** Sets a new password and ends every session, including the one that asked (it signs in again). */
export async function changePassword(userId: string, newPassword: string, by: Changer, database?: Kysely<Database>): Promise<void> {
  if (newPassword.length < NEW_PASSWORD_MIN || newPassword.length > NEW_PASSWORD_MAX) {
    throw new RangeError(`A new password has ${NEW_PASSWORD_MIN} to ${NEW_PASSWORD_MAX} characters`);
  }
  // Hash outside the transaction: scrypt takes ~100 ms and holds no lock meanwhile.
  const hash = await hashPassword(newPassword);
  const db = await resolveDb(database);
  await db.transaction().execute(async (trx) => {
    await lockAccount(trx, userId);
    await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();
    await bumpSessionVersion(userId, trx);
    await recordAudit({ ...by, action: 'account.password_change', target: { type: 'user', id: userId } }, trx);
  });
}
