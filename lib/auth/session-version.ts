/**
 * Server-side revocation of cookie sessions. A session cookie is a signed, encrypted JWT that
 * the server cannot delete, so each carries the user's session version (`sv`) from sign-in, and
 * every signed-in request compares it with `users.session_version`. Bumping the version ends
 * every session of that user at once, on every device. The same mechanism serves staff and,
 * later, citizens.
 */
import 'server-only';
import { sql, type Kysely } from 'kysely';
import { resolveDb } from '@/lib/db';
import { prepared } from '@/lib/db/prepared';
import type { Database, StaffRole, UserKind } from '@/lib/db/schema';

/** What a session cookie claims: the user and the version it was issued under. */
export type SessionClaims = { userId: string; sessionVersion: number | undefined };

/** The user behind a session that is still valid, as the database says now. */
export type SessionPrincipal = { id: string; kind: UserKind; email: string; name: string; roles: StaffRole[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every signed-in request runs this one: built and compiled once (lib/db/prepared.ts). */
const principalQuery = prepared((db, { userId }: { userId: string }) =>
  db
    .selectFrom('users')
    .select((eb) => [
      'id',
      'kind',
      'email',
      'display_name',
      'session_version',
      'disabled_at',
      eb
        .selectFrom('user_roles')
        .select(sql<StaffRole[]>`coalesce(jsonb_agg(role order by role), '[]'::jsonb)`.as('roles'))
        .whereRef('user_roles.user_id', '=', 'users.id')
        .as('roles'),
    ])
    .where('id', '=', userId),
);

/**
 * The current principal for a session, or null when the session no longer counts: the user is
 * gone or disabled, or the version moved on. Roles come from the database, so a change applies
 * on the next request. One query by primary key (roles by the (user_id, role) key).
 */
export async function checkSession(claims: SessionClaims, database?: Kysely<Database>): Promise<SessionPrincipal | null> {
  // A cookie from before session versions (no `sv`) is refused: signing in again gives one.
  if (typeof claims.sessionVersion !== 'number' || !UUID.test(claims.userId)) return null;
  const db = await resolveDb(database);
  const row = (await db.executeQuery(principalQuery(db, { userId: claims.userId }))).rows[0];
  if (!row || row.disabled_at !== null || row.session_version !== claims.sessionVersion) return null;
  return { id: row.id, kind: row.kind, email: row.email ?? '', name: row.display_name, roles: row.roles ?? [] };
}

/** The version a session signed in now would carry; read before the password is checked. */
export async function sessionVersionFor(email: string, database?: Kysely<Database>): Promise<number | null> {
  const db = await resolveDb(database);
  const row = await db
    .selectFrom('users')
    .select('session_version')
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row?.session_version ?? null;
}

/** Ends every session of a user. Call inside the transaction that makes the change that needs it. */
export async function bumpSessionVersion(userId: string, database?: Kysely<Database>): Promise<void> {
  const db = await resolveDb(database);
  await db
    .updateTable('users')
    .set((eb) => ({ session_version: eb('session_version', '+', 1), updated_at: new Date() }))
    .where('id', '=', userId)
    .execute();
}

/**
 * Sign-out: ends every session of the user, but only when the cookie signing out is still
 * valid, so a stale or stolen-and-revoked cookie cannot sign its owner out again (and is not
 * audited as a sign-out). Atomic: of two concurrent sign-outs, one succeeds.
 */
export async function endSessions(claims: SessionClaims, database?: Kysely<Database>): Promise<SessionPrincipal | null> {
  if (typeof claims.sessionVersion !== 'number' || !UUID.test(claims.userId)) return null;
  const db = await resolveDb(database);
  const row = await db
    .updateTable('users')
    .set((eb) => ({ session_version: eb('session_version', '+', 1), updated_at: new Date() }))
    .where('id', '=', claims.userId)
    .where('session_version', '=', claims.sessionVersion)
    .where('disabled_at', 'is', null)
    .returning(['id', 'kind', 'email', 'display_name'])
    .executeTakeFirst();
  return row ? { id: row.id, kind: row.kind, email: row.email ?? '', name: row.display_name, roles: [] } : null;
}
