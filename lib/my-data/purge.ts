/**
 * The purge of accounts whose deletion grace period has ended (lib/my-data/deletion.ts asks and
 * cancels). Run by `npm run accounts:purge` and by the server on start and every hour after
 * (instrumentation.ts), so it imports nothing server-only and takes its database as an argument.
 *
 * What goes: the users row, and with it (foreign keys, on delete cascade) e-mail link tokens,
 * passkeys, the prize bank account and donation records. Carriers are unlinked (owner and link
 * time cleared): the carrier and its invoices belong to the synthetic world, not to the person.
 * The audit log keeps what happened and when, but entries about the account lose their personal
 * fields (barcode label, IP address, browser): the one update of audit entries the app makes,
 * and it is itself audited.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { dueBefore } from './deletion-rules';

/** The label audit entries keep for an account that no longer exists. */
export const DELETED_ACCOUNT_LABEL = 'deleted account';

/**
 * Removes every citizen account whose grace period ended by `at`. One transaction per account,
 * which re-checks the request under a row lock, so a cancellation landing meanwhile wins and
 * two purges running at once remove each account once. Returns the ids removed.
 */
export async function purgeDueAccounts(db: Kysely<Database>, at: Date): Promise<string[]> {
  const cutoff = dueBefore(at);
  const due = await db
    .selectFrom('users')
    .select('id')
    .where('kind', '=', 'citizen')
    .where('deletion_requested_at', '<=', cutoff)
    .orderBy('deletion_requested_at')
    .limit(1000)
    .execute();
  const purged: string[] = [];
  for (const { id } of due) {
    const done = await db.transaction().execute(async (trx) => {
      const user = await trx
        .selectFrom('users')
        .select('id')
        .where('id', '=', id)
        .where('kind', '=', 'citizen')
        .where('deletion_requested_at', '<=', cutoff)
        .forUpdate()
        .executeTakeFirst();
      if (!user) return false;
      await trx.updateTable('carriers').set({ owner_id: null, linked_at: null }).where('owner_id', '=', id).execute();
      await trx
        .updateTable('audit_log')
        .set({ actor_label: DELETED_ACCOUNT_LABEL, ip: null, user_agent: null })
        .where((eb) => eb.or([eb('actor_id', '=', id), eb.and([eb('target_type', '=', 'user'), eb('target_id', '=', id)])]))
        .execute();
      await trx.deleteFrom('users').where('id', '=', id).execute();
      // As lib/audit's recordAudit writes it (that module is server-only).
      await trx
        .insertInto('audit_log')
        .values({ actor_id: null, actor_label: 'system', action: 'citizen.account_purged', target_type: 'user', target_id: id, details: JSON.stringify({}) })
        .execute();
      return true;
    });
    if (done) purged.push(id);
  }
  return purged;
}
