/**
 * Which database the API suites serve the portal from (issue 17). Production runs on Postgres (or
 * Neon), and with the embedded database (PGlite, WASM) in the process the POSTs measured 0.10–0.14
 * further from their twin (docs/benchmarks.md, 2026-12-01): so the api and late-fee-api suites
 * use a fresh database of their own on the local Postgres when it answers, migrated and seeded as
 * `next start` needs, and dropped at the end; otherwise the embedded one, and the report says why.
 *
 * BENCH_DATABASE=auto (default) | postgres (fail when unreachable) | embedded.
 * BENCH_POSTGRES_URL: the server to create the database on (default the local one, maintenance
 * database `postgres`); BENCH_POSTGRES_PREFIX: the new database's name prefix (default taxcloud_bench).
 */
import { spawn } from 'node:child_process';
import pg from 'pg';
import { log, registerCleanup, repoRoot, withTimeout } from './util.js';

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_PREFIX = 'taxcloud_bench';
const PROBE_TIMEOUT_MS = 3_000;
const SEED_TIMEOUT_MS = 5 * 60_000;

export type BenchDatabasePlan =
  | { kind: 'postgres'; serverUrl: string; name: string; databaseUrl: string }
  | { kind: 'embedded'; reason: string };

/** The variables read (process.env, or a test's own). */
export type BenchEnv = Readonly<Record<string, string | undefined>>;

export type Probe = { reachable: true } | { reachable: false; error: string };

/** A fresh database's name: prefix, UTC time and process id, a plain identifier Postgres keeps as is. */
export function benchDatabaseName(prefix: string, now: Date, pid: number): string {
  if (!/^[a-z_][a-z0-9_]{0,39}$/.test(prefix)) throw new Error(`BENCH_POSTGRES_PREFIX must be a lower-case identifier of at most 40 characters, got "${prefix}"`);
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '_').slice(0, 15);
  return `${prefix}_${stamp}_${pid}`;
}

/** The same server URL with another database (credentials and options kept). */
export function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Where the server is, for the report: host, port and database, never a password. */
export function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

/** The mode the environment asks for. */
export function databaseMode(env: BenchEnv = process.env): 'auto' | 'postgres' | 'embedded' {
  const raw = (env.BENCH_DATABASE ?? '').trim() || 'auto';
  if (raw === 'auto' || raw === 'postgres' || raw === 'embedded') return raw;
  throw new Error(`BENCH_DATABASE must be auto, postgres or embedded, got "${raw}"`);
}

/**
 * The choice, from the environment and whether the server answered (pure; `probe` is not called
 * when the embedded database is asked for).
 */
export async function planBenchDatabase(
  env: BenchEnv,
  probe: (serverUrl: string) => Promise<Probe>,
  now = new Date(),
  pid = process.pid,
): Promise<BenchDatabasePlan> {
  const mode = databaseMode(env);
  if (mode === 'embedded') return { kind: 'embedded', reason: 'BENCH_DATABASE=embedded' };
  const serverUrl = env.BENCH_POSTGRES_URL?.trim() || DEFAULT_POSTGRES_URL;
  const name = benchDatabaseName(env.BENCH_POSTGRES_PREFIX?.trim() || DEFAULT_PREFIX, now, pid);
  const found = await probe(serverUrl);
  if (found.reachable) return { kind: 'postgres', serverUrl, name, databaseUrl: withDatabase(serverUrl, name) };
  if (mode === 'postgres') throw new Error(`BENCH_DATABASE=postgres: no Postgres at ${describeUrl(serverUrl)} (${found.error})`);
  return { kind: 'embedded', reason: `no Postgres at ${describeUrl(serverUrl)}: ${found.error}` };
}

/** The report's words for the database a started portal serves. */
export function describeDatabase(plan: BenchDatabasePlan): string {
  return plan.kind === 'postgres'
    ? `Postgres (a fresh database ${plan.name} on ${describeUrl(plan.serverUrl).replace(/\/[^/]*$/, '')}, migrated and seeded; pg driver)`
    : `fresh embedded database (PGlite; ${plan.reason})`;
}

/** Does the server answer, within a few seconds? Never throws. */
export async function probePostgres(serverUrl: string): Promise<Probe> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: PROBE_TIMEOUT_MS });
  try {
    await withTimeout(client.connect(), PROBE_TIMEOUT_MS + 1_000, 'connecting');
    await client.query('select 1');
    return { reachable: true };
  } catch (err) {
    return { reachable: false, error: (err as Error).message.split('\n')[0] ?? 'no answer' };
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: PROBE_TIMEOUT_MS });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Creates the plan's database, migrates and seeds it with the project's own script (what `npm start`
 * does for the embedded one), and returns how to drop it; the drop also runs on Ctrl-C.
 */
export async function createBenchDatabase(
  plan: Extract<BenchDatabasePlan, { kind: 'postgres' }>,
  env: NodeJS.ProcessEnv,
): Promise<{ drop(): Promise<void> }> {
  const quoted = `"${plan.name}"`; // benchDatabaseName allows only [a-z0-9_]
  await admin(plan.serverUrl, `create database ${quoted}`);
  const drop = async (): Promise<void> => {
    unregister();
    await admin(plan.serverUrl, `drop database if exists ${quoted} with (force)`).catch((err: unknown) =>
      log(`could not drop ${plan.name}: ${(err as Error).message}`),
    );
  };
  const unregister = registerCleanup(drop);
  log(`bench database: ${plan.name} on ${describeUrl(plan.serverUrl)}: migrating and seeding`);
  try {
    await seed({ ...env, DATABASE_URL: plan.databaseUrl });
  } catch (err) {
    await drop();
    throw err;
  }
  return { drop };
}

function seed(env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-seed.ts'], { cwd: repoRoot, env, stdio: ['ignore', 2, 2] });
  const done = new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    // db-seed reports its own failure and sets a non-zero exit code.
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`db-seed exited with ${code}`))));
  });
  return withTimeout(done, SEED_TIMEOUT_MS, 'seeding the bench database').catch((err: unknown) => {
    child.kill('SIGKILL');
    throw err;
  });
}
