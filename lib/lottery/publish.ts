/**
 * Publishing a period's numbers: the rules (the next period in order, never twice unless a
 * correction), the write, and the audit entry, in one transaction.
 *
 * Concurrency: every publication takes one transaction-level advisory lock before it reads
 * anything, so the existence and order checks and the write see the same state. On top of
 * that a new period is written with INSERT … ON CONFLICT DO NOTHING (the primary key decides if
 * anything slipped past the lock) and a correction locks its row (SELECT … FOR UPDATE), so its
 * audit entry records exactly the numbers it replaced.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { recordAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import type { RequestMeta } from '@/lib/http/request-meta';
import { assertRateLimit, RateLimitError } from '@/lib/rate-limit/store';
import { listPeriods } from './catalog';
import { comparePeriods, nextPeriod, pageKey, periodLabel, periodOrThrow } from './period';
import { parseCloudPrizeFile, type CloudFileResult } from './cloud-list-file';
import { CLOUD_PRIZE_KEYS, type CloudPrizeLists, type PublishPeriodInput } from './publish-schema';
import { sourcedPeriods } from './records';

/** pg_advisory_xact_lock key for "someone is publishing"; any constant no other code uses. */
const PUBLISH_LOCK_KEY = 71_150_101;

export type PublishRefusal = {
  ok: false;
  code: 'exists' | 'out_of_order' | 'not_found';
  /** English, for the API; forms translate `code` with `params`. */
  message: string;
  field: 'period' | 'correction';
  params: Record<string, string>;
};

/** A cloud-list file that cannot be published: what is wrong with it, line by line. */
export type CloudFileRefusal = {
  ok: false;
  code: 'cloud_file';
  /** English, for the API: one message per bad line (or one for the whole file). */
  message: string;
  field: 'cloudFile';
  file: Exclude<CloudFileResult, { ok: true }>;
};

export type PublishResult = { ok: true; key: string; revision: number; correction: boolean } | PublishRefusal | CloudFileRefusal;

type Actor = { id: string; label: string };
type Written = { ok: true; revision: number; previous?: Record<string, unknown> };

export async function publishPeriod(input: PublishPeriodInput, actor: Actor, meta: RequestMeta, database?: Kysely<Database>): Promise<PublishResult> {
  const db = await resolveDb(database);
  const key = pageKey(periodOrThrow(input.period));
  try {
    // Reserved per official before anything else, so that refused attempts count too.
    await assertRateLimit(db, 'lottery-publish:account', actor.id);
  } catch (error) {
    if (error instanceof RateLimitError) await auditRefusal(db, input, key, actor, meta, 'rate_limited');
    throw error;
  }

  // A cloud-list file is read before anything is written: a bad line refuses the whole publication.
  let lists = input.cloud;
  let file: { rows: number; sha256: string } | undefined;
  if (input.cloudFile !== undefined) {
    const parsed = parseCloudPrizeFile(input.cloudFile);
    if (!parsed.ok) {
      await auditRefusal(db, input, key, actor, meta, 'cloud_file', { file: parsed.code, badLines: parsed.code === 'cloudFileLines' ? parsed.lines.length + parsed.more : undefined });
      return { ok: false, code: 'cloud_file', field: 'cloudFile', message: parsed.message, file: parsed };
    }
    lists = parsed.lists;
    // The audit entry names the very file published (its hash), not only how many numbers it had.
    file = { rows: parsed.rows, sha256: createHash('sha256').update(input.cloudFile).digest('hex') };
  }

  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${PUBLISH_LOCK_KEY}::bigint)`.execute(trx);
    const outcome = input.correction ? await writeCorrection(trx, input, key, actor) : await writeNew(trx, input, key, actor);
    if (!outcome.ok) {
      await auditRefusal(trx, input, key, actor, meta, outcome.code);
      return outcome;
    }
    const cloud = lists ? await writeCloudLists(trx, key, lists, actor) : undefined;
    await recordAudit(
      {
        actor,
        action: input.correction ? 'lottery.correct' : 'lottery.publish',
        target: { type: 'lottery_period', id: key },
        details: { numbers: numbersOf(input), revision: outcome.revision, ...outcome.previous, ...(cloud ? { cloud } : {}), ...(file ? { cloudFile: file } : {}) },
        meta,
      },
      trx,
    );
    return { ok: true, key, revision: outcome.revision, correction: input.correction };
  });
}

function numbersOf(input: PublishPeriodInput) {
  return { special: input.special, grand: input.grand, first: input.first, additionalSixth: input.additionalSixth };
}

function rowValues(input: PublishPeriodInput, actor: Actor) {
  return {
    special: input.special,
    grand: input.grand,
    first_prizes: JSON.stringify(input.first),
    additional_sixth: JSON.stringify(input.additionalSixth),
    sources: JSON.stringify(input.sources),
    note: input.note ?? null,
    published_by: actor.id,
  };
}

async function writeNew(trx: Transaction<Database>, input: PublishPeriodInput, key: string, actor: Actor): Promise<Written | PublishRefusal> {
  const period = periodOrThrow(key);
  const periods = await listPeriods(trx);
  if (periods.some((p) => p.key === key)) return exists(key);
  const latest = periods[0];
  if (latest && comparePeriods(period, nextPeriod(latest.period)) !== 0) {
    const expected = pageKey(nextPeriod(latest.period));
    return {
      ok: false,
      code: 'out_of_order',
      field: 'period',
      params: { key, expected, latest: latest.key },
      message: `The next period to publish is ${expected} (after ${latest.key}); ${key} is not.`,
    };
  }
  const row = await trx
    .insertInto('lottery_periods')
    .values({ period_key: key, ...rowValues(input, actor) })
    .onConflict((oc) => oc.column('period_key').doNothing())
    .returning('revision')
    .executeTakeFirst();
  // No row: the key was written by something that did not take the lock. Still one winner.
  return row ? { ok: true, revision: row.revision } : exists(key);
}

async function writeCorrection(trx: Transaction<Database>, input: PublishPeriodInput, key: string, actor: Actor): Promise<Written | PublishRefusal> {
  const current = await trx
    .selectFrom('lottery_periods')
    .select(['special', 'grand', 'first_prizes', 'additional_sixth', 'revision'])
    .where('period_key', '=', key)
    .forUpdate()
    .executeTakeFirst();
  if (current) {
    const row = await trx
      .updateTable('lottery_periods')
      .set((eb) => ({ ...rowValues(input, actor), revision: eb('revision', '+', 1), updated_at: new Date() }))
      .where('period_key', '=', key)
      .returning('revision')
      .executeTakeFirstOrThrow();
    const previous = { special: current.special, grand: current.grand, first: current.first_prizes, additionalSixth: current.additional_sixth };
    return { ok: true, revision: row.revision, previous: { previous, previousRevision: current.revision, previousOrigin: 'published' } };
  }
  // A sourced period (content/lottery/periods.json) is corrected by a row that overrides it.
  const sourced = sourcedPeriods().find((p) => p.key === key);
  if (!sourced) {
    return { ok: false, code: 'not_found', field: 'period', params: { key }, message: `There is nothing to correct: ${key} has not been published.` };
  }
  const row = await trx
    .insertInto('lottery_periods')
    .values({ period_key: key, ...rowValues(input, actor) })
    .returning('revision')
    .executeTakeFirstOrThrow();
  return { ok: true, revision: row.revision, previous: { previous: sourced.numbers, previousOrigin: 'sources' } };
}

/**
 * The period's cloud-invoice prize lists, replaced as a whole (an official list also replaces the
 * synthetic demo list). The audit entry records how many numbers each prize has and how many the
 * replaced list had.
 */
async function writeCloudLists(trx: Transaction<Database>, key: string, lists: CloudPrizeLists, actor: Actor) {
  const previous = await trx.selectFrom('cloud_prize_numbers').select((eb) => eb.fn.countAll<number>().as('n')).where('period_key', '=', key).executeTakeFirst();
  await trx.deleteFrom('cloud_prize_numbers').where('period_key', '=', key).execute();
  await trx
    .insertInto('cloud_prize_lists')
    .values({ period_key: key, synthetic: false, note: null, published_by: actor.id })
    .onConflict((oc) => oc.column('period_key').doUpdateSet({ synthetic: false, note: null, published_by: actor.id, published_at: new Date() }))
    .execute();
  const rows = CLOUD_PRIZE_KEYS.flatMap((prize) => (lists[prize] ?? []).map((invoice_number) => ({ period_key: key, invoice_number, prize })));
  if (rows.length > 0) await trx.insertInto('cloud_prize_numbers').values(rows).execute();
  return {
    ...Object.fromEntries(CLOUD_PRIZE_KEYS.map((prize) => [prize, lists[prize]?.length ?? 0])),
    previousCount: Number(previous?.n ?? 0),
  };
}

function exists(key: string): PublishRefusal {
  const label = periodLabel(periodOrThrow(key), 'zh-Hant-TW');
  return {
    ok: false,
    code: 'exists',
    field: 'correction',
    params: { key },
    message: `${label} (${key}) is already published. Set "correction" to replace its numbers; the change is recorded in the audit log.`,
  };
}

/** Refused attempts are audited too: who tried to publish what, and why it was refused. */
async function auditRefusal(
  db: Kysely<Database>,
  input: PublishPeriodInput,
  key: string,
  actor: Actor,
  meta: RequestMeta,
  code: PublishRefusal['code'] | 'rate_limited' | 'cloud_file',
  extra: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit(
    {
      actor,
      action: 'lottery.publish_refused',
      target: { type: 'lottery_period', id: key },
      details: { code, correction: input.correction, numbers: numbersOf(input), ...extra },
      meta,
    },
    db,
  );
}

/** What the publishing form shows: the latest period and the one that may be published next. */
export async function publishingStatus(database?: Kysely<Database>): Promise<{ latest: string | null; next: string }> {
  const periods = await listPeriods(await resolveDb(database));
  const latest = periods[0];
  return { latest: latest?.key ?? null, next: latest ? pageKey(nextPeriod(latest.period)) : pageKey(periodOrThrow('11401')) };
}
