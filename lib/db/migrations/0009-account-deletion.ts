import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * My data (issue 12 item 8). The deletion request column is 0006's (users.deletion_requested_at);
 * this adds the two indexes its features read by:
 * - the purge finds due requests without reading every account;
 * - a citizen's access log takes entries about their account (target 'user' = their id) as well
 *   as their own (audit_log_actor_idx), without reading the whole log.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index users_deletion_requested_idx on users (deletion_requested_at) where deletion_requested_at is not null`.execute(db);
  await sql`create index audit_log_user_target_idx on audit_log (target_id) where target_type = 'user'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists audit_log_user_target_idx`.execute(db);
  await sql`drop index if exists users_deletion_requested_idx`.execute(db);
}
