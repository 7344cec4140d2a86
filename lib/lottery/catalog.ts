/**
 * Every period's winning numbers, from both places they live: sourced periods in
 * content/lottery/periods.json and periods published by officials in the database. Pages and
 * APIs read periods only through here. Reads are cached under the 'lottery' tag, which
 * publishing revalidates.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { unstable_cache } from 'next/cache';
import { now } from '@/lib/clock';
import { dbConfig, resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { lotteryNow, type LotteryNow } from './now';
import { pageKey, periodOrThrow } from './period';
import { mergePeriods, sourcedPeriods, type PeriodRecord } from './records';

export const LOTTERY_CACHE_TAG = 'lottery';

export async function listPublishedPeriods(database?: Kysely<Database>): Promise<PeriodRecord[]> {
  const db = await resolveDb(database);
  const rows = await db
    .selectFrom('lottery_periods')
    .select(['period_key', 'special', 'grand', 'first_prizes', 'additional_sixth', 'sources', 'note', 'revision', 'published_at'])
    .execute();
  return rows.map((row) => {
    const period = periodOrThrow(row.period_key);
    return {
      key: pageKey(period),
      period,
      numbers: { special: row.special, grand: row.grand, first: row.first_prizes, additionalSixth: row.additional_sixth },
      confidence: 'official',
      sources: row.sources,
      ...(row.note ? { notes: row.note } : {}),
      origin: 'published' as const,
      publishedAt: new Date(row.published_at).toISOString(),
      revision: row.revision,
    };
  });
}

/**
 * While `next build` prerenders with the embedded database, its pages use the sourced periods
 * only: build workers are separate processes and must not open one PGlite directory at once.
 * Published periods then appear at run time (the pages revalidate by tag).
 */
function buildWithoutDatabase(database?: Kysely<Database>): boolean {
  return !database && process.env.NEXT_PHASE === 'phase-production-build' && dbConfig().driver === 'pglite';
}

/** All periods, newest first (uncached; publishing uses this to check the order). */
export async function listPeriods(database?: Kysely<Database>): Promise<PeriodRecord[]> {
  const published = buildWithoutDatabase(database) ? [] : await listPublishedPeriods(database);
  return mergePeriods(sourcedPeriods(), published);
}

/** For pages and APIs: cached until an official publishes. */
export const getPeriods = unstable_cache(() => listPeriods(), ['lottery-periods'], { tags: [LOTTERY_CACHE_TAG] });

export async function getPeriod(key: string): Promise<PeriodRecord | null> {
  return (await getPeriods()).find((r) => r.key === key) ?? null;
}

/** How long a request handler may reuse the parsed catalogue in this process. */
const REQUEST_MEMO_MS = 1_000;
type RequestMemo = {
  at: number;
  records: Promise<PeriodRecord[]>;
  byKey: Promise<Map<string, PeriodRecord>>;
  /** byKey once it has arrived, for readers that need no promise (peekPeriodForRequest). */
  ready?: Map<string, PeriodRecord>;
};
let requestMemo: RequestMemo | undefined;

function currentMemo(): RequestMemo {
  const at = Date.now();
  if (!requestMemo || at - requestMemo.at > REQUEST_MEMO_MS) {
    const records = getPeriods();
    const memo: RequestMemo = { at, records, byKey: records.then((list) => new Map(list.map((r) => [r.key, r]))) };
    requestMemo = memo;
    memo.byKey.then(
      (map) => {
        memo.ready = map;
      },
      // A failed read is not kept.
      () => {
        if (requestMemo === memo) requestMemo = undefined;
      },
    );
  }
  return requestMemo;
}

/**
 * For handlers rendered per request (the check API and form, the periods list): the same cached
 * catalogue, kept parsed in this process for a second. unstable_cache answers from its cache but
 * parses the whole catalogue (tens of kilobytes of JSON) again on every call, which was a large
 * share of a one-number check. Publishing in this process forgets it at once (forgetRequestMemo).
 * Not for pages or static routes: they must call getPeriods()/getPeriod() so that their cache
 * entries carry the 'lottery' tag.
 */
export async function getPeriodForRequest(key: string): Promise<PeriodRecord | null> {
  return (await currentMemo().byKey).get(key) ?? null;
}

/**
 * getPeriodForRequest without a promise when this process holds the catalogue already (the
 * common case: it is read again once a second): the record, null when there is no such period,
 * undefined while the catalogue is being read (then await getPeriodForRequest). Every promise a
 * request makes is also work for Node's async context tracking (issue 17, docs/benchmarks.md).
 */
export function peekPeriodForRequest(key: string): PeriodRecord | null | undefined {
  const ready = currentMemo().ready;
  return ready ? (ready.get(key) ?? null) : undefined;
}

/** Every period, newest first, from the same per-process memo (see getPeriodForRequest). */
export function getPeriodsForRequest(): Promise<PeriodRecord[]> {
  return currentMemo().records;
}

/** Called wherever the 'lottery' tag is revalidated, so this process answers with the new numbers at once. */
export function forgetRequestMemo(): void {
  requestMemo = undefined;
}

/**
 * The latest period, the one awaiting its numbers, the open periods and the next draw, as of
 * lib/clock's now. Static pages take it at render time (they regenerate every 5 minutes).
 */
export async function getLotteryNow(): Promise<LotteryNow> {
  return lotteryNow(await getPeriods(), now());
}
