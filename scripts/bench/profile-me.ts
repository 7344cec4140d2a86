// Issue 12: where a "my invoices" request's time goes. CPU-profiles `next start` of the existing
// build on the me-invoices store (BENCH_ME_DATABASE_URL), one fresh process per route, at 10
// concurrent requests by the bench citizens, and attributes every sample through the build's
// source maps to our source files and packages (the server bundle is minified, so raw function
// names say nothing). Prints self and inclusive CPU per request by file. Run under the lock:
//   flock /tmp/heavy.lock npx tsx scripts/bench/profile-me.ts [page|api] [outDir]
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FlattenMap, originalPositionFor, type TraceMap } from '@jridgewell/trace-mapping';
import { apiTerm } from '../../lib/lottery/period.js';
import { load, prepare, sessionCookie } from './me-invoices.js';
import { waitUntilReady } from './server.js';
import { freePort, killGroup, log, repoRoot } from './util.js';

const DURATION = Number(process.env.PROF_DURATION ?? 8);
const which = process.argv[2] ?? 'api';
const outDir = process.argv[3] ?? mkdtempSync(join(tmpdir(), 'tax-cloud-profile-me-'));
const url = process.env.BENCH_ME_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/h1';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
type Profile = { startTime: number; nodes: Node[]; samples: number[]; timeDeltas: number[] };

const maps = new Map<string, TraceMap | null>();
function mapFor(file: string): TraceMap | null {
  if (!maps.has(file)) {
    const path = `${file}.map`;
    maps.set(file, existsSync(path) ? FlattenMap(readFileSync(path, 'utf8')) : null);
  }
  return maps.get(file)!;
}

/** A frame as "source file: function" (through the source map when the frame is in the build). */
function frameKey(node: Node): { file: string; fn: string } {
  const { functionName, url: u, lineNumber, columnNumber } = node.callFrame;
  if (!u) return { file: functionName.startsWith('(') ? functionName : '(native)', fn: functionName };
  if (u.startsWith('node:')) return { file: u, fn: functionName };
  const path = u.startsWith('file://') ? fileURLToPath(u) : u;
  let source = path;
  let name = functionName;
  if (path.includes('/.next/')) {
    const map = mapFor(path);
    if (map) {
      const pos = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
      if (pos.source) source = pos.source;
      if (pos.name) name = pos.name;
    }
  }
  source = decodeURIComponent(source).replace(/^.*\[project\]\//, '').replace(/^(?:\.\.\/)+/, '').replace(/^.*\/node_modules\//, 'node_modules/').replace(repoRoot, '');
  return { file: source, fn: name || '(anonymous)' };
}

function group(file: string): string {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (m) {
    if (m[1] === 'next') return file.includes('/compiled/') ? `next (compiled: ${file.split('/compiled/')[1]!.split('/')[0]})` : 'next (server)';
    return m[1]!;
  }
  return file;
}

function analyse(dir: string, requests: number): string {
  const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Profile).sort((a, b) => b.samples.length - a.samples.length)[0]!;
  const byId = new Map(file.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of file.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keys = new Map<number, { file: string; fn: string }>();
  const key = (id: number) => keys.get(id) ?? (keys.set(id, frameKey(byId.get(id)!)), keys.get(id)!);
  const at: number[] = [];
  let t = file.startTime;
  for (const d of file.timeDeltas) at.push((t += d));
  let last = file.samples.length - 1;
  while (last > 0 && byId.get(file.samples[last]!)!.callFrame.functionName === '(idle)') last--;
  const from = at[last]! - DURATION * 1e6;
  const selfGroup = new Map<string, number>();
  const inclFile = new Map<string, number>();
  const inclGroup = new Map<string, number>();
  const inclFn = new Map<string, number>();
  let total = 0;
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  file.samples.forEach((id, i) => {
    if (at[i]! < from || i > last) return;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') return;
    const d = file.timeDeltas[i] ?? 0;
    total += d;
    add(selfGroup, group(key(id).file), d);
    const groups = new Set<string>();
    const files = new Set<string>();
    const fns = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const k = key(n);
      groups.add(group(k.file).replace(/^node:internal\/(crypto|webstreams|deps\/undici).*$/, 'node:internal/$1'));
      if (/^(lib|app|components|proxy)/.test(k.file)) {
        files.add(k.file);
        fns.add(`${k.file}: ${k.fn}`);
      }
    }
    for (const g of groups) add(inclGroup, g, d);
    for (const f of files) add(inclFile, f, d);
    for (const f of fns) add(inclFn, f, d);
  });
  const us = (v: number) => (v / requests).toFixed(0);
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `| ${k} | ${us(v)} |`).join('\n');
  return [
    `Total CPU per request: ${us(total)} µs (${requests} requests in ${DURATION} s)`,
    '\nSelf CPU by package / source file (µs per request):\n| Where | µs |\n| --- | --- |',
    top(selfGroup, 30),
    '\nInclusive CPU by package (µs per request; async stacks are cut at each await):\n| Package | µs |\n| --- | --- |',
    top(inclGroup, 30),
    '\nInclusive CPU by our source file (µs per request):\n| File | µs |\n| --- | --- |',
    top(inclFile, 30),
    '\nInclusive CPU by our function (µs per request):\n| Function | µs |\n| --- | --- |',
    top(inclFn, 40),
  ].join('\n');
}

if (process.env.PROF_ANALYSE) {
  process.stdout.write(`${analyse(process.env.PROF_ANALYSE, Number(process.env.PROF_REQUESTS))}\n`);
  process.exit(0);
}

const prepared = await prepare(url, Number(process.env.BENCH_ME_CITIZENS ?? 120));
const secret = randomBytes(33).toString('base64');
const today = new Date(Date.parse(`${prepared.lastDay}T04:00:00Z`) + 86_400_000).toISOString();
const cookies = await Promise.all(prepared.citizens.map((c) => sessionCookie(c, secret)));
// PROF_QUERY='&limit=1' adds to the query (e.g. the page's shell without its rows).
const path = `${which === 'page' ? '/me/invoices' : '/api/v1/me/invoices'}?period=${apiTerm(prepared.period)}${process.env.PROF_QUERY ?? ''}`;
const profDir = join(outDir, which);
mkdirSync(profDir, { recursive: true });
const port = await freePort();
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: url, AUTH_SECRET: secret, TAX_CLOUD_NOW: today };
const noProf = process.env.PROF_OFF === '1';
const child = spawn(process.execPath, [...(noProf ? [] : ['--cpu-prof', `--cpu-prof-dir=${profDir}`]), join(repoRoot, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: repoRoot, env, detached: true, stdio: 'ignore' });
const baseUrl = `http://127.0.0.1:${port}`;
try {
  await waitUntilReady(baseUrl, () => child.exitCode !== null);
  const first = await fetch(`${baseUrl}${path}`, { headers: { cookie: cookies[0]! }, redirect: 'manual' });
  const body = await first.text();
  log(`${path}: ${first.status} ${body.length} chars`);
  // PROF_SAVE=file keeps the first answer, to see what the bytes are (HTML and inline RSC payload).
  if (process.env.PROF_SAVE) writeFileSync(process.env.PROF_SAVE, body);
  await load(`${baseUrl}${path}`, cookies, 4);
  const r = await load(`${baseUrl}${path}`, cookies, DURATION);
  log(`${path}: ${r.n} requests, p50 ${r.p50.toFixed(1)} p95 ${r.p95.toFixed(1)} ms, ${r.perSecond.toFixed(0)}/s, bad ${r.bad}`);
  await killGroup(child, 20_000);
  if (!noProf) process.stdout.write(`\n## ${path}\n\n${analyse(profDir, r.n)}\n`);
} finally {
  if (child.exitCode === null) await killGroup(child, 5_000);
}
process.exit(0);
