/**
 * Rate-limit counters in the database, so that limits hold across server instances.
 *
 * Every attempt first reserves its number with one atomic upsert and only then does the work
 * it limits (checking a password, publishing). Reading a count and writing it afterwards would
 * let N concurrent attempts all read "under the limit" and all go ahead.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { prepared, type Prepared } from '@/lib/db/prepared';
import type { Database } from '@/lib/db/schema';
import { RATE_LIMIT_POLICIES, RateLimitError, counterVerdict, windowResetSeconds, type LimitVerdict, type PolicyName, type RateLimitPolicy } from './policies';

export { RateLimitError };

/**
 * One row per policy and key, never one per event: a fixed-window counter that each attempt
 * moves with a single upsert. Counters untouched for a day are of no use to any policy (the
 * longest window is an hour).
 */
const STALE_AFTER_MS = 24 * 3600 * 1000;

function hashKey(policy: PolicyName, key: string): string {
  return createHash('sha256').update(`${policy}\0${key.trim().toLowerCase()}`).digest('hex');
}

type CounterRow = { count: number; window_start: Date | string; last_at: Date | string };
const toState = (row: CounterRow) => ({ count: Number(row.count), windowStart: new Date(row.window_start), lastAt: new Date(row.last_at) });

export type Reservation = {
  /** False when the attempt is over the limit: do not do the work. */
  allowed: boolean;
  /** This attempt's number in the window (stops growing one past the limit). */
  attempt: number;
  /** The key's state with this attempt counted. */
  verdict: LimitVerdict;
  /** Seconds until the key's current window ends (RateLimit-Reset). */
  resetSeconds: number;
};

type ReserveValues = { keyHash: string; now: Date; windowCutoff: Date; lockoutCutoff: Date };
const reserveQueries = new Map<PolicyName, Prepared<ReserveValues, CounterRow>>();

/**
 * The counter's upsert for one policy, built and compiled once (every rate-limited API call runs
 * it; lib/db/prepared.ts): the policy's name and limits stay in the query, the key and times are
 * each call's.
 */
function reserveQuery(policy: PolicyName): Prepared<ReserveValues, CounterRow> {
  let query = reserveQueries.get(policy);
  if (query) return query;
  const rule = RATE_LIMIT_POLICIES[policy];
  // The same rule as counterExpired() in policies.ts; SET expressions all see the old row.
  const policyRule: RateLimitPolicy = rule;
  query = prepared<ReserveValues, CounterRow>((db, { keyHash, now, windowCutoff, lockoutCutoff }) => {
    const expired = policyRule.fixedWindow
      ? sql<boolean>`(rate_limit_counters.window_start <= ${windowCutoff})`
      : sql<boolean>`(
    (rate_limit_counters.count >= ${rule.limit} and rate_limit_counters.last_at <= ${lockoutCutoff})
    or (rate_limit_counters.count < ${rule.limit} and rate_limit_counters.window_start <= ${windowCutoff}))`;
    return db
      .insertInto('rate_limit_counters')
      .values({ policy, key_hash: keyHash, count: 1, window_start: now, last_at: now })
      .onConflict((oc) =>
        oc.columns(['policy', 'key_hash']).doUpdateSet({
          count: sql<number>`case when ${expired} then 1 else least(rate_limit_counters.count + 1, ${rule.limit + 1}) end`,
          window_start: sql<Date>`case when ${expired} then excluded.window_start else rate_limit_counters.window_start end`,
          last_at: sql<Date>`case when ${expired} or rate_limit_counters.count < ${rule.limit} then excluded.last_at else rate_limit_counters.last_at end`,
        }),
      )
      .returning(['count', 'window_start', 'last_at']);
  });
  reserveQueries.set(policy, query);
  return query;
}

/**
 * Counts one attempt and says whether it may go ahead, in one statement: the row lock taken by
 * ON CONFLICT DO UPDATE orders concurrent attempts, so exactly `limit` of them get a number
 * within the limit. Attempts refused while locked do not move the lockout's start.
 */
export async function reserveAttempt(db: Kysely<Database>, policy: PolicyName, key: string, now = new Date()): Promise<Reservation> {
  const rule = RATE_LIMIT_POLICIES[policy];
  const windowCutoff = new Date(now.getTime() - rule.windowSeconds * 1000);
  const lockoutCutoff = new Date(now.getTime() - rule.lockoutSeconds * 1000);
  const query = reserveQuery(policy)(db, { keyHash: hashKey(policy, key), now, windowCutoff, lockoutCutoff });
  const row = (await db.executeQuery(query)).rows[0];
  if (!row) throw new Error('rate limit: the counter upsert returned no row');
  const state = toState(row);
  if (state.count === 1) {
    // A fresh window: a cheap moment to trim counters nobody has used for a day (no cron job).
    await db.deleteFrom('rate_limit_counters').where('last_at', '<', new Date(now.getTime() - STALE_AFTER_MS)).execute();
  }
  return { allowed: state.count <= rule.limit, attempt: state.count, verdict: counterVerdict(rule, state, now), resetSeconds: windowResetSeconds(rule, state, now) };
}

/** Gives back an allowed attempt that turned out not to count (e.g. a sign-in that succeeded). */
export async function releaseAttempt(db: Kysely<Database>, policy: PolicyName, key: string): Promise<void> {
  await db
    .updateTable('rate_limit_counters')
    .set({ count: sql<number>`greatest(count - 1, 0)` })
    .where('policy', '=', policy)
    .where('key_hash', '=', hashKey(policy, key))
    .execute();
}

export async function clearAttempts(db: Kysely<Database>, policy: PolicyName, key: string): Promise<void> {
  await db.deleteFrom('rate_limit_counters').where('policy', '=', policy).where('key_hash', '=', hashKey(policy, key)).execute();
}

/** Read only, for wording messages ("3 attempts left", "try again in 12 minutes"). */
export async function limitVerdict(db: Kysely<Database>, policy: PolicyName, key: string, now = new Date()): Promise<LimitVerdict> {
  const row = await db
    .selectFrom('rate_limit_counters')
    .select(['count', 'window_start', 'last_at'])
    .where('policy', '=', policy)
    .where('key_hash', '=', hashKey(policy, key))
    .executeTakeFirst();
  return counterVerdict(RATE_LIMIT_POLICIES[policy], row ? toState(row) : null, now);
}

/** For writes: reserve an attempt, and throw (doing nothing) when it is over the limit. */
export async function assertRateLimit(db: Kysely<Database>, policy: PolicyName, key: string, now = new Date()): Promise<void> {
  const reservation = await reserveAttempt(db, policy, key, now);
  if (!reservation.allowed) throw new RateLimitError(policy, reservation.verdict.retryAfterSeconds);
}
