// Calculator benchmark: POST /api/v1/calculators/late-fee (Node runtime under `next start`) under
// autocannon, beside a bare node:http server running the same calculateLateFee on the same body,
// measured back to back in the same run and reported as a ratio.
import { calculateLateFee } from '../../lib/tax/index.js';
import { startScriptBaseline } from './baseline-process.js';
import { alternateRounds, benchRounds, median, medianRound, ratioWithRange } from './alternate.js';
import { cpuPerRequest, cpuRatios } from './server-cpu.js';
import { startCeilings } from './minimal-next.js';
import { mdTable } from './report.js';
import { warmUp } from './server.js';
import type { MarkdownSection, Suite } from './suite.js';
import { envSeconds, fetchWithTimeout, log, withTimeout } from './util.js';

import { autocannon, type AutocannonResult, type Histogram } from './autocannon.js';

const PATH = '/api/v1/calculators/late-fee';
/** The example: 100,000 due 2025-05-31, paid 2025-07-31. */
const BODY = { amount: 100000, deadline: '2025-05-31', paidOn: '2025-07-31' };
const CONNECTIONS = 10;

/** Both servers must give the library's answer, or the comparison means nothing. */
async function checkAnswer(url: string): Promise<string | null> {
  const res = await fetchWithTimeout(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BODY) });
  const body = (await res.json()) as unknown;
  const expected = JSON.parse(JSON.stringify(calculateLateFee(BODY))) as unknown;
  if (res.status !== 200) return `${url} answered ${res.status}`;
  return JSON.stringify(body) === JSON.stringify(expected) ? null : `${url} answered something other than calculateLateFee`;
}

type Measured = AutocannonResult & { cpuUs: number | null };

async function measure(url: string, duration: number): Promise<Measured> {
  const run = (seconds: number) =>
    withTimeout(
      Promise.resolve(
        autocannon({
          url,
          method: 'POST',
          connections: CONNECTIONS,
          duration: seconds,
          timeout: 10,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(BODY),
        }),
      ),
      (seconds + 2) * 1000 + 30_000,
      `autocannon ${url}`,
    );
  // The warm-up is a run of its own, so the server's CPU is read around the recorded run only.
  await run(Math.min(2, duration));
  const { result, cpuUs } = await cpuPerRequest(url, () => run(duration), (r) => r.requests.total);
  return { ...result, cpuUs };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const cpuMedian = (ms: readonly Measured[]) => {
  const us = ms.flatMap((m) => (m.cpuUs ? [m.cpuUs] : []));
  return us.length ? fmt(median(us)) : 'not read';
};
function cpuRatio(app: readonly Measured[], twin: readonly Measured[]): string {
  const ratios = cpuRatios(app, twin);
  return ratios.length ? `**${ratioWithRange(ratios)}**` : 'not read';
}
const lat = (h: Histogram) => `${fmt(h.p50, 1)} / ${fmt(h.p97_5, 1)} / ${fmt(h.p99, 1)}`;

export const lateFeeApiSuite: Suite = {
  name: 'late-fee-api',
  description: `POST ${PATH} under autocannon beside a minimal Next route answering the same bytes and a bare \`node:http\` server running the same \`calculateLateFee\`, in the same run; reported as app ÷ minimal and app ÷ bare req/s.`,
  async run(ctx): Promise<MarkdownSection> {
    const duration = envSeconds('BENCH_DURATION', 10);
    const rounds = benchRounds();
    const { baseUrl } = await ctx.apiServer();
    await warmUp(baseUrl, [{ method: 'POST', path: PATH, body: BODY }], 5);
    const baseline = await startScriptBaseline('scripts/bench/baselines/late-fee-server.ts');
    const problems: string[] = [];
    // The framework ceiling: a minimal Next route answering the app's bytes (scripts/bench/minimal-next.ts).
    const ceiling = await startCeilings(baseUrl, [{ method: 'POST', path: PATH, body: BODY }]).catch((err: unknown) => {
      problems.push(`late-fee-api: minimal Next app failed: ${(err as Error).message}`);
      return undefined;
    });
    try {
      for (const url of [`${baseUrl}${PATH}`, `${baseline.url}${PATH}`]) {
        const problem = await checkAnswer(url);
        if (problem) problems.push(`late-fee-api: ${problem}`);
      }
      if (ceiling) await warmUp(ceiling.urlFor(0).slice(0, -PATH.length), [{ method: 'POST', path: PATH, body: BODY }], 5);
      // App and twin in alternating rounds (scripts/bench/alternate.ts), then the bare server once.
      const pairs = await alternateRounds(
        ceiling ? rounds : 1,
        () => {
          log(`late-fee-api: app (${duration} s)`);
          return measure(`${baseUrl}${PATH}`, duration);
        },
        async () => {
          if (!ceiling) return undefined;
          log(`late-fee-api: minimal Next (${duration} s)`);
          return measure(ceiling.urlFor(0), duration);
        },
        (r) => r?.requests.average ?? Number.NaN,
      );
      const app = medianRound(pairs.a as Measured[], (r) => r.requests.average);
      const minimal = ceiling ? medianRound(pairs.b as Measured[], (r) => r.requests.average) : undefined;
      log(`late-fee-api: baseline (${duration} s)`);
      const base = await measure(`${baseline.url}${PATH}`, duration);
      const failed = (r: AutocannonResult) => r.errors + r.timeouts + r.non2xx;
      const appFailures = (pairs.a as Measured[]).reduce((n, r) => n + failed(r), 0);
      if (appFailures > 0) problems.push(`late-fee-api: ${appFailures} failed or non-2xx responses from the app`);
      const table = mdTable(
        ['Server', 'req/s', 'p50 / p97.5 / p99 (ms)', 'Failed', 'App ÷ this', 'Server CPU µs per request (median round)', 'By server CPU: this ÷ app'],
        [
          ['app (`next start`, Node runtime)', fmt(app.requests.average), lat(app.latency), failed(app), '1', cpuMedian(pairs.a as Measured[]), '1'],
          ...(minimal
            ? [['minimal Next route (Node), same config and bytes', fmt(minimal.requests.average), lat(minimal.latency), failed(minimal), `**${ratioWithRange(pairs.ratios)}**`, cpuMedian(pairs.b as Measured[]), cpuRatio(pairs.a as Measured[], pairs.b as Measured[])]]
            : []),
          ['baseline: node:http + calculateLateFee', fmt(base.requests.average), lat(base.latency), failed(base), `**${fmt(app.requests.average / base.requests.average, 3)}**`, base.cpuUs === null ? '–' : fmt(base.cpuUs), '–'],
        ],
      );
      return {
        title: 'Calculators: late-fee API vs bare node:http baseline (autocannon)',
        body:
          `\`POST ${PATH}\` with \`${JSON.stringify(BODY)}\` (both servers checked to answer exactly \`calculateLateFee\` first). ` +
          `autocannon, ${CONNECTIONS} connections, ${duration} s per server after a ${Math.min(2, duration)} s warm-up; the app and a minimal Next route answering the app's bytes behind the same config (scripts/bench/minimal-next.ts) in ${rounds} alternating rounds (app, twin, twin, app, …), then the baseline once. ` +
          `App ÷ minimal is the median of the rounds' ratios (their range in brackets); app ÷ baseline = app req/s ÷ its req/s (higher is better). Req/s and latencies are each server's median round. By server CPU: the CPU time the server process spent per request (scripts/bench/server-cpu.ts), twin ÷ app per round, median and range: steadier than req/s on this shared host.\n\n${table}`,
        problems,
      };
    } finally {
      await baseline.stop();
      await ceiling?.stop();
    }
  },
};
