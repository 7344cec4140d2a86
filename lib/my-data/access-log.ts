/**
 * The access log of a citizen's account: every audit entry the citizen made (sign-ins, failed
 * sign-ins on their barcode, changes, downloads) and every entry about their account made by
 * anyone else (staff disabling it, changing it). Ownership is in the query: entries are chosen
 * by the owner's id, never filtered afterwards.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { accessEntry, type AccessEntryDto } from './access-entry';

export const ACCESS_LOG_PAGE = 50;
/** The most an export holds: years of daily sign-ins. */
export const ACCESS_LOG_EXPORT_MAX = 5000;

export async function listAccessLog(ownerId: string, options: { db?: Kysely<Database>; limit?: number } = {}): Promise<AccessEntryDto[]> {
  const db = await resolveDb(options.db);
  const rows = await db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select(['a.id', 'a.occurred_at', 'a.actor_id', 'a.actor_label', 'a.action', 'a.target_type', 'a.target_id', 'a.ip', 'a.details', 'u.kind as actor_kind'])
    .where((eb) => eb.or([eb('a.actor_id', '=', ownerId), eb.and([eb('a.target_type', '=', 'user'), eb('a.target_id', '=', ownerId)])]))
    .orderBy('a.id', 'desc')
    .limit(Math.min(options.limit ?? ACCESS_LOG_PAGE, ACCESS_LOG_EXPORT_MAX))
    .execute();
  return rows.map((row) => accessEntry(row, ownerId));
}
