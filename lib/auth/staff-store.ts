/** Staff accounts as the sign-in needs them. Returns DTOs; the hash never leaves lib/auth. */
import 'server-only';
import type { Kysely } from 'kysely';
import { resolveDb } from '@/lib/db';
import type { Database, StaffRole } from '@/lib/db/schema';

export type StaffCredentials = {
  id: string;
  email: string;
  name: string;
  roles: StaffRole[];
  passwordHash: string;
  disabled: boolean;
};

export async function findStaffCredentials(email: string, database?: Kysely<Database>): Promise<StaffCredentials | null> {
  const db = await resolveDb(database);
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'password_hash', 'disabled_at'])
    .where('email', '=', email.trim().toLowerCase())
    .where('kind', '=', 'staff')
    .executeTakeFirst();
  if (!row?.email || !row.password_hash) return null;
  const roles = await db.selectFrom('user_roles').select('role').where('user_id', '=', row.id).execute();
  return {
    id: row.id,
    email: row.email,
    name: row.display_name,
    roles: roles.map((r) => r.role),
    passwordHash: row.password_hash,
    disabled: row.disabled_at !== null,
  };
}

export async function markSignedIn(userId: string, database?: Kysely<Database>): Promise<void> {
  const db = await resolveDb(database);
  await db.updateTable('users').set({ last_sign_in_at: new Date() }).where('id', '=', userId).execute();
}
