/**
 * The database part of GET /api/health. A database that answers but slowly is `degraded`; one
 * that does not answer within the check's limit, or times out on a lock, is `unavailable`.
 * The probe reads the lottery table as well as the migration table because a lock held on
 * it stalls the public pages and APIs while the migration table answers at once.
 */
import { sql, type Kysely } from 'kysely';
import { describeConnectionError, type DbConfig } from './config';
import { DatabaseUnavailableError } from './errors';
import { currentMigration } from './migrate';
import type { Database } from './schema';

export type DbHealth = 'ok' | 'degraded' | 'unavailable';

export type DbStatus = {
  status: DbHealth;
  driver: DbConfig['driver'];
  /** Driver, host, port and database; only shown to signed-in staff. */
  label: string;
  ok: boolean;
  migration: string | null;
  latencyMs: number | null;
  error?: string;
};

export type ProbeOptions = {
  /** No answer by then → unavailable. */
  timeoutMs?: number;
  /** An answer slower than this → degraded. */
  degradedMs?: number;
};

/**
 * The probe in one statement: the latest migration, and a read of the lottery table (so a lock
 * on it shows). Exported so the benchmarks' minimal route runs the very same query.
 */
export const HEALTH_PROBE_SQL =
  'select (select name from kysely_migration order by name desc limit 1) as migration, ' +
  '(select period_key from lottery_periods limit 1) as period';

/** Postgres 42P01 undefined_table (pg, Neon and PGlite all expose the SQLSTATE as `code`). */
function isUndefinedTable(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '42P01') return true;
  }
  return false;
}

export const HEALTH_TIMEOUT_MS = 3_000;
export const HEALTH_DEGRADED_MS = 1_000;

/** Never throws: an unreachable or stalled database is reported, not raised. */
export async function probeDatabase(
  open: () => Promise<Kysely<Database>>,
  config: DbConfig,
  { timeoutMs = HEALTH_TIMEOUT_MS, degradedMs = HEALTH_DEGRADED_MS }: ProbeOptions = {},
): Promise<DbStatus> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = performance.now();
  try {
    const work = (async () => {
      const db = await open();
      // The embedded database migrates on first use: that start-up is not slowness.
      started = performance.now();
      try {
        // One round trip on a migrated database, the common case.
        const row = await sql<{ migration: string | null }>`${sql.raw(HEALTH_PROBE_SQL)}`.execute(db);
        return row.rows[0]?.migration ?? null;
      } catch (error) {
        if (!isUndefinedTable(error)) throw error;
      }
      // Not migrated yet (or half): say which migration it is at, or fail on the missing lottery table.
      const migration = await currentMigration(db);
      if (migration) await sql`select period_key from lottery_periods limit 1`.execute(db);
      return migration;
    })();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DatabaseUnavailableError(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    const migration = await Promise.race([work, timeout]);
    const latencyMs = Math.round(performance.now() - started);
    const status = latencyMs > degradedMs ? 'degraded' : 'ok';
    return { status, driver: config.driver, label: config.label, ok: true, migration, latencyMs };
  } catch (error) {
    return {
      status: 'unavailable',
      driver: config.driver,
      label: config.label,
      ok: false,
      migration: null,
      latencyMs: null,
      error: describeConnectionError(error, config),
    };
  } finally {
    clearTimeout(timer);
  }
}
