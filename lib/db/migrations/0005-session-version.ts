import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * A per-user session version: every session cookie carries the version it was issued under and
 * is refused once the user's version moves on (sign-out everywhere, password change, disabling,
 * role changes). Read by primary key on every signed-in request, so no index is needed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('session_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('session_version').execute();
}
