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
 */
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../lib/chromium.js';

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
const chrome = await launch({ chromePath: process.env.CHROME_PATH?.trim() || '/usr/bin/chromium', chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'error' });
try {
  // Warm both servers (first requests compile nothing in production, but fill caches).
  for (const base of [a, b]) for (const p of paths) await (await fetch(base + p)).arrayBuffer();
  for (let r = 0; r < rounds; r++) {
    for (const p of paths) {
      for (const [name, base] of r % 2 ? [['B', b], ['A', a]] : [['A', a], ['B', b]]) {
        const result = await lighthouse(base + p, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
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
}

console.log('\n| Page | Build | Runs | Perf (each) | Perf median | A11y/BP/SEO | TBT median (ms) | LCP median (ms) | Weight (KiB) | BI range |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const p of paths) {
  for (const name of ['A', 'B']) {
    const rs = runs.get(`${p}\t${name}`) ?? [];
    if (rs.length === 0) continue;
    const others = [...new Set(rs.map((r) => r.other))].join(', ');
    const bis = rs.map((r) => r.bi);
    console.log(
      `| \`${p}\` | ${name} | ${rs.length} | ${rs.map((r) => r.perf).join(', ')} | **${median(rs.map((r) => r.perf))}** | ${others} | ${median(rs.map((r) => r.tbt))} | ${median(rs.map((r) => r.lcp))} | ${median(rs.map((r) => r.kib))} | ${Math.min(...bis)}–${Math.max(...bis)} |`,
    );
  }
}
