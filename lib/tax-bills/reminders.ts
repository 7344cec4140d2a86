/**
 * Due-date reminders: my private calendar feed (a tokenised address I can renew or revoke; only
 * the token's SHA-256 is stored). The e-mail three days before a due date is reminder-job.ts.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { hashToken, newToken } from '@/lib/citizens/tokens';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';

type Ctx = { db?: Kysely<Database> };

/** Creates or renews my feed: the old address stops working. Returns the new token (shown once). */
export async function renewCalendarFeed(ownerId: string, ctx: Ctx = {}): Promise<string> {
  const db = await resolveDb(ctx.db);
  const token = newToken();
  await db
    .insertInto('tax_calendar_feeds')
    .values({ owner_id: ownerId, token_hash: hashToken(token) })
    .onConflict((oc) => oc.column('owner_id').doUpdateSet({ token_hash: hashToken(token), created_at: new Date() }))
    .execute();
  return token;
}

export async function revokeCalendarFeed(ownerId: string, ctx: Ctx = {}): Promise<void> {
  const db = await resolveDb(ctx.db);
  await db.deleteFrom('tax_calendar_feeds').where('owner_id', '=', ownerId).execute();
}

export async function calendarFeedSince(ownerId: string, ctx: Ctx = {}): Promise<Date | null> {
  const db = await resolveDb(ctx.db);
  const row = await db.selectFrom('tax_calendar_feeds').select('created_at').where('owner_id', '=', ownerId).executeTakeFirst();
  return row ? new Date(row.created_at) : null;
}

/** Whose feed a token opens, or null (unknown, renewed or revoked). */
export async function calendarFeedOwner(token: string, ctx: Ctx = {}): Promise<string | null> {
  const db = await resolveDb(ctx.db);
  const row = await db.selectFrom('tax_calendar_feeds').select('owner_id').where('token_hash', '=', hashToken(token)).executeTakeFirst();
  return row?.owner_id ?? null;
}
