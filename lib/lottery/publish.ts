/**
 * Publishing a period's numbers: the rules (the next period in order, never twice unless a
 * correction), the write, and the audit entry, in one transaction.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { recordAudit } from '@/lib/audit';
import { assertRateLimit } from '@/lib/rate-limit/store';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import type { RequestMeta } from '@/lib/http/request-meta';
import { listPeriods } from './catalog';
import { comparePeriods, nextPeriod, pageKey, periodLabel, periodOrThrow } from './period';
import type { PublishPeriodInput } from './publish-schema';

export type PublishResult =
  | { ok: true; key: string; revision: number; correction: boolean }
  | {
      ok: false;
      code: 'exists' | 'out_of_order' | 'not_found';
      /** English, for the API; forms translate `code` with `params`. */
      message: string;
      field: 'period' | 'correction';
      params: Record<string, string>;
    };

export async function publishPeriod(
  input: PublishPeriodInput,
  actor: { id: string; label: string },
  meta: RequestMeta,
  database?: Kysely<Database>,
): Promise<PublishResult> {
  const db = await resolveDb(database);
  // Counted per official before anything else, so that refused attempts count too.
  await assertRateLimit(db, 'lottery-publish:account', actor.id);
  const period = periodOrThrow(input.period);
  const key = pageKey(period);
  const label = periodLabel(period, 'zh-Hant-TW');
  const periods = await listPeriods(db);
  const existing = periods.find((p) => p.key === key);

  if (existing && !input.correction) {
    return {
      ok: false,
      code: 'exists',
      field: 'correction',
      params: { key },
      message: `${label} (${key}) is already published. Set "correction" to replace its numbers; the change is recorded in the audit log.`,
    };
  }
  if (!existing && input.correction) {
    return { ok: false, code: 'not_found', field: 'period', params: { key }, message: `There is nothing to correct: ${key} has not been published.` };
  }
  const latest = periods[0];
  if (!existing && latest && comparePeriods(period, nextPeriod(latest.period)) !== 0) {
    const expected = pageKey(nextPeriod(latest.period));
    return {
      ok: false,
      code: 'out_of_order',
      field: 'period',
      params: { key, expected, latest: latest.key },
      message: `The next period to publish is ${expected} (after ${latest.key}); ${key} is not.`,
    };
  }

  const values = {
    special: input.special,
    grand: input.grand,
    first_prizes: JSON.stringify(input.first),
    additional_sixth: JSON.stringify(input.additionalSixth),
    sources: JSON.stringify(input.sources),
    note: input.note ?? null,
    published_by: actor.id,
  };
  const revision = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('lottery_periods')
      .values({ period_key: key, ...values })
      .onConflict((oc) => oc.column('period_key').doUpdateSet((eb) => ({ ...values, revision: eb('lottery_periods.revision', '+', 1), updated_at: new Date() })))
      .returning('revision')
      .executeTakeFirstOrThrow();
    await recordAudit(
      {
        actor,
        action: input.correction ? 'lottery.correct' : 'lottery.publish',
        target: { type: 'lottery_period', id: key },
        details: {
          numbers: { special: input.special, grand: input.grand, first: input.first, additionalSixth: input.additionalSixth },
          ...(existing ? { previous: existing.numbers, previousOrigin: existing.origin } : {}),
        },
        meta,
      },
      trx,
    );
    return row.revision;
  });
  return { ok: true, key, revision, correction: input.correction };
}

/** What the publishing form shows: the latest period and the one that may be published next. */
export async function publishingStatus(database?: Kysely<Database>): Promise<{ latest: string | null; next: string }> {
  const periods = await listPeriods(await resolveDb(database));
  const latest = periods[0];
  return { latest: latest?.key ?? null, next: latest ? pageKey(nextPeriod(latest.period)) : pageKey(periodOrThrow('11401')) };
}
