/**
 * Lighthouse A/B of two running servers on the same paths, interleaved: round r runs every path on
 * A then B (odd rounds B then A), one Chrome for all, Lighthouse's default mobile settings (the same
 * as `npm run bench`'s default column). Single runs move by ±3 points on a shared host; the medians
 * of a few alternating rounds compare two builds in the same moments.
 *
 *   npx tsx scripts/bench/ab-lighthouse.ts http://127.0.0.1:3201 http://127.0.0.1:3202 3 /stats /stats/county
 *
 * Prints one line per run and a median table (performance, the other three categories, TBT, LCP,
 * the transferred bytes) as Markdown.
 *
 * AB_CEILING=1 adds a third column, C: the framework ceiling of B's pages (lighthouse-ceiling.ts: a
 * minimal Next app serving B's document; B must be this checkout's `.next`, whose stylesheets it
 * copies), in the same rotation (A B C, then C B A, …). AB_CALIBRATED=1 runs every page with the
 * CPU slowdown calibrated to this host (lighthouse-calibration.ts) from an unrecorded warm-up run's
 * BenchmarkIndex, as `npm run bench`'s calibrated column.
 */
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../lib/chromium.js';
import { cpuMultiplierFor } from './lighthouse-calibration.js';
import { startCeiling, type Ceiling } from './lighthouse-ceiling.js';

const [a = '', b = '', roundsArg = '3', ...paths] = process.argv.slice(2);
if (!a || !b || paths.length === 0) throw new Error('usage: ab-lighthouse.ts <A origin> <B origin> <rounds> <path>…');
const rounds = Number(roundsArg);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

type Run = { perf: number; other: string; tbt: number; lcp: number; kib: number; bi: number };
const runs = new Map<string, Run[]>();
const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const { default: lighthouse } = await import('lighthouse');
type Throttling = { cpuSlowdownMultiplier: number } & Record<string, number>;
const { throttling } = (await import('lighthouse/core/config/constants.js' as string)) as { throttling: { mobileSlow4G: Throttling } };
let multiplier: number | null = null;
const chrome = await launch({ chromePath: process.env.CHROME_PATH?.trim() || '/usr/bin/chromium', chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'error' });
let ceiling: Ceiling | null = null;
try {
  // Warm both servers (first requests compile nothing in production, but fill caches).
  for (const base of [a, b]) for (const p of paths) await (await fetch(base + p)).arrayBuffer();
  if (process.env.AB_CEILING === '1') ceiling = await startCeiling(b, paths);
  const urlOf = (name: string, p: string) => (name === 'A' ? a + p : name === 'B' ? b + p : ceiling!.urlFor(p)!);
  const settings = () => (multiplier ? { throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: multiplier } } : {});
  // A fresh Chrome's first run pays its start-up: not recorded; its BenchmarkIndex sets the calibration.
  const warm = await lighthouse(b + paths[0], { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (process.env.AB_CALIBRATED === '1') {
    multiplier = cpuMultiplierFor(warm?.lhr.environment.benchmarkIndex ?? NaN);
    console.log(`calibrated: warm-up BenchmarkIndex ${Math.round(warm?.lhr.environment.benchmarkIndex ?? NaN)}, CPU slowdown ×${multiplier?.toFixed(1) ?? '4 (host too slow to calibrate)'}`);
  }
  const names = ceiling ? ['A', 'B', 'C'] : ['A', 'B'];
  for (let r = 0; r < rounds; r++) {
    for (const p of paths) {
      for (const name of r % 2 ? [...names].reverse() : names) {
        const result = await lighthouse(urlOf(name, p), { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories], ...settings() });
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) {
          console.log(`${p}\t${name}\tround ${r + 1}\tfailed: ${lhr?.runtimeError?.message ?? 'no result'}`);
          continue;
        }
        const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
        const run: Run = {
          perf: score('performance'),
          other: categories.slice(1).map(score).join('/'),
          tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
          lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
          kib: Math.round((lhr.audits['total-byte-weight']?.numericValue ?? NaN) / 102.4) / 10,
          bi: Math.round(lhr.environment.benchmarkIndex),
        };
        const key = `${p}\t${name}`;
        runs.set(key, [...(runs.get(key) ?? []), run]);
        console.log(`${p}\t${name}\tround ${r + 1}\tperf ${run.perf}\ta11y/bp/seo ${run.other}\tTBT ${run.tbt}\tLCP ${run.lcp}\t${run.kib} KiB\tBI ${run.bi}`);
      }
    }
  }
} finally {
  chrome.kill();
  await ceiling?.stop();
}

console.log(`\nCPU slowdown ×${multiplier?.toFixed(1) ?? '4 (Lighthouse default)'}${ceiling ? '; C = the framework ceiling of B' : ''}.`);
console.log('\n| Page | Build | Runs | Perf (each) | Perf median | A11y/BP/SEO | TBT median (ms) | LCP median (ms) | Weight (KiB) | BI range |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const p of paths) {
  for (const name of ['A', 'B', 'C']) {
    const rs = runs.get(`${p}\t${name}`) ?? [];
    if (rs.length === 0) continue;
    const others = [...new Set(rs.map((r) => r.other))].join(', ');
    const bis = rs.map((r) => r.bi);
    console.log(
      `| \`${p}\` | ${name} | ${rs.length} | ${rs.map((r) => r.perf).join(', ')} | **${median(rs.map((r) => r.perf))}** | ${others} | ${median(rs.map((r) => r.tbt))} | ${median(rs.map((r) => r.lcp))} | ${median(rs.map((r) => r.kib))} | ${Math.min(...bis)}–${Math.max(...bis)} |`,
    );
  }
}
