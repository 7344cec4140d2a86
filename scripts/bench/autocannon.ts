// JSON API throughput: the app versus a bare node:http server answering the same bytes.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { alternateRounds, benchRounds, median, medianRound, ratioWithRange } from './alternate.js';
import { startCeilings, type Ceilings } from './minimal-next.js';
import { cpuPerRequest, cpuRatios } from './server-cpu.js';
import { mdTable } from './report.js';
import { jsonInit, warmUp } from './server.js';
import type { MarkdownSection, Suite } from './suite.js';
import { jsonApis, type JsonApi } from './targets.js';
import { brief, envSeconds, fetchWithTimeout, killGroup, log, registerCleanup, withTimeout } from './util.js';

// autocannon ships no types; this is the part of its API we use.
export interface Histogram {
  average: number;
  p50: number;
  p97_5: number;
  p99: number;
}
export interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number } | undefined>;
  non2xx: number;
}
interface AutocannonOptions {
  url: string;
  method: string;
  connections: number;
  duration: number;
  timeout: number;
  headers?: Record<string, string>;
  body?: string;
  warmup?: { connections: number; duration: number };
}
type Autocannon = (opts: AutocannonOptions) => PromiseLike<AutocannonResult>;
export const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

interface Captured {
  status: number;
  contentType: string;
  body: Buffer;
}

interface Measurement {
  reqPerSec: number;
  latency: Histogram;
  errors: number;
  /** Responses whose status differs from the one captured up front. */
  otherStatus: number;
  /** CPU the server process spent per request (scripts/bench/server-cpu.ts), when it can be read. */
  cpuUs: number | null;
}

const DEFAULT_CONNECTIONS = 10;
/** Unrecorded load on every route of the app and of the minimal app before the first measurement. */
const WARM_SECONDS = 2;

/** Captures what the app answers, so the baseline can answer the very same bytes. */
async function capture(baseUrl: string, api: JsonApi): Promise<Captured> {
  const res = await fetchWithTimeout(`${baseUrl}${api.path}`, { ...jsonInit(api.method, api.body), redirect: 'manual' });
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    body: Buffer.from(await res.arrayBuffer()),
  };
}

// Runs in its own process, like the app, so it does not share an event loop with
// the load generator. It drains the request body before answering, as the app must.
const BASELINE_SOURCE = `
const http = require('node:http');
const body = Buffer.from(process.env.BASELINE_BODY_B64 || '', 'base64');
const status = Number(process.env.BASELINE_STATUS);
const headers = { 'content-length': body.length };
if (process.env.BASELINE_CONTENT_TYPE) headers['content-type'] = process.env.BASELINE_CONTENT_TYPE;
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(status, headers); res.end(body); });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('SIGTERM', () => process.exit(0));
`;

async function startBaseline(c: Captured): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['-e', BASELINE_SOURCE], {
    env: {
      NODE_ENV: 'production',
      PATH: process.env.PATH,
      BASELINE_STATUS: String(c.status),
      BASELINE_CONTENT_TYPE: c.contentType,
      BASELINE_BODY_B64: c.body.toString('base64'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const unregister = registerCleanup(() => killGroup(child));
  const stop = (): Promise<void> => {
    unregister();
    return killGroup(child);
  };
  try {
    const firstLine = new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`baseline server exited with ${code}`)));
    });
    const port = Number(await withTimeout(firstLine, 10_000, 'baseline server start'));
    return { url: `http://127.0.0.1:${port}`, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function measure(url: string, api: JsonApi, c: Captured, duration: number): Promise<Measurement> {
  const connections = api.connections ?? DEFAULT_CONNECTIONS;
  const run = (seconds: number) =>
    withTimeout(
      Promise.resolve(
        autocannon({
          url,
          method: api.method,
          connections,
          duration: seconds,
          timeout: 10,
          ...(api.body === undefined
            ? {}
            : { body: JSON.stringify(api.body), headers: { 'content-type': 'application/json' } }),
        }),
      ),
      (seconds + 2) * 1000 + 30_000,
      `autocannon ${url}`,
    );
  // A short unrecorded warm-up so JIT and keep-alive sockets are settled for both servers alike;
  // its own run, so the server's CPU is read around the recorded one only.
  await run(Math.min(2, duration));
  const { result: r, cpuUs } = await cpuPerRequest(url, () => run(duration), (x) => x.requests.total);
  const otherStatus = Object.entries(r.statusCodeStats)
    .filter(([code]) => Number(code) !== c.status)
    .reduce((sum, [, s]) => sum + (s?.count ?? 0), 0);
  return { reqPerSec: r.requests.average, latency: r.latency, errors: r.errors + r.timeouts, otherStatus, cpuUs };
}

/** "0.93 (0.90–0.95); 1,020 / 948": the per-round CPU ratio (twin ÷ app) and the median µs per request of each. */
function cpuColumns(app: readonly Measurement[], twin: readonly Measurement[]): string {
  const ratios = cpuRatios(app, twin);
  if (ratios.length === 0) return 'not read';
  const us = (ms: readonly Measurement[]) => median(ms.flatMap((m) => (m.cpuUs ? [m.cpuUs] : []))).toFixed(0);
  return `**${ratioWithRange(ratios)}**; ${us(app)} / ${us(twin)}`;
}

const num = (n: number, digits = 0): string => n.toFixed(digits);
const lat = (h: Histogram): string => `${num(h.p50, 1)} / ${num(h.p97_5, 1)} / ${num(h.p99, 1)}`;

export const apiSuite: Suite = {
  name: 'api',
  description:
    'autocannon on each JSON API (the calculators included) beside a minimal Next app with the same config answering the same bytes (the framework ceiling, scripts/bench/minimal-next.ts) in alternating rounds, and a bare `node:http` server; reported as app ÷ minimal by req/s and by the server\'s CPU per request (median of the rounds, with their range), and app ÷ bare req/s.',
  async run(ctx): Promise<MarkdownSection> {
    const duration = envSeconds('BENCH_DURATION', 10);
    const rounds = benchRounds();
    const { baseUrl, databaseUrl } = await ctx.apiServer();
    await warmUp(baseUrl, jsonApis);
    const rows: (string | number)[][] = [];
    const problems: string[] = [];
    let ceilings: Ceilings | undefined;
    try {
      ceilings = await startCeilings(baseUrl, jsonApis, { databaseUrl });
      // The ceilings' first requests open their database and load their routes.
      for (const [i, api] of jsonApis.entries()) await warmUp(ceilings.urlFor(i).slice(0, -api.path.length), [api]);
      // Every route of both servers under load before any is measured: otherwise the first row
      // (health) is measured on a server whose shared code the later rows' loads have not warmed yet.
      for (const [i, api] of jsonApis.entries()) {
        const c = await capture(baseUrl, api);
        await measure(`${baseUrl}${api.path}`, api, c, WARM_SECONDS);
        await measure(ceilings.urlFor(i), api, c, WARM_SECONDS);
      }
    } catch (err) {
      problems.push(`api: minimal Next app failed: ${(err as Error).message}`);
      log(`api: minimal Next app failed: ${(err as Error).message}`);
    }
    try {
      for (const [i, api] of jsonApis.entries()) {
        const label = `${api.method} ${api.path}`;
        try {
          const c = await capture(baseUrl, api);
          // Still measured, but an error answer usually means the target list is wrong.
          if (c.status < 200 || c.status > 299) problems.push(`api ${label}: answered status ${c.status}`);
          const baseline = await startBaseline(c);
          try {
            // App and twin in alternating rounds (scripts/bench/alternate.ts), then the bare server once.
            const pairs = await alternateRounds(
              ceilings ? rounds : 1,
              () => {
                log(`api: ${label} — app (${duration} s)`);
                return measure(`${baseUrl}${api.path}`, api, c, duration);
              },
              async () => {
                if (!ceilings) return undefined;
                log(`api: ${label} — minimal Next (${duration} s)`);
                return measure(ceilings.urlFor(i), api, c, duration);
              },
              (m) => m?.reqPerSec ?? Number.NaN,
            );
            const app = medianRound(pairs.a as Measurement[], (m) => m.reqPerSec);
            const minimal = ceilings ? medianRound(pairs.b as Measurement[], (m) => m.reqPerSec) : undefined;
            log(`api: ${label} — baseline (${duration} s)`);
            const base = await measure(`${baseline.url}${api.path}`, api, c, duration);
            const failed = (m?: Measurement) => (m ? String(m.errors + m.otherStatus) : '–');
            const errors = `${failed(app)} / ${failed(minimal)} / ${failed(base)}`;
            const appFailures = (pairs.a as Measurement[]).reduce((n, m) => n + m.errors + m.otherStatus, 0);
            if (appFailures > 0) problems.push(`api ${label}: ${appFailures} failed or unexpected-status responses`);
            rows.push([
              api.name,
              `\`${label}\``,
              api.connections ?? DEFAULT_CONNECTIONS,
              `${c.status}, ${c.body.length} B`,
              minimal ? `**${ratioWithRange(pairs.ratios)}**` : '–',
              minimal ? cpuColumns(pairs.a as Measurement[], pairs.b as Measurement[]) : '–',
              `**${num(app.reqPerSec / base.reqPerSec, 3)}**`,
              num(app.reqPerSec),
              minimal ? `${num(minimal.reqPerSec)}${api.dbQuery ? ' (+ query)' : ''}` : '–',
              num(base.reqPerSec),
              lat(app.latency),
              minimal ? lat(minimal.latency) : '–',
              lat(base.latency),
              errors,
            ]);
          } finally {
            await baseline.stop();
          }
        } catch (err) {
          const message = (err as Error).message;
          log(`api: ${label} failed: ${message}`);
          problems.push(`api ${label}: ${message}`);
          rows.push([api.name, `\`${label}\``, api.connections ?? DEFAULT_CONNECTIONS, `failed: ${brief(message)}`, '', '', '', '', '', '', '', '', '', '']);
        }
      }
    } finally {
      await ceilings?.stop();
    }
    const intro =
      `Every route of the app and of the minimal app first gets ${WARM_SECONDS + Math.min(2, WARM_SECONDS)} s of unrecorded load, so no row is measured colder than another. ` +
      `Then autocannon, ${duration} s per server after a ${Math.min(2, duration)} s warm-up: the app and a minimal Next app in ${rounds} alternating rounds (app, twin, twin, app, …) ` +
      '(`next start`, same Next, the same security headers, redirects and rewrites imported from the modules next.config.ts uses; one route handler per API answering the status, ' +
      `route headers and body the app answered; for \`/api/health\` it first runs the same single query on the same driver, ${databaseUrl ? 'pg on the same Postgres database' : 'PGlite'}), then a bare \`node:http\` server answering the same bytes, once. ` +
      'App ÷ minimal is the median of the rounds\' ratios, with their range: what our own code costs against what any Next route can do (issue 17 asks ≥ 0.9); app ÷ bare is against no framework at all (higher is better). ' +
      'Req/s and latencies are those of each server\'s median round. ' +
      'By server CPU: the CPU time each server process spent per request in a round (utime + stime from /proc, all threads), the twin\'s ÷ the app\'s per round, median and range: ' +
      'what the app costs per answer beside the framework, much less moved than req/s by whatever else runs on this shared host (scripts/bench/server-cpu.ts). ' +
      'Latencies in ms (autocannon records whole milliseconds). Errors = failed or unexpected-status responses (app / minimal / bare).';
    const table = mdTable(
      [
        'API',
        'Request',
        'Conns',
        'Response',
        'App ÷ minimal Next',
        'By server CPU: minimal ÷ app (µs per request, app / minimal)',
        'App ÷ bare',
        'App req/s',
        'Minimal Next req/s',
        'Bare req/s',
        'App p50 / p97.5 / p99',
        'Minimal p50 / p97.5 / p99',
        'Bare p50 / p97.5 / p99',
        'Errors',
      ],
      rows,
    );
    return { title: 'JSON APIs vs minimal Next and bare node:http (autocannon)', body: `${intro}\n\n${table}`, problems };
  },
};
