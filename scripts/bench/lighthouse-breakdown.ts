// Where a page's main-thread time goes under Lighthouse (mobile defaults): the long tasks with
// what started them, CPU per script (bootup-time) and per kind of work. For finding what a page
// runs on load that its framework ceiling does not (docs/benchmarks.md, issues 10 and 16).
// Usage: npx tsx scripts/bench/lighthouse-breakdown.ts /stats /stats/county  (build first;
// BENCH_BASE_URL to use a running server). Prints to stdout; heavy: run under the lock.
import { CHROMIUM_ARGS } from '../lib/chromium.js';
import { startServer, warmUp } from './server.js';
import { log, runCleanups } from './util.js';

type Item = Record<string, unknown>;
type Audit = { numericValue?: number; details?: { items?: Item[] } };

const chromePath = process.env.CHROME_PATH?.trim() || '/usr/bin/chromium';
const paths = process.argv.slice(2);
const short = (url: unknown) => String(url).replace(/^https?:\/\/[^/]+/, '').slice(0, 90);
const ms = (v: unknown) => (typeof v === 'number' ? Math.round(v) : v);

async function main(): Promise<void> {
  if (paths.length === 0) throw new Error('name the pages: npx tsx scripts/bench/lighthouse-breakdown.ts /stats');
  const server = await startServer();
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'error' });
  try {
    await warmUp(server.baseUrl, paths.map((path) => ({ path })));
    const { default: lighthouse } = await import('lighthouse');
    const run = (path: string) => lighthouse(`${server.baseUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    await run(paths[0]!); // a fresh Chrome's first run pays its start-up
    for (const path of paths) {
      const lhr = (await run(path))!.lhr;
      const audit = (id: string) => lhr.audits[id] as Audit | undefined;
      console.log(`\n## ${path}: perf ${Math.round((lhr.categories.performance?.score ?? 0) * 100)}, TBT ${ms(audit('total-blocking-time')?.numericValue)} ms, BI ${Math.round(lhr.environment.benchmarkIndex)}`);
      console.log('long tasks (ms, simulated): start, duration, url');
      for (const t of audit('long-tasks')?.details?.items ?? []) console.log(`  ${ms(t.startTime)}\t${ms(t.duration)}\t${short(t.url)}`);
      console.log('bootup-time (ms): total, scripting, parse+compile, url');
      for (const s of audit('bootup-time')?.details?.items ?? []) console.log(`  ${ms(s.total)}\t${ms(s.scripting)}\t${ms(s.scriptParseCompile)}\t${short(s.url)}`);
      console.log('main-thread work (ms):');
      for (const g of audit('mainthread-work-breakdown')?.details?.items ?? []) console.log(`  ${ms(g.duration)}\t${String(g.groupLabel ?? g.group)}`);
      console.log('scripts transferred (bytes): size, url');
      for (const r of audit('network-requests')?.details?.items ?? []) {
        if (r.resourceType === 'Script') console.log(`  ${r.transferSize}\t${short(r.url)}`);
      }
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
}

main()
  .catch((err: unknown) => {
    log(`lighthouse-breakdown: ${(err as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => runCleanups());
