import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DbConfig } from '@/lib/db/config';

// checkDatabase reads the environment through lib/env and keeps one handle per process, so
// each case loads fresh modules with its own environment.
const saved = { ...process.env };
afterEach(async () => {
  const db = await import('@/lib/db');
  const state = (globalThis as { __taxCloudDb?: { handle: { close(): Promise<void> } } }).__taxCloudDb;
  await state?.handle.close().catch(() => {});
  (globalThis as { __taxCloudDb?: unknown }).__taxCloudDb = undefined;
  void db;
  process.env = { ...saved };
  vi.resetModules();
});

describe('checkDatabase (GET /api/health)', () => {
  it('reports an embedded database as migrated on first use', async () => {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = 'memory://';
    process.env.SEED_DEMO_DATA = 'false';
    const { checkDatabase } = await import('@/lib/db');
    const { LATEST_MIGRATION } = await import('@/lib/db/migrations');
    const status = await checkDatabase(60_000);
    expect(status).toMatchObject({ status: 'ok', driver: 'pglite', ok: true, migration: LATEST_MIGRATION });
  }, 120_000); // initdb, every migration and the check: longer than the 60 s the check itself is given

  it('reports a database nobody has migrated yet as reachable at no migration (the one-statement probe falls back)', async () => {
    const { createDbHandle } = await import('@/lib/db/client');
    const { probeDatabase } = await import('@/lib/db/health');
    const config: DbConfig = { driver: 'pglite', dataDir: null, label: 'embedded (memory)' };
    const handle = createDbHandle(config);
    try {
      const status = await probeDatabase(async () => handle.db, config, { timeoutMs: 60_000, degradedMs: 60_000 }); // the first statement starts the database
      expect(status).toMatchObject({ status: 'ok', ok: true, migration: null });
    } finally {
      await handle.close();
    }
  }, 120_000);

  it('reports an unreachable server without leaking the password', async () => {
    process.env.DATABASE_URL = 'postgres://tax:s3cret-pw@127.0.0.1:1/taxcloud';
    delete process.env.DATABASE_DRIVER;
    const { checkDatabase } = await import('@/lib/db');
    const status = await checkDatabase(5_000);
    expect(status.ok).toBe(false);
    expect(status.status).toBe('unavailable');
    expect(status.driver).toBe('pg');
    expect(status.error).toContain('127.0.0.1:1');
    expect(status.error).toContain('DATABASE_URL');
    expect(status.error).not.toContain('s3cret-pw');
  });

  it('reports a malformed DATABASE_URL as unavailable, not as a crash', async () => {
    process.env.DATABASE_URL = 'not a url';
    const { checkDatabase } = await import('@/lib/db');
    const status = await checkDatabase();
    expect(status.ok).toBe(false);
    expect(status.error).toContain('DATABASE_URL');
  });
});
