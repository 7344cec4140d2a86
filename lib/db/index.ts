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
import { resolveDbConfig, describeConnectionError, type DbConfig } from './config';
import { createDbHandle, type DbHandle } from './client';
import { currentMigration, migrateToLatest } from './migrate';
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
    const handle = createDbHandle(dbConfig(), { neonWsProxy: process.env.NEON_WS_PROXY });
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

export type DbStatus = {
  driver: DbConfig['driver'];
  ok: boolean;
  migration: string | null;
  latencyMs: number | null;
  error?: string;
};

/** For /api/health: never throws; an unreachable database is reported, not raised. */
export async function checkDatabase(timeoutMs = 3_000): Promise<DbStatus> {
  let config: DbConfig;
  try {
    config = dbConfig();
  } catch (error) {
    return { driver: 'pg', ok: false, migration: null, latencyMs: null, error: (error as Error).message };
  }
  const started = performance.now();
  try {
    const work = (async () => currentMigration(await getDb()))();
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref(),
    );
    const migration = await Promise.race([work, timeout]);
    return { driver: config.driver, ok: true, migration, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { driver: config.driver, ok: false, migration: null, latencyMs: null, error: describeConnectionError(error, config) };
  }
}
