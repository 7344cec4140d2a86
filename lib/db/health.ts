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
