// First-load client JavaScript per page, read from a production build (no server needed): the
// <script src> chunks of each prerendered page's HTML, with their raw and gzip sizes, and the
// chunks beyond those every page loads (the framework and the layout), which are the page's own.
//   npx tsx scripts/bench/first-load-js.ts            (reads .next, or $NEXT_DIST_DIR)
//   npx tsx scripts/bench/first-load-js.ts --chunks   (also lists each page's own chunks)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from './util.js';

const PAGES: [name: string, file: string][] = [
  ['/', 'zh-Hant-TW.html'],
  ['/lottery/check', 'zh-Hant-TW/lottery/check.html'],
  ['/stats', 'zh-Hant-TW/stats.html'],
  ['/stats/industry', 'zh-Hant-TW/stats/industry.html'],
  ['/stats/county', 'zh-Hant-TW/stats/county.html'],
  ['/calculators/late-fee', 'zh-Hant-TW/calculators/late-fee.html'],
  ['/calculators/license-tax', 'zh-Hant-TW/calculators/license-tax.html'],
  ['/calculators/income-tax', 'zh-Hant-TW/calculators/income-tax.html'],
];

const dist = join(repoRoot, process.env.NEXT_DIST_DIR ?? '.next');
const kb = (n: number) => (n / 1024).toFixed(1);

/** The page's script chunks; the `noModule` polyfills are left out (browsers with modules never load them). */
function scripts(html: string): string[] {
  const tags = [...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"[^>]*>/g)].filter((m) => !/\snoModule/i.test(m[0]));
  return [...new Set(tags.map((m) => m[1]!))];
}

const sizes = new Map<string, { raw: number; gz: number }>();
function size(src: string) {
  let s = sizes.get(src);
  if (!s) {
    const bytes = readFileSync(join(dist, src.replace('/_next/', '')));
    s = { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
    sizes.set(src, s);
  }
  return s;
}

const pages = PAGES.map(([name, file]) => {
  const path = join(dist, 'server', 'app', file);
  if (!existsSync(path)) throw new Error(`${path} is missing: build first (npx next build)`);
  const html = readFileSync(path, 'utf8');
  const flight = [...html.matchAll(/self\.__next_f\.push\(\[1,"((?:[^"\\]|\\.)*)"\]\)/g)].reduce((n, m) => n + m[1]!.length, 0);
  return { name, srcs: scripts(html), html: Buffer.byteLength(html), flight };
});
const shared = pages.map((p) => p.srcs).reduce((a, b) => a.filter((s) => b.includes(s)));
const sum = (srcs: string[], k: 'raw' | 'gz') => srcs.reduce((n, s) => n + size(s)[k], 0);

console.log(`Shared by every page: ${shared.length} chunks, ${kb(sum(shared, 'raw'))} KiB raw, ${kb(sum(shared, 'gz'))} KiB gzip\n`);
console.log('| Page | First-load JS raw (KiB) | gzip (KiB) | Page-own chunks | Page-own raw (KiB) | Page-own gzip (KiB) | HTML (KiB) | Inline RSC payload (KiB) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const p of pages) {
  const own = p.srcs.filter((s) => !shared.includes(s));
  console.log(`| \`${p.name}\` | ${kb(sum(p.srcs, 'raw'))} | ${kb(sum(p.srcs, 'gz'))} | ${own.length} | ${kb(sum(own, 'raw'))} | ${kb(sum(own, 'gz'))} | ${kb(p.html)} | ${kb(p.flight)} |`);
}
if (process.argv.includes('--chunks')) {
  for (const p of pages) {
    console.log(`\n${p.name}`);
    for (const s of p.srcs.filter((x) => !shared.includes(x))) console.log(`  ${s} ${size(s).raw} B raw, ${size(s).gz} B gzip`);
  }
}
