/**
 * A database of its own for one test file, the same tests on either backend:
 * - PGlite (default): loads the migrated and seeded snapshot made by global-setup.
 * - TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test): a fresh schema on that
 *   server, migrated and seeded, dropped afterwards.
 */
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Kysely, sql } from 'kysely';
import { inject } from 'vitest';
import { createDbHandle } from '@/lib/db/client';
import { resolveDbConfig } from '@/lib/db/config';
import { migrateToLatest } from '@/lib/db/migrate';
import { PGliteDialect } from '@/lib/db/pglite-dialect';
import { PGLITE_PARSERS } from '@/lib/db/pglite-open';
import type { Database } from '@/lib/db/schema';
import { seedDatabase } from '@/lib/db/seed';
import { TEST_SEED } from './constants';

export type TestDb = { db: Kysely<Database>; backend: 'pglite' | 'pg' | 'neon'; close(): Promise<void> };

export async function createTestDb(): Promise<TestDb> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const { PGlite } = await import('@electric-sql/pglite');
    const snapshot = readFileSync(inject('pgliteSnapshot'));
    const db = new Kysely<Database>({
      dialect: new PGliteDialect(() => PGlite.create({ loadDataDir: new Blob([snapshot]), parsers: PGLITE_PARSERS })),
    });
    return { db, backend: 'pglite', close: () => db.destroy() };
  }
  const config = resolveDbConfig(url, undefined, process.env.DATABASE_DRIVER);
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = createDbHandle(config, { neonWsProxy: process.env.NEON_WS_PROXY, poolMax: 1 });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  await admin.close();
  const handle = createDbHandle(config, { neonWsProxy: process.env.NEON_WS_PROXY, poolMax: 4, searchPath: schema });
  await withCatalogLock(handle.db, () => migrateToLatest(handle.db, { schema }));
  await seedDatabase(handle.db, { seed: TEST_SEED });
  return {
    db: handle.db,
    backend: config.driver,
    async close() {
      await withCatalogLock(handle.db, () => sql`drop schema ${sql.id(schema)} cascade`.execute(handle.db));
      await handle.close();
    },
  };
}

/**
 * Test files run in parallel on one server. Kysely's migrator checks for its own tables by
 * introspecting every schema in the database (pg_get_serial_sequence on each column), which
 * fails with 'schema "test_…" does not exist' when another file drops its schema mid-scan.
 * Migrating and dropping therefore take turns under one session-level advisory lock, held on
 * a connection of its own so the work inside may use any connection of the pool.
 */
const CATALOG_LOCK = 741_002_026;

async function withCatalogLock<T>(db: Kysely<Database>, work: () => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${CATALOG_LOCK})`.execute(conn);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${CATALOG_LOCK})`.execute(conn);
    }
  });
}
