/**
 * Prepares the integration database once per run. On PGlite (the default) it migrates and
 * seeds one in-memory instance and dumps it; each test file loads that dump (~1 s) rather
 * than running initdb (~3.5 s). On TEST_DATABASE_URL nothing is prepared here: each file
 * makes a schema of its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { resolveDbConfig } from '../../../lib/db/config';
import { migrateToLatest } from '../../../lib/db/migrate';
import { seedDatabase } from '../../../lib/db/seed';
import { TEST_SEED } from './constants';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  console.log(`[integration] database: ${url ? resolveDbConfig(url, undefined, process.env.DATABASE_DRIVER).label : 'PGlite (snapshot per file)'}`);
  if (url) {
    project.provide('pgliteSnapshot', '');
    return;
  }
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
