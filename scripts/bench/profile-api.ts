// Issue 17.1: where a JSON API's time goes. CPU-profiles `next start` of the existing build and of
// its minimal Next twin (minimal-next.ts), one fresh process per route, under autocannon, then
// prints per-request CPU by layer for both (analyse-profile.ts). Run under the shared lock:
//   flock /tmp/heavy.lock npx tsx scripts/bench/profile-api.ts [outDir]
// PROF_APIS=check,late-fee profiles those JSON APIs only (the late-fee calculator is not in the api suite's list).
// Pages too (issue 14): PROF_PATHS=/forum,/forum/100000 profiles those GETs instead of the JSON APIs,
// asking for gzip as a browser (and forum-scale.ts's client) does; PROF_DATABASE_URL serves the
// portal from that database (the forum's 100,000 threads) instead of a fresh embedded one.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseProfiles } from './analyse-profile.js';
import { autocannon } from './autocannon.js';
import { startCeilings } from './minimal-next.js';
import { waitUntilReady, warmUp } from './server.js';
import { jsonApis, type JsonApi } from './targets.js';
import { freePort, killGroup, log, repoRoot } from './util.js';

const DURATION = Number(process.env.PROF_DURATION ?? 8);
const PAGES = (process.env.PROF_PATHS ?? '').split(',').filter(Boolean);
// The late-fee calculator's request as its suite sends it (scripts/bench/calculators.ts).
const lateFee: JsonApi = { name: 'late fee', method: 'POST', path: '/api/v1/calculators/late-fee', body: { amount: 100000, deadline: '2025-05-31', paidOn: '2025-07-31' } };
// PROF_APIS=check,late-fee picks JSON APIs by a word of their path (default: the api suite's three).
const WANTED = (process.env.PROF_APIS ?? '').split(',').filter(Boolean);
const apis = WANTED.length ? [...jsonApis, lateFee].filter((api) => WANTED.some((w) => api.path.includes(w))) : jsonApis;
const targets: JsonApi[] = PAGES.length ? PAGES.map((path) => ({ name: path, method: 'GET', path })) : apis;
const outDir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'tax-cloud-profile-'));

async function load(url: string, api: JsonApi): Promise<number> {
  const r = await autocannon({
    url,
    method: api.method,
    connections: 10,
    duration: DURATION,
    timeout: 10,
    ...(api.body === undefined ? {} : { body: JSON.stringify(api.body), headers: { 'content-type': 'application/json' } }),
    ...(PAGES.length ? { headers: { 'accept-encoding': 'gzip, deflate' } } : {}),
  });
  return r.requests.total;
}

async function startPortal(profDir: string | null): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const port = await freePort();
  const db = mkdtempSync(join(tmpdir(), 'tax-cloud-profile-db-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PGLITE_DIR: db,
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(33).toString('base64'),
  };
  delete env.DATABASE_URL;
  if (process.env.PROF_DATABASE_URL) env.DATABASE_URL = process.env.PROF_DATABASE_URL;
  // --cpu-prof is refused in NODE_OPTIONS: given to node itself (`next start` serves in-process).
  const nodeArgs = profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
  const nextJs = join(repoRoot, 'node_modules/next/dist/bin/next');
  const child = spawn(process.execPath, [...nodeArgs, nextJs, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: repoRoot, env, detached: true, stdio: 'ignore' });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(baseUrl, () => child.exitCode !== null);
  return {
    baseUrl,
    stop: async () => {
      // SIGTERM lets Next exit normally, which is when Node writes the profile.
      await killGroup(child, 20_000);
      rmSync(db, { recursive: true, force: true });
    },
  };
}

const source = await startPortal(null);
await warmUp(source.baseUrl, targets, 3);
try {
  for (const api of targets) {
    const name = api.path.replaceAll('/', '_');
    const portalDir = join(outDir, `portal${name}`);
    mkdirSync(portalDir, { recursive: true });
    const portal = await startPortal(portalDir);
    await warmUp(portal.baseUrl, [api], 20);
    const portalRequests = await load(`${portal.baseUrl}${api.path}`, api);
    await portal.stop();

    const minimalDir = join(outDir, `minimal${name}`);
    mkdirSync(minimalDir, { recursive: true });
    process.env.MINIMAL_NEXT_NODE_ARGS = `--cpu-prof --cpu-prof-dir=${minimalDir}`;
    const ceiling = await startCeilings(source.baseUrl, [api]).finally(() => delete process.env.MINIMAL_NEXT_NODE_ARGS);
    await warmUp(ceiling.urlFor(0).slice(0, -api.path.length), [api], 20);
    const minimalRequests = await load(ceiling.urlFor(0), api);
    await ceiling.stop();

    log(`${api.method} ${api.path}: portal ${Math.round(portalRequests / DURATION)} req/s, minimal ${Math.round(minimalRequests / DURATION)} req/s (profiled)`);
    process.stdout.write(analyseProfiles(`${api.method} ${api.path}`, { dir: portalDir, requests: portalRequests }, { dir: minimalDir, requests: minimalRequests }, DURATION));
  }
} finally {
  await source.stop();
}
process.exit(0);
