// Lottery benchmarks: in-process checking of 1,000,000 numbers, and the bulk check API with
// 10,000 numbers per request; each beside a baseline measured in the same run.
import { performance } from 'node:perf_hooks';
import { checkNumbers, MAX_CHECK_NUMBERS } from '../../lib/lottery/check-service.js';
import { pageKey } from '../../lib/lottery/period.js';
import { benchNumbers, benchPeriod } from './lottery-data.js';
import { startScriptBaseline } from './baseline-process.js';
import { startCeilings, type Ceilings } from './minimal-next.js';
import { mdTable } from './report.js';
import type { MarkdownSection, Suite } from './suite.js';
import { fetchWithTimeout, log } from './util.js';

const MILLION = 1_000_000;

/**
 * The least work a check can be: compare the last 8 characters of well-formed input with the
 * winning numbers, no normalising, no validation, no payout. What our full path costs beyond it
 * is the price of accepting what people type and explaining every result.
 */
function baselineCheck(numbers: readonly string[], win: { special: string; grand: string; first: readonly string[] }): number {
  let winners = 0;
  for (const n of numbers) {
    const d = n.slice(-8);
    if (d === win.special || d === win.grand) winners += 1;
    else if (win.first.some((f) => d.slice(-3) === f.slice(-3))) winners += 1;
  }
  return winners;
}

function timeIt(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export const lotteryChecksSuite: Suite = {
  name: 'lottery-checks',
  description: 'in-process checks per second over 1,000,000 invoice numbers (`checkNumbers`: parse, every tier, payout) beside a bare last-8-digits comparison loop, alternated in one process.',
  async run(): Promise<MarkdownSection> {
    const record = benchPeriod();
    const numbers = benchNumbers(MILLION, record);
    const win = { special: record.numbers.special!, grand: record.numbers.grand!, first: record.numbers.first };
    // Warm both paths up so the JIT has settled before anything is recorded.
    checkNumbers(record, numbers.slice(0, 50_000));
    baselineCheck(numbers.slice(0, 50_000), win);
    const ours: number[] = [];
    const base: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      ours.push(timeIt(() => checkNumbers(record, numbers)));
      base.push(timeIt(() => baselineCheck(numbers, win)));
      log(`lottery-checks: round ${round + 1}: ${fmt(ours.at(-1)!)} ms vs baseline ${fmt(base.at(-1)!)} ms`);
    }
    const oursRate = MILLION / (median(ours) / 1000);
    const baseRate = MILLION / (median(base) / 1000);
    const table = mdTable(
      ['What', 'Median of 5 (ms per 1M)', 'Checks per second', 'Ratio to baseline'],
      [
        ['`checkNumbers` (full path)', fmt(median(ours)), fmt(oursRate), `**${fmt(oursRate / baseRate, 3)}**`],
        ['baseline: last-8-digits comparison', fmt(median(base)), fmt(baseRate), '1'],
      ],
    );
    // Issue 17.4: at least half the bare loop's rate.
    const problems = oursRate / baseRate < 0.5 ? [`lottery-checks: checkNumbers at ${fmt(oursRate / baseRate, 3)} of the bare loop (target ≥ 0.5)`] : [];
    return {
      problems,
      title: 'Lottery: in-process checks (1,000,000 numbers)',
      body: `Period ${pageKey(record.period)}; 1,000,000 deterministic numbers (seeded; compact, dashed and lower-case forms; ~2% share a first prize's last 3 digits). Five alternating rounds in one process after a warm-up; median shown.\n\n${table}`,
    };
  },
};

async function latencies(url: string, body: string, requests: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < requests + 3; i += 1) {
    const started = performance.now();
    const res = await fetchWithTimeout(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }, 60_000);
    const json = (await res.json()) as { results?: unknown[] };
    const ms = performance.now() - started;
    if (res.status !== 200 || json.results?.length !== MAX_CHECK_NUMBERS) throw new Error(`${url} answered ${res.status}`);
    if (i >= 3) out.push(ms); // the first three are warm-up
  }
  return out;
}

export const lotteryBulkApiSuite: Suite = {
  name: 'lottery-bulk-api',
  description: 'POST /api/v1/lottery/check with 10,000 numbers, one request at a time: p50/p95 latency of the app beside a minimal Next route answering the same bytes and a bare `node:http` server running the same `checkNumbers`.',
  async run(ctx): Promise<MarkdownSection> {
    const requests = Number(process.env.BENCH_BULK_REQUESTS ?? 40);
    const record = benchPeriod();
    const body = JSON.stringify({ period: pageKey(record.period), numbers: benchNumbers(MAX_CHECK_NUMBERS, record) });
    const baseUrl = await ctx.baseUrl();
    const baseline = await startScriptBaseline('scripts/bench/baselines/lottery-check-server.ts');
    let ceiling: Ceilings | undefined;
    const problems: string[] = [];
    try {
      // The framework ceiling: a minimal Next route that reads the same body and answers the app's bytes.
      ceiling = await startCeilings(baseUrl, [{ method: 'POST', path: '/api/v1/lottery/check', body, headers: { 'content-type': 'application/json' } }]).catch((err: unknown) => {
        problems.push(`lottery-bulk-api: minimal Next app failed: ${(err as Error).message}`);
        return undefined;
      });
      const app: number[] = [];
      const minimal: number[] = [];
      const base: number[] = [];
      // Alternate in blocks so drift on a noisy machine hits all alike.
      for (let block = 0; block < 4; block += 1) {
        app.push(...(await latencies(`${baseUrl}/api/v1/lottery/check`, body, requests / 4)));
        if (ceiling) minimal.push(...(await latencies(ceiling.urlFor(0), body, requests / 4)));
        base.push(...(await latencies(`${baseline.url}/check`, body, requests / 4)));
        log(`lottery-bulk-api: block ${block + 1}/4 done`);
      }
      const row = (name: string, xs: number[]) => [name, fmt(percentile(xs, 50), 1), fmt(percentile(xs, 95), 1), fmt(Math.max(...xs), 1)];
      const table = mdTable(
        ['Server', 'p50 (ms)', 'p95 (ms)', 'max (ms)', 'App p50 ÷ this p50'],
        [
          [...row('app (`next start`)', app), '1×'],
          ...(minimal.length ? [[...row('minimal Next route answering the same bytes (no checking)', minimal), `**${fmt(percentile(app, 50) / percentile(minimal, 50), 2)}×**`]] : []),
          [...row('baseline: node:http + checkNumbers', base), `**${fmt(percentile(app, 50) / percentile(base, 50), 2)}×**`],
        ],
      );
      // Issue 17.4: p95 ≤ 25 ms and ≤ 1.2× the bare server's p50.
      const p95 = percentile(app, 95);
      if (p95 > 25 || p95 > 1.2 * percentile(base, 50)) problems.push(`lottery-bulk-api: app p95 ${fmt(p95, 1)} ms (target ≤ 25 ms and ≤ 1.2× the baseline p50 ${fmt(percentile(base, 50), 1)} ms)`);
      return {
        title: 'Lottery: bulk check API (10,000 numbers per request)',
        body: `${requests} requests to each server, one at a time (so latency is not queueing), in 4 alternating blocks after 3 warm-up requests per block; body ${fmt(body.length / 1024, 0)} KiB. The minimal Next route (scripts/bench/minimal-next.ts) reads the body and answers the app's bytes without checking: it is what the framework costs for this size. Ratios = app p50 ÷ that server's p50 (lower is better).\n\n${table}`,
        problems,
      };
    } finally {
      await baseline.stop();
      await ceiling?.stop();
    }
  },
};
