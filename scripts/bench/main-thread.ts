// A steadier measure than Lighthouse for a page's own load cost (issues 10 and 16): Chromium's
// main-thread totals per first load (CDP Performance.getMetrics: scripting, all tasks, layout,
// style), unthrottled, each page loaded `rounds` times in a fresh context at 390×844, interleaved
// with its framework ceiling (lighthouse-ceiling.ts: the same document served by a minimal Next
// app). Medians, first round dropped. Lighthouse multiplies such work by its CPU slowdown, so a
// 50 ms cut here is about 200 ms of TBT there; its scores move ±10 points between runs on these
// machines, these medians by a few milliseconds.
// Usage (build first; BENCH_BASE_URL to use a running server; heavy: run under the lock):
//   npx tsx scripts/bench/main-thread.ts [rounds] / /lottery/check
import type { CDPSession } from 'playwright-core';
import { CHROMIUM_ARGS } from '../lib/chromium.js';
import { startCeiling } from './lighthouse-ceiling.js';
import { startServer, warmUp } from './server.js';
import { log, runCleanups } from './util.js';

const chromePath = process.env.CHROME_PATH?.trim() || '/usr/bin/chromium';
const args = process.argv.slice(2);
const rounds = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 11;
const paths = args;
const METRICS = { ScriptDuration: 'scripting', TaskDuration: 'tasks', LayoutDuration: 'layout', RecalcStyleDuration: 'style' } as const;
type Sample = Record<(typeof METRICS)[keyof typeof METRICS], number>;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<void> {
  if (paths.length === 0) throw new Error('name the pages: npx tsx scripts/bench/main-thread.ts / /lottery/check');
  const server = await startServer();
  const ceiling = await startCeiling(server.baseUrl, paths);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromePath, args: [...CHROMIUM_ARGS] });
  try {
    await warmUp(server.baseUrl, paths.map((path) => ({ path })));
    const load = async (url: string): Promise<Sample> => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const cdp: CDPSession = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(url, { waitUntil: 'load' });
      // Islands that hydrate on idle after load count: Lighthouse's window sees them too.
      await page.waitForTimeout(600);
      const { metrics } = await cdp.send('Performance.getMetrics');
      await context.close();
      const byName = new Map(metrics.map((m) => [m.name, m.value]));
      return Object.fromEntries(Object.entries(METRICS).map(([name, key]) => [key, (byName.get(name) ?? NaN) * 1000])) as Sample;
    };
    console.log(`| Page | Served by | ${Object.values(METRICS).join(' (ms) | ')} (ms) |`);
    console.log(`| --- | --- |${' --- |'.repeat(Object.keys(METRICS).length)}`);
    for (const path of paths) {
      const samples: Record<'ours' | 'ceiling', Sample[]> = { ours: [], ceiling: [] };
      for (let round = 0; round < rounds; round++) {
        const ours = await load(`${server.baseUrl}${path}`);
        const twin = await load(ceiling.urlFor(path)!);
        if (round === 0) continue; // a fresh browser's first loads pay its start-up
        samples.ours.push(ours);
        samples.ceiling.push(twin);
      }
      for (const [who, list] of Object.entries(samples)) {
        const cells = Object.values(METRICS).map((key) => median(list.map((s) => s[key])).toFixed(1));
        console.log(`| \`${path}\` | ${who === 'ours' ? 'the portal' : 'framework ceiling'} | ${cells.join(' | ')} |`);
      }
    }
  } finally {
    await browser.close();
    await ceiling.stop();
    await server.stop();
  }
}

main()
  .catch((err: unknown) => {
    log(`main-thread: ${(err as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => runCleanups());
