/**
 * Main-thread work of a page load on two running servers, interleaved (A B, then B A, …): for a
 * change too small for Lighthouse's spread on a shared host. Chromium through playwright-core,
 * DevTools CPU throttling (×4 unless AB_CPU_RATE), a fresh context per load (nothing cached);
 * after hydration (`[data-hydrated]`, or the load event for pages without an island) and 1.5 s of
 * quiet, CDP's Performance.getMetrics (ScriptDuration, TaskDuration, LayoutDuration,
 * RecalcStyleDuration: seconds of main thread since the page opened) and the long tasks' blocking
 * time (sum of each long task beyond 50 ms, from a PerformanceObserver set before the page runs).
 *
 *   npx tsx scripts/bench/ab-cpu.ts http://127.0.0.1:3201 http://127.0.0.1:3202 6 /stats /stats/county
 *
 * Prints one line per load and a Markdown table of medians per page and server.
 */
import { chromium, type CDPSession } from 'playwright-core';
import { CHROMIUM_ARGS } from '../lib/chromium.js';

const [a = '', b = '', roundsArg = '6', ...paths] = process.argv.slice(2);
if (!a || !b || paths.length === 0) throw new Error('usage: ab-cpu.ts <A origin> <B origin> <rounds> <path>…');
const rounds = Number(roundsArg);
const rate = Number(process.env.AB_CPU_RATE ?? 4);

type Load = { script: number; task: number; layout: number; style: number; blocking: number };
const loads = new Map<string, Load[]>();
const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH?.trim() || '/usr/bin/chromium', args: CHROMIUM_ARGS });

async function measure(url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { blocking: number };
    w.blocking = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.blocking += Math.max(0, e.duration - 50);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url, { waitUntil: 'load' });
  await page
    .locator('[data-hydrated]')
    .first()
    .waitFor({ timeout: 30_000 })
    .catch(() => undefined);
  await page.waitForTimeout(1_500);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const m = (name: string) => Math.round((metrics.find((x) => x.name === name)?.value ?? NaN) * 1000);
  const blocking = Math.round(await page.evaluate(() => (window as unknown as { blocking: number }).blocking));
  await context.close();
  return { script: m('ScriptDuration'), task: m('TaskDuration'), layout: m('LayoutDuration'), style: m('RecalcStyleDuration'), blocking };
}

try {
  // One unrecorded load per page and server: the first load of a fresh browser pays its start-up.
  for (const p of paths) for (const base of [a, b]) await measure(base + p);
  for (let r = 0; r < rounds; r++) {
    for (const p of paths) {
      for (const [name, base] of r % 2 ? [['B', b], ['A', a]] : [['A', a], ['B', b]]) {
        const load = await measure(base + p);
        const key = `${p}\t${name}`;
        loads.set(key, [...(loads.get(key) ?? []), load]);
        console.log(`${p}\t${name}\tround ${r + 1}\tscript ${load.script}\ttask ${load.task}\tlayout ${load.layout}\tstyle ${load.style}\tblocking ${load.blocking}`);
      }
    }
  }
} finally {
  await browser.close();
}

console.log(`\nCPU ×${rate}; ms of main thread per load, median of ${rounds} loads (each load's figures in the lines above).\n`);
console.log('| Page | Build | Script | Task (all main-thread work) | Layout | Style | Long tasks beyond 50 ms |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const p of paths) {
  for (const name of ['A', 'B']) {
    const ls = loads.get(`${p}\t${name}`) ?? [];
    if (ls.length === 0) continue;
    const med = (k: keyof Load) => Math.round(median(ls.map((l) => l[k])));
    console.log(`| \`${p}\` | ${name} | ${med('script')} | ${med('task')} | ${med('layout')} | ${med('style')} | ${med('blocking')} |`);
  }
}
