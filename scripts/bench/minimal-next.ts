// The framework's ceiling for an API: a minimal Next.js app with the portal's own security
// headers, redirects and rewrites (imported from the modules next.config.ts uses), whose route
// handlers answer fixed bytes, optionally after the health probe's one query. What the portal
// costs beyond it is our own code (proxy, plugins, wrappers, validation, database layer).
//
// Built once per route shape (methods and paths, not bodies) in $TMPDIR and reused by later runs:
// bodies, statuses and headers are read at run time from a file given to each server.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match.js';
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination.js';
import { configRedirects, configRewrites } from '../../lib/http/next-routing.js';
import { HEALTH_PROBE_SQL } from '../../lib/db/health.js';
import { configHeaders, securityHeaders } from '../../lib/security/headers.js';
import { waitUntilReady } from './server.js';
import { fetchWithTimeout, freePort, killGroup, log, registerCleanup, repoRoot, runCommand, sleep } from './util.js';

export interface MinimalRoute {
  method: 'GET' | 'POST';
  path: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Bump when the generated app changes, so cached builds are not reused. */
const GENERATOR_VERSION = 2;
const BUILD_TIMEOUT_MS = 10 * 60_000;
const READY_PATH = '/minimal-ready';

// ---------------------------------------------------------------------------------------------
// Shared with the Lighthouse ceiling (lighthouse-ceiling.ts): a Next app outside the repository
// (or Next would pick up the portal's instrumentation and proxy), whose node_modules is a
// hard-linked copy of ours (a second or two, no extra space) so Next and the app resolve one React.

/** Empties `dir` and gives it our node_modules and an ESM package.json. */
export async function prepareNextAppDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'app'), { recursive: true });
  await runCommand('cp', ['-al', join(repoRoot, 'node_modules'), join(dir, 'node_modules')], process.env, 120_000);
  await writeFile(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
}

type ExtraEnv = Record<string, string | undefined>;

function nextEnv(extra: ExtraEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra, NODE_ENV: 'production' };
}

export async function buildNextApp(dir: string): Promise<void> {
  await runCommand(join(dir, 'node_modules', '.bin', 'next'), ['build', dir], nextEnv(), BUILD_TIMEOUT_MS);
}

export interface StartedNextApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/** `next start` of a built app dir in its own process group; ready when `readyPath` answers 200. */
export async function startNextApp(
  dir: string,
  { port, readyPath, env = {}, onStop }: { port?: number; readyPath: string; env?: ExtraEnv; onStop?: () => Promise<void> },
): Promise<StartedNextApp> {
  const p = port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${p}`;
  // MINIMAL_NEXT_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=…`, which NODE_OPTIONS refuses) go to node itself.
  const nodeArgs = (process.env.MINIMAL_NEXT_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const nextJs = join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [...nodeArgs, nextJs, 'start', dir, '-p', String(p), '-H', '127.0.0.1'], {
    cwd: dir,
    env: nextEnv(env),
    stdio: 'ignore',
    detached: true,
  });
  const unregister = registerCleanup(() => killGroup(child));
  const stop = async (): Promise<void> => {
    unregister();
    await killGroup(child);
    await onStop?.();
  };
  try {
    // waitUntilReady asks for `${url}/`; Next redirects the trailing slash to the route.
    await waitUntilReady(`${baseUrl}${readyPath}`.replace(/\/$/, ''), () => child.exitCode !== null || child.signalCode !== null);
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl, stop };
}

// ---------------------------------------------------------------------------------------------
// The minimal API app.

/** The portal's next.config values that shape every response, production flavour. */
function portalConfig() {
  return {
    poweredByHeader: false,
    // As next.config.ts: no ETag hashed over each cached page (issue 14).
    generateEtags: false,
    serverExternalPackages: ['@electric-sql/pglite'],
    headers: configHeaders({ isDev: false }),
    redirects: configRedirects(),
    rewrites: configRewrites(),
  };
}

function nextVersion(): string {
  return (JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }).version;
}

export const routeKey = (r: Pick<MinimalRoute, 'method' | 'path'>): string => `${r.method} ${pathOnly(r.path)}`;
const pathOnly = (path: string): string => (path.split('?')[0] ?? '/').replace(/\/+$/, '') || '/';

function checkPath(path: string): void {
  const p = pathOnly(path);
  if (!p.startsWith('/') || p === READY_PATH || !/^[A-Za-z0-9/_.\-]*$/.test(p) || p.split('/').some((s) => s.startsWith('_') || s === '.' || s === '..')) {
    throw new Error(`minimal Next: cannot serve ${path} (plain path segments only, no leading '_')`);
  }
}

const CONFIG_SOURCE = (config: ReturnType<typeof portalConfig>) => `// Generated by scripts/bench/minimal-next.ts from the portal's next.config modules.
const config = ${JSON.stringify(config, null, 2)};
export default {
  poweredByHeader: config.poweredByHeader,
  generateEtags: config.generateEtags,
  serverExternalPackages: config.serverExternalPackages,
  async headers() { return config.headers; },
  async redirects() { return config.redirects; },
  async rewrites() { return config.rewrites; },
};
`;

// Bodies, statuses and headers come from MINIMAL_ROUTES_FILE, read once on the first request.
const ANSWER_SOURCE = (dbQuery: boolean) => `import { readFileSync } from 'node:fs';
${dbQuery ? "import { query } from './db.js';\n" : ''}
let table;
function routes() {
  if (!table) {
    table = new Map();
    for (const r of JSON.parse(readFileSync(process.env.MINIMAL_ROUTES_FILE, 'utf8'))) {
      table.set(r.key, { status: r.status, headers: r.headers, body: Buffer.from(r.body) });
    }
  }
  return table;
}

export async function answer(key, request) {
  // Read the request body as any real handler must.
  if (request.method === 'POST') await request.arrayBuffer();
${dbQuery ? '  await query();\n' : ''}  const r = routes().get(key);
  return new Response(r.body, { status: r.status, headers: r.headers });
}
`;

// The same statement as GET /api/health (lib/db/health.ts), on the same kind of driver: pg when
// MINIMAL_DATABASE_URL is set, else PGlite in a fresh directory with stand-ins for the two tables.
const DB_SOURCE = `const SQL = ${JSON.stringify(HEALTH_PROBE_SQL)};
let ready;
async function open() {
  if (process.env.MINIMAL_DATABASE_URL) {
    const pg = (await import('pg')).default;
    const pool = new pg.Pool({ connectionString: process.env.MINIMAL_DATABASE_URL, max: 10 });
    return () => pool.query(SQL);
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(process.env.MINIMAL_PGLITE_DIR || undefined);
  await db.exec(
    "create table if not exists kysely_migration (name varchar(255) primary key, timestamp varchar(255) not null);" +
      "insert into kysely_migration values ('0001_stand_in', now()::text) on conflict do nothing;" +
      "create table if not exists lottery_periods (period_key text primary key);" +
      "insert into lottery_periods values ('11507') on conflict do nothing;",
  );
  return () => db.query(SQL);
}
export async function query() {
  const run = await (ready ??= open());
  return run();
}
`;

function routeSource(depth: number, methods: Set<string>, key: (m: string) => string): string {
  const up = depth === 0 ? './' : '../'.repeat(depth);
  return (
    `import { answer } from '${up}../answer.js';\n` +
    "export const dynamic = 'force-dynamic';\nexport const runtime = 'nodejs';\n" +
    [...methods].map((m) => `export function ${m}(request) {\n  return answer(${JSON.stringify(key(m))}, request);\n}\n`).join('')
  );
}

type RewriteRule = { source: string; destination: string; has?: unknown[]; missing?: unknown[] };

/**
 * Where the portal's `beforeFiles` rewrites send `path` (with its query; no cookie, as the
 * benchmarks ask), matched by Next.js's own code. The minimal app has the same rewrites, so its
 * route must sit there: `/forum` is answered by the route at `/zh-Hant-TW/forum-index/newest`,
 * after the same rewrite the portal does. A route at `/forum` itself would never be reached and
 * the minimal app would answer its 404 page instead of the portal's bytes.
 */
export function rewrittenPath(path: string): string {
  const [pathname = '/', search = ''] = path.split('?');
  const query = Object.fromEntries(new URLSearchParams(search));
  const req = { headers: {} } as never;
  for (const rule of configRewrites().beforeFiles as RewriteRule[]) {
    const params = getPathMatch(rule.source, { removeUnnamedParams: true, strict: true })(pathname);
    if (!params) continue;
    const fromHas = matchHas(req, query, rule.has as never, rule.missing as never);
    if (!fromHas) continue;
    const all = { ...(params as Record<string, string>), ...(fromHas as Record<string, string>) };
    return rule.destination.replace(/:(\w+)/g, (_, k: string) => String(all[k]));
  }
  return pathOnly(path);
}

/** Writes the minimal app's sources (exported for tests, which skip the node_modules link). */
export async function writeMinimalApp(
  dir: string,
  /** `at`: the folder of a key's route when the rewrites send its path elsewhere (rewrittenPath). */
  shape: { keys: string[]; dbQuery: boolean; at?: Record<string, string> },
  config: ReturnType<typeof portalConfig> = portalConfig(),
  { linkModules = true }: { linkModules?: boolean } = {},
): Promise<void> {
  if (linkModules) await prepareNextAppDir(dir);
  else await mkdir(join(dir, 'app'), { recursive: true });
  await writeFile(join(dir, 'next.config.mjs'), CONFIG_SOURCE(config));
  await writeFile(join(dir, 'answer.js'), ANSWER_SOURCE(shape.dbQuery));
  if (shape.dbQuery) await writeFile(join(dir, 'db.js'), DB_SOURCE);
  // Folder → method → the key it answers.
  const byFolder = new Map<string, Map<string, string>>();
  for (const key of shape.keys) {
    const [method, path] = key.split(' ') as [string, string];
    const folder = shape.at?.[key] ?? path;
    byFolder.set(folder, (byFolder.get(folder) ?? new Map()).set(method, key));
  }
  byFolder.set(READY_PATH, new Map([['GET', `GET ${READY_PATH}`]]));
  for (const [path, methods] of byFolder) {
    const segments = path.split('/').filter(Boolean);
    const folder = join(dir, 'app', ...segments);
    await mkdir(folder, { recursive: true });
    const source =
      path === READY_PATH
        ? "export const dynamic = 'force-dynamic';\nexport function GET() {\n  return new Response('ok');\n}\n"
        : routeSource(segments.length, new Set(methods.keys()), (m) => methods.get(m)!);
    await writeFile(join(folder, 'route.js'), source);
  }
  await writeFile(
    join(dir, 'app', 'layout.js'),
    'export default function Layout({ children }) {\n  return children;\n}\n',
  );
}

/** One builder at a time per directory, across processes (other benchmarks may share the cache). */
async function withDirLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${dir}.lock`;
  const deadline = Date.now() + BUILD_TIMEOUT_MS + 60_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > BUILD_TIMEOUT_MS + 60_000) await rm(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`minimal Next: ${lock} held too long`);
      else await sleep(1_000);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/**
 * Builds (or reuses) and starts a minimal Next app answering `routes` with their exact status,
 * headers and body, behind the portal's security headers, redirects and rewrites. With `dbQuery`,
 * every route first runs GET /api/health's probe statement (PGlite in a fresh directory, or pg
 * on `databaseUrl`, else on MINIMAL_DATABASE_URL when set).
 */
export async function startMinimalNext(
  routes: MinimalRoute[],
  opts: { port?: number; dbQuery?: boolean; databaseUrl?: string } = {},
): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  if (routes.length === 0) throw new Error('minimal Next: no routes');
  for (const r of routes) checkPath(r.path);
  const dbQuery = opts.dbQuery ?? false;
  const keys = [...new Set(routes.map(routeKey))].sort();
  const at: Record<string, string> = {};
  for (const r of routes) {
    const target = rewrittenPath(r.path);
    if (target !== pathOnly(r.path)) at[routeKey(r)] = target;
  }
  const config = portalConfig();
  const hash = createHash('sha256')
    .update(JSON.stringify({ GENERATOR_VERSION, next: nextVersion(), keys, at, dbQuery, config, sql: dbQuery ? HEALTH_PROBE_SQL : '' }))
    .digest('hex')
    .slice(0, 16);
  const dir = join(tmpdir(), `tax-cloud-minimal-next-${hash}`);
  const marker = join(dir, '.minimal-built');
  await withDirLock(dir, async () => {
    if (existsSync(marker) && existsSync(join(dir, '.next', 'BUILD_ID'))) return;
    log(`minimal Next: building ${keys.length} route(s)${dbQuery ? ' with the health query' : ''} in ${dir}`);
    await writeMinimalApp(dir, { keys, dbQuery, at }, config);
    await buildNextApp(dir);
    await writeFile(marker, new Date().toISOString());
  });

  const runDir = await mkdtemp(join(tmpdir(), 'tax-cloud-minimal-run-'));
  const removeRunDir = (): Promise<void> => rm(runDir, { recursive: true, force: true });
  const unregisterRunDir = registerCleanup(removeRunDir);
  const routesFile = join(runDir, 'routes.json');
  await writeFile(routesFile, JSON.stringify(routes.map((r) => ({ key: routeKey(r), status: r.status, headers: r.headers, body: r.body }))));
  const env: ExtraEnv = { MINIMAL_ROUTES_FILE: routesFile };
  if (dbQuery) {
    const databaseUrl = opts.databaseUrl ?? process.env.MINIMAL_DATABASE_URL;
    if (databaseUrl) env.MINIMAL_DATABASE_URL = databaseUrl;
    else env.MINIMAL_PGLITE_DIR = join(runDir, 'pglite');
  }
  try {
    return await startNextApp(dir, {
      port: opts.port,
      readyPath: READY_PATH,
      env,
      onStop: async () => {
        unregisterRunDir();
        await removeRunDir();
      },
    });
  } catch (err) {
    unregisterRunDir();
    await removeRunDir();
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Capturing what the portal answers, to feed startMinimalNext.

/** Headers Next (or next.config) adds to every response: the minimal app adds its own. */
const FRAMEWORK_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'vary',
  'etag',
  'x-powered-by',
  ...securityHeaders({ isDev: false }).map((h) => h.key.toLowerCase()),
]);

export interface CaptureRequest {
  method: 'GET' | 'POST';
  path: string;
  /** Sent as JSON (content-type: application/json) unless a string, sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Asks the running portal for `req` once (no redirects followed) and returns its answer as a
 * MinimalRoute: status, the route's own headers (content-type, cache-control, retry-after, …)
 * and the body. Security headers and the framework's own are left for the minimal app to add.
 */
export async function captureRoute(baseUrl: string, req: CaptureRequest): Promise<MinimalRoute> {
  const headers: Record<string, string> = { ...req.headers };
  let body: string | undefined;
  if (req.body !== undefined) {
    body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    if (typeof req.body !== 'string') headers['content-type'] ??= 'application/json';
  }
  const res = await fetchWithTimeout(`${baseUrl}${req.path}`, { method: req.method, headers, body, redirect: 'manual' });
  const kept: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!FRAMEWORK_HEADERS.has(name) && !name.startsWith('x-nextjs-')) kept[name] = value;
  });
  return { method: req.method, path: req.path, status: res.status, headers: kept, body: await res.text() };
}

export interface CeilingRequest extends CaptureRequest {
  /** The ceiling runs the health probe's query before answering (see startMinimalNext). */
  dbQuery?: boolean;
}

export interface Ceilings {
  /** The URL (base + path) of request `index`'s minimal twin. */
  urlFor(index: number): string;
  /** What the portal answered to request `index` (and the twin answers). */
  captured(index: number): MinimalRoute;
  stop(): Promise<void>;
}

/**
 * Captures each request's answer from the portal at `baseUrl` and starts as few minimal apps as
 * can serve them all: one without and one with the database query, and another whenever two
 * requests share a method and path but not their answer. For any API benchmark. The query runs on
 * `databaseUrl` when given: the Postgres database the portal serves, through the same driver (pg).
 */
export async function startCeilings(baseUrl: string, requests: readonly CeilingRequest[], opts: { databaseUrl?: string } = {}): Promise<Ceilings> {
  const captured = await Promise.all(requests.map((r) => captureRoute(baseUrl, r)));
  const groups: { dbQuery: boolean; byKey: Map<string, number> }[] = [];
  const groupOf: number[] = [];
  requests.forEach((r, i) => {
    const key = routeKey(r);
    const dbQuery = r.dbQuery ?? false;
    let g = groups.findIndex((x) => x.dbQuery === dbQuery && !x.byKey.has(key));
    if (g < 0) g = groups.push({ dbQuery, byKey: new Map() }) - 1;
    groups[g]!.byKey.set(key, i);
    groupOf[i] = g;
  });
  const apps: StartedNextApp[] = [];
  try {
    for (const g of groups) apps.push(await startMinimalNext([...g.byKey.values()].map((i) => captured[i]!), { dbQuery: g.dbQuery, databaseUrl: opts.databaseUrl }));
  } catch (err) {
    await Promise.all(apps.map((a) => a.stop()));
    throw err;
  }
  return {
    urlFor: (i) => `${apps[groupOf[i]!]!.baseUrl}${requests[i]!.path}`,
    captured: (i) => captured[i]!,
    stop: async () => {
      await Promise.all(apps.map((a) => a.stop()));
    },
  };
}
