/**
 * The app's one database handle. Server-only: pages, actions and route handlers never import
 * this directly but call the data-access modules in lib/<feature>/ that do.
 *
 * The embedded database (PGlite) is created, migrated and seeded on first use, so that
 * `npm start` on a fresh clone needs no set-up; a Postgres or Neon database is migrated by
 * `npm run db:migrate` as a deploy step.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { env } from '../env';
import { resolveDbConfig, type DbConfig } from './config';
import { createDbHandle, type DbHandle } from './client';
import { HEALTH_DEGRADED_MS, HEALTH_TIMEOUT_MS, probeDatabase, type DbStatus } from './health';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';
import { seedDatabase } from './seed';

type State = { handle: DbHandle; ready: Promise<Kysely<Database>> };

// Kept on globalThis so that `next dev` hot reloads reuse the one PGlite instance.
const globalForDb = globalThis as typeof globalThis & { __taxCloudDb?: State };

export function dbConfig(): DbConfig {
  const e = env();
  return resolveDbConfig(e.DATABASE_URL, e.PGLITE_DIR, process.env.DATABASE_DRIVER);
}

async function prepare(handle: DbHandle): Promise<Kysely<Database>> {
  if (handle.config.driver !== 'pglite') return handle.db;
  const applied = await migrateToLatest(handle.db);
  if (applied.length > 0 && env().SEED_DEMO_DATA === 'true') {
    await seedDatabase(handle.db, { seed: env().SEED });
  }
  return handle.db;
}

function state(): State {
  if (!globalForDb.__taxCloudDb) {
    const e = env();
    const handle = createDbHandle(dbConfig(), {
      neonWsProxy: process.env.NEON_WS_PROXY,
      timeouts: { statementMs: e.DB_STATEMENT_TIMEOUT_MS, lockMs: e.DB_LOCK_TIMEOUT_MS, connectMs: e.DB_CONNECT_TIMEOUT_MS },
    });
    const ready = prepare(handle);
    // A failed start must not poison the process: the next call tries again.
    ready.catch(() => {
      if (globalForDb.__taxCloudDb?.handle === handle) globalForDb.__taxCloudDb = undefined;
      void handle.close().catch(() => {});
    });
    globalForDb.__taxCloudDb = { handle, ready };
  }
  return globalForDb.__taxCloudDb;
}

/** The ready database (migrated and seeded when embedded). */
export function getDb(): Promise<Kysely<Database>> {
  return state().ready;
}

/** Data-access functions take an optional db (tests pass theirs); the app uses the shared one. */
export function resolveDb(db?: Kysely<Database>): Promise<Kysely<Database>> {
  return db ? Promise.resolve(db) : getDb();
}

export type { DbHealth, DbStatus } from './health';

/** For /api/health: never throws; an unreachable database is reported, not raised. */
export async function checkDatabase(timeoutMs = HEALTH_TIMEOUT_MS, degradedMs = HEALTH_DEGRADED_MS): Promise<DbStatus> {
  let config: DbConfig;
  try {
    config = dbConfig();
  } catch (error) {
    const message = (error as Error).message;
    return { status: 'unavailable', driver: 'pg', label: 'DATABASE_URL', ok: false, migration: null, latencyMs: null, error: message };
  }
  return probeDatabase(getDb, config, { timeoutMs, degradedMs });
}
