/**
 * A database of its own for one test file, the same tests on either backend:
 * - PGlite (default): loads the migrated and seeded snapshot made by global-setup.
 * - TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test): a database of its own on
 *   that server, copied from the template global-setup migrated and seeded, dropped afterwards.
 */
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Kysely, sql } from 'kysely';
import { inject } from 'vitest';
import { createDbHandle } from '@/lib/db/client';
import { resolveDbConfig } from '@/lib/db/config';
import { PGliteDialect } from '@/lib/db/pglite-dialect';
import { PGLITE_PARSERS } from '@/lib/db/pglite-open';
import type { Database } from '@/lib/db/schema';
import { databaseUrl, TEST_SCHEMA } from './database-url';

export type TestDb = {
  db: Kysely<Database>;
  backend: 'pglite' | 'pg' | 'neon';
  /** On a server: the URL of this file's database (TEST_DATABASE_URL names the server only). */
  url?: string;
  close(): Promise<void>;
};

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
  // A database of its own, copied from the migrated and seeded template (global-setup.ts).
  const name = `test_${randomBytes(6).toString('hex')}`;
  const adminConfig = resolveDbConfig(url, undefined, process.env.DATABASE_DRIVER);
  const admin = createDbHandle(adminConfig, { neonWsProxy: process.env.NEON_WS_PROXY, poolMax: 1 });
  try {
    await sql`create database ${sql.id(name)} template ${sql.id(inject('pgTemplate'))}`.execute(admin.db);
  } finally {
    await admin.close();
  }
  const fileUrl = databaseUrl(url, name);
  const config = resolveDbConfig(fileUrl, undefined, process.env.DATABASE_DRIVER);
  const handle = createDbHandle(config, { neonWsProxy: process.env.NEON_WS_PROXY, poolMax: 4, searchPath: TEST_SCHEMA });
  return {
    db: handle.db,
    backend: config.driver,
    url: fileUrl,
    async close() {
      await handle.close();
      const dropper = createDbHandle(adminConfig, { neonWsProxy: process.env.NEON_WS_PROXY, poolMax: 1 });
      try {
        // FORCE: a test that left a connection open must not leave its database behind.
        await sql`drop database if exists ${sql.id(name)} with (force)`.execute(dropper.db);
      } finally {
        await dropper.close();
      }
    },
  };
}
