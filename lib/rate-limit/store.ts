/** Rate-limit events in the database, so that limits hold across server instances. */
import 'server-only';
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { RATE_LIMIT_POLICIES, RateLimitError, evaluateLimit, type LimitVerdict, type PolicyName } from './policies';

export { RateLimitError };

function hashKey(policy: PolicyName, key: string): string {
  return createHash('sha256').update(`${policy}\0${key.trim().toLowerCase()}`).digest('hex');
}

export async function limitVerdict(db: Kysely<Database>, policy: PolicyName, key: string, now = new Date()): Promise<LimitVerdict> {
  const rule = RATE_LIMIT_POLICIES[policy];
  const row = await db
    .selectFrom('rate_limit_events')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.max('occurred_at').as('last_at')])
    .where('policy', '=', policy)
    .where('key_hash', '=', hashKey(policy, key))
    .where('occurred_at', '>', new Date(now.getTime() - rule.windowSeconds * 1000))
    .executeTakeFirst();
  const count = Number(row?.count ?? 0);
  const lastAt = row?.last_at ? new Date(row.last_at) : null;
  return evaluateLimit(rule, { count, lastAt }, now);
}

export async function recordEvent(db: Kysely<Database>, policy: PolicyName, key: string, now = new Date()): Promise<void> {
  await db.insertInto('rate_limit_events').values({ policy, key_hash: hashKey(policy, key), occurred_at: now }).execute();
  // Old events are useless; trimming on write keeps the table small without a cron job.
  await db
    .deleteFrom('rate_limit_events')
    .where('occurred_at', '<', new Date(now.getTime() - 24 * 3600 * 1000))
    .execute();
}

export async function clearEvents(db: Kysely<Database>, policy: PolicyName, key: string): Promise<void> {
  await db.deleteFrom('rate_limit_events').where('policy', '=', policy).where('key_hash', '=', hashKey(policy, key)).execute();
}

/** For writes: throw when the key is over its limit, otherwise count this event. */
export async function assertRateLimit(db: Kysely<Database>, policy: PolicyName, key: string, now = new Date()): Promise<void> {
  const verdict = await limitVerdict(db, policy, key, now);
  if (verdict.locked) throw new RateLimitError(policy, verdict.retryAfterSeconds);
  await recordEvent(db, policy, key, now);
}
