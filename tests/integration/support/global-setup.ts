/**
 * Prepares the integration database once per run, so that no test file migrates or seeds:
 * - PGlite (the default): migrates and seeds one in-memory instance and dumps it; each test
 *   file loads that dump (~1 s) rather than running initdb (~3.5 s).
 * - TEST_DATABASE_URL: migrates and seeds a template database on that server, through the
 *   driver under test (DATABASE_DRIVER); each file copies it with CREATE DATABASE … TEMPLATE
 *   (well under a second) rather than migrating and seeding a schema of its own (~5–15 s).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { createDbHandle } from '../../../lib/db/client';
import { resolveDbConfig } from '../../../lib/db/config';
import { migrateToLatest } from '../../../lib/db/migrate';
import { seedDatabase } from '../../../lib/db/seed';
import { TEST_SEED } from './constants';
import { databaseUrl, TEST_SCHEMA } from './database-url';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    /** On TEST_DATABASE_URL: the migrated and seeded database each file copies. */
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  console.log(`[integration] database: ${url ? resolveDbConfig(url, undefined, process.env.DATABASE_DRIVER).label : 'PGlite (snapshot per file)'}`);
  if (url) {
    project.provide('pgliteSnapshot', '');
    const template = await prepareTemplate(url);
    project.provide('pgTemplate', template);
    return () => dropDatabase(url, template);
  }
  project.provide('pgTemplate', '');
  const dir = mkdtempSync(path.join(tmpdir(), 'taxcloud-test-'));
  const file = path.join(dir, 'snapshot.tar.gz');
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGliteDialect } = await import('../../../lib/db/pglite-dialect');
  const { Kysely } = await import('kysely');
  const client = await PGlite.create();
  const db = new Kysely<never>({ dialect: new PGliteDialect(async () => client) });
  await migrateToLatest(db as never);
  await seedDatabase(db as never, { seed: TEST_SEED });
  const dump = await client.dumpDataDir('gzip');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await db.destroy();
  project.provide('pgliteSnapshot', file);
  return () => rmSync(dir, { recursive: true, force: true });
}

function handleFor(url: string, poolMax: number) {
  return createDbHandle(resolveDbConfig(url, undefined, process.env.DATABASE_DRIVER), { neonWsProxy: process.env.NEON_WS_PROXY, poolMax });
}

async function prepareTemplate(url: string): Promise<string> {
  const name = `test_tmpl_${randomBytes(6).toString('hex')}`;
  const admin = handleFor(url, 1);
  try {
    await sql`create database ${sql.id(name)}`.execute(admin.db);
  } finally {
    await admin.close();
  }
  // In a schema of its own, on its search_path, as the app runs on a server. Every connection
  // to the template must be closed before CREATE DATABASE can copy it.
  const config = resolveDbConfig(databaseUrl(url, name), undefined, process.env.DATABASE_DRIVER);
  const handle = createDbHandle(config, { neonWsProxy: process.env.NEON_WS_PROXY, poolMax: 4, searchPath: TEST_SCHEMA });
  try {
    await sql`create schema ${sql.id(TEST_SCHEMA)}`.execute(handle.db);
    await migrateToLatest(handle.db, { schema: TEST_SCHEMA });
    await seedDatabase(handle.db, { seed: TEST_SEED });
  } catch (error) {
    await handle.close();
    await dropDatabase(url, name);
    throw error;
  }
  await handle.close();
  return name;
}

async function dropDatabase(url: string, name: string): Promise<void> {
  const admin = handleFor(url, 1);
  try {
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
  } finally {
    await admin.close();
  }
}
