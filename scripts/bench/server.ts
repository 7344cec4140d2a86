import { randomBytes } from 'node:crypto';
// Starts the production build of the app for the benchmarks (or uses BENCH_BASE_URL).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBenchDatabase, describeDatabase, describeUrl, planBenchDatabase, probePostgres } from './bench-database.js';
import { fetchWithTimeout, freePort, killGroup, log, registerCleanup, repoRoot, runCommand, sleep } from './util.js';

export interface BenchServer {
  baseUrl: string;
  /** How the server was obtained, for the report. */
  description: string;
  /** The Postgres database it serves, when known: a twin's query runs there (minimal-next.ts). */
  databaseUrl?: string;
  stop(): Promise<void>;
}

const BUILD_TIMEOUT_MS = 20 * 60_000;
const READY_TIMEOUT_MS = 120_000;

export interface StartOptions {
  /** Serve this Postgres database instead of a fresh embedded one (a suite's own prepared data). */
  databaseUrl?: string;
  /** A prepared embedded database to serve (the suite that made it removes it); else a fresh one. */
  pgliteDir?: string;
  /** More environment for the server (e.g. TAX_CLOUD_NOW, AUTH_SECRET). */
  env?: Record<string, string>;
}

export async function startServer(options: StartOptions = {}): Promise<BenchServer> {
  const external = process.env.BENCH_BASE_URL?.trim();
  if (external) {
    const baseUrl = external.replace(/\/+$/, '');
    log(`using BENCH_BASE_URL=${baseUrl} (not starting a server)`);
    await waitUntilReady(baseUrl, () => false);
    return { baseUrl, description: `external server at ${baseUrl}`, stop: async () => undefined };
  }

  const nextBin = join(repoRoot, 'node_modules', '.bin', 'next');
  if (!existsSync(nextBin)) throw new Error(`${nextBin} not found: run \`npm ci\` first`);

  // A fresh embedded database per run: results must not depend on leftover data,
  // and DATABASE_URL is dropped so a developer's own database is never benchmarked.
  const pgliteDir = options.pgliteDir ?? (await mkdtemp(join(tmpdir(), 'tax-cloud-bench-db-')));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    PGLITE_DIR: pgliteDir,
    // `next start` is production: without a secret the server refuses to run (by design).
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(33).toString('base64'),
  };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  Object.assign(env, options.env);
  const removeDir = async (): Promise<void> => {
    if (!options.pgliteDir) await rm(pgliteDir, { recursive: true, force: true });
  };
  const unregisterDir = registerCleanup(removeDir);

  if (!existsSync(join(repoRoot, '.next', 'BUILD_ID'))) {
    log('no production build (.next/BUILD_ID missing): running `next build`');
    await runCommand(nextBin, ['build'], { ...env, NODE_ENV: 'production' }, BUILD_TIMEOUT_MS);
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  log(`starting \`next start\` on ${baseUrl}`);
  // detached: its own process group, so stop() can take down every worker it forks.
  const child = spawn(nextBin, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: repoRoot,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // Keep the tail of its output to explain a failed start.
  const tail: string[] = [];
  const keep = (chunk: Buffer): void => {
    tail.push(...chunk.toString().split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 40));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  // Registered after the directory, so a Ctrl-C stops the server before deleting its database.
  const unregisterServer = registerCleanup(() => killGroup(child));
  const stop = async (): Promise<void> => {
    unregisterServer();
    await killGroup(child);
    unregisterDir();
    await removeDir();
  };

  try {
    await waitUntilReady(baseUrl, () => child.exitCode !== null || child.signalCode !== null);
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n--- next start output (tail) ---\n${tail.join('\n')}`);
  }
  log('server ready');
  const database = options.databaseUrl ? `Postgres ${new URL(options.databaseUrl).pathname.slice(1)}` : 'fresh embedded database';
  return { baseUrl, description: `\`next start\` (production build), ${database}`, stop };
}

/**
 * The portal as the API suites measure it, in production's shape: on a fresh Postgres database of
 * its own when the local server answers (scripts/bench/bench-database.ts), else on a fresh
 * embedded one, the description saying which and why. BENCH_BASE_URL still names a running
 * server instead; its database is its own business, and the health twin queries
 * MINIMAL_DATABASE_URL when set.
 */
export async function startApiServer(): Promise<BenchServer> {
  if (process.env.BENCH_BASE_URL?.trim()) {
    const external = await startServer();
    const twin = process.env.MINIMAL_DATABASE_URL;
    return {
      ...external,
      databaseUrl: twin,
      description: `${external.description} (its database not known to the bench; the health twin queries ${twin ? `Postgres ${describeUrl(twin)}` : 'a fresh embedded database'})`,
    };
  }
  const plan = await planBenchDatabase(process.env, probePostgres);
  if (plan.kind === 'embedded') {
    log(`api server: embedded database (${plan.reason})`);
    const server = await startServer();
    return { ...server, description: `\`next start\` (production build), ${describeDatabase(plan)}` };
  }
  // The seed runs outside the server; it needs a secret to read the environment, not this one.
  const db = await createBenchDatabase(plan, { ...process.env, AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(33).toString('base64') });
  try {
    const server = await startServer({ databaseUrl: plan.databaseUrl });
    return {
      ...server,
      databaseUrl: plan.databaseUrl,
      description: `\`next start\` (production build), ${describeDatabase(plan)}`,
      stop: async () => {
        await server.stop();
        await db.drop();
      },
    };
  } catch (err) {
    await db.drop();
    throw err;
  }
}

/** Polls GET / until it answers 200 (after redirects), the process dies, or time runs out. */
export async function waitUntilReady(baseUrl: string, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('server process exited before it was ready');
    try {
      const res = await fetchWithTimeout(`${baseUrl}/`, {}, 10_000);
      await res.arrayBuffer();
      if (res.status === 200) return;
      last = `status ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await sleep(500);
  }
  throw new Error(`${baseUrl}/ did not answer 200 within ${READY_TIMEOUT_MS / 1000} s (last: ${last})`);
}

export interface WarmUpRequest {
  method?: string;
  path: string;
  body?: unknown;
}

/**
 * The first requests compile routes, fill caches and create the embedded
 * database, so each URL is hit a few times before anything is measured.
 */
export async function warmUp(baseUrl: string, requests: WarmUpRequest[], times = 3): Promise<void> {
  for (const r of requests) {
    for (let i = 0; i < times; i++) {
      try {
        const res = await fetchWithTimeout(`${baseUrl}${r.path}`, jsonInit(r.method ?? 'GET', r.body), 60_000);
        await res.arrayBuffer();
      } catch (err) {
        log(`warm-up ${r.path} failed: ${(err as Error).message}`);
      }
    }
  }
}

/** Request options shared by warm-up and the API suite: JSON body when given. */
export function jsonInit(method: string, body: unknown): RequestInit {
  return body === undefined
    ? { method }
    : { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
}
