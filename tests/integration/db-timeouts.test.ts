/**
 * A stalled database answers quickly and as "unavailable" (503), not after 18 s or as a 500:
 * a lock held on lottery_periods by another connection, a statement running too long, a full
 * pool and an unreachable server. On PGlite (one in-process connection) the lock holder is a
 * transaction on that connection and the bounded wait is the acquisition of the connection.
 */
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiHandler } from '@/lib/api/handler';
import { createDbHandle, type DbTimeouts } from '@/lib/db/client';
import { resolveDbConfig, type DbConfig } from '@/lib/db/config';
import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE_DIGEST, isDatabaseUnavailable } from '@/lib/db/errors';
import { probeDatabase } from '@/lib/db/health';
import { migrateToLatest } from '@/lib/db/migrate';
import type { Database } from '@/lib/db/schema';
import { listPeriods } from '@/lib/lottery/catalog';
import { createTestDb, type TestDb } from './support/test-db';

const TIMEOUTS: DbTimeouts = { statementMs: 1_000, lockMs: 500, connectMs: 800 };
/** Every failure below must come well within this, whatever the backend. */
const WITHIN_MS = 3_000;

let testDb: TestDb | undefined;
/** The database under test, opened with small timeouts (the app opens its own with the configured ones). */
let timed: Kysely<Database>;
/** Who holds the lock: another connection on a server; on PGlite the one connection itself. */
let holder: Kysely<Database>;
let config: DbConfig;
const closers: Array<() => Promise<void>> = [];

beforeAll(async () => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    // The app's own construction (createDbHandle), on a fresh in-memory PGlite; one instance is
    // enough (a second would cost ~350 MB): the lock holder is its one connection.
    config = resolveDbConfig(undefined, 'memory://');
    const handle = createDbHandle(config, { timeouts: TIMEOUTS });
    await migrateToLatest(handle.db);
    timed = handle.db;
    holder = timed;
    closers.push(() => handle.close());
    return;
  }
  testDb = await createTestDb();
  config = resolveDbConfig(url, undefined, process.env.DATABASE_DRIVER);
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(testDb.db)).rows[0]!.s;
  const handle = createDbHandle(config, { neonWsProxy: process.env.NEON_WS_PROXY, poolMax: 3, searchPath: schema, timeouts: TIMEOUTS });
  timed = handle.db;
  holder = testDb.db;
  closers.push(() => handle.close());
});

afterAll(async () => {
  for (const close of closers) await close();
  await testDb?.close();
});

/** Runs `during` while a transaction holds an ACCESS EXCLUSIVE lock on lottery_periods. */
async function withTableLocked<T>(during: () => Promise<T>, holdMs?: number): Promise<T> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holding = holder.transaction().execute(async (trx) => {
    await sql`lock table lottery_periods in access exclusive mode`.execute(trx);
    locked();
    await (holdMs === undefined ? released : new Promise((resolve) => setTimeout(resolve, holdMs)));
  });
  await isLocked;
  try {
    return await during();
  } finally {
    release();
    await holding;
  }
}

async function failure(work: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  try {
    await work();
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
  throw new Error('expected the database call to fail');
}

describe('database timeouts', () => {
  it('a lock held on lottery_periods makes the lottery read fail fast, as unavailable', async () => {
    const { error, ms } = await withTableLocked(() => failure(() => listPeriods(timed)));
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(ms).toBeLessThan(WITHIN_MS);
    if (config.driver !== 'pglite') expect((error as { code?: string }).code).toBe('55P03');
    // Tagged for the pages' error boundary, which sees only the digest in production.
    expect((error as { digest?: string }).digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    // And once the lock is gone, the same database answers again.
    expect((await listPeriods(timed)).length).toBeGreaterThan(0);
  });

  it('a route handler reading it answers 503 with Retry-After and the one error shape', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = apiHandler({}, async () => Response.json({ periods: (await listPeriods(timed)).length }));
    const response = await withTableLocked(() => handler(new Request('http://tax.test/api/v1/lottery/periods')));
    vi.restoreAllMocks();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(DATABASE_RETRY_AFTER_SECONDS));
    expect(await response.json()).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });
  });

  it('health: ok normally, degraded when the answer is slow, unavailable when it does not come', async () => {
    expect((await probeDatabase(async () => timed, config, { degradedMs: 2_000 })).status).toBe('ok');
    // A lock held for 400 ms: the probe waits (under lock_timeout) and then answers, slowly.
    const slow = await withTableLocked(() => probeDatabase(async () => timed, config, { degradedMs: 150 }), 400);
    expect(slow).toMatchObject({ status: 'degraded', ok: true });
    expect(slow.latencyMs).toBeGreaterThan(150);
    const stuck = await withTableLocked(() => probeDatabase(async () => timed, config, { timeoutMs: 2_000 }));
    expect(stuck).toMatchObject({ status: 'unavailable', ok: false });
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('database timeouts on a server', () => {
  it('every new connection carries the configured statement and lock timeouts', async () => {
    const row = await sql<{ s: string; l: string }>`select current_setting('statement_timeout') as s, current_setting('lock_timeout') as l`.execute(timed);
    expect(row.rows[0]).toEqual({ s: '1s', l: '500ms' });
  });

  it('a statement running past statement_timeout is cancelled (57014)', async () => {
    const { error, ms } = await failure(() => sql`select pg_sleep(5)`.execute(timed));
    expect((error as { code?: string }).code).toBe('57014');
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(ms).toBeLessThan(WITHIN_MS);
  });

  it('waiting for a connection from a full pool is bounded', async () => {
    const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(timed)).rows[0]!.s;
    const one = createDbHandle(config, { neonWsProxy: process.env.NEON_WS_PROXY, poolMax: 1, searchPath: schema, timeouts: TIMEOUTS });
    let release!: () => void;
    let started!: () => void;
    const isStarted = new Promise<void>((resolve) => (started = resolve));
    const busy = one.db.transaction().execute(async () => {
      started();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await isStarted;
    try {
      const { error, ms } = await failure(() => sql`select 1`.execute(one.db));
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(ms).toBeLessThan(WITHIN_MS);
    } finally {
      release();
      await busy;
      await one.close();
    }
  });

  it('an unreachable server fails fast and is classified unavailable', async () => {
    const unreachable = resolveDbConfig('postgres://tax:pw@127.0.0.1:1/none', undefined, config.driver);
    // websockify always forwards to its one target, so for the Neon driver the proxy is what is unreachable.
    const neonWsProxy = process.env.NEON_WS_PROXY ? '127.0.0.1:1' : undefined;
    const handle = createDbHandle(unreachable, { neonWsProxy, timeouts: TIMEOUTS });
    try {
      const { error, ms } = await failure(() => sql`select 1`.execute(handle.db));
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(ms).toBeLessThan(WITHIN_MS);
    } finally {
      await handle.close();
    }
  });
});
