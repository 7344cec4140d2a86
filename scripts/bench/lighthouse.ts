// Lighthouse (mobile, the default form factor) for each public page, one Chrome for all.
import { access, constants } from 'node:fs/promises';
import type { LaunchedChrome } from 'chrome-launcher';
import { mdTable } from './report.js';
import { warmUp } from './server.js';
import type { MarkdownSection, Suite } from './suite.js';
import { selectedPages } from './targets.js';
import { CHROMIUM_ARGS } from '../lib/chromium.js';
import { brief, log, registerCleanup, withTimeout } from './util.js';
import { cpuMultiplierFor, DEFAULT_CPU_MULTIPLIER } from './lighthouse-calibration.js';
import { CEILING_PATHS, startCeiling, type Ceiling } from './lighthouse-ceiling.js';

type LighthouseResult = import('lighthouse').RunnerResult['lhr'];
type Throttling = { cpuSlowdownMultiplier: number } & Record<string, number>;

const chromePath = process.env.CHROME_PATH?.trim() || '/usr/bin/chromium';
const chromeFlags = ['--headless=new', ...CHROMIUM_ARGS];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// A page takes ~13 s here; a hung one must not stall the whole run.
const PAGE_TIMEOUT_MS = 120_000;

interface Browser {
  port: number;
  kill(): Promise<void>;
}

async function launchChrome(): Promise<Browser> {
  const { launch } = await import('chrome-launcher');
  // handleSIGINT off: index.ts owns Ctrl-C and must stop the app server too.
  const chrome: LaunchedChrome = await launch({ chromePath, chromeFlags, handleSIGINT: false, logLevel: 'error' });
  const unregister = registerCleanup(() => chrome.kill());
  return {
    port: chrome.port,
    kill: async () => {
      unregister();
      chrome.kill();
    },
  };
}

const score = (s: number | null | undefined): string => (typeof s === 'number' ? String(Math.round(s * 100)) : '–');

export const lighthouseSuite: Suite = {
  name: 'lighthouse',
  description: 'Lighthouse (mobile, simulated throttling) on each public page: category scores, LCP, TBT, CLS, page weight; the pages with a Lighthouse target (`/`, `/lottery/check`, the statistics and the calculators) beside their framework ceiling (a minimal Next app serving the same document).',
  async preflight() {
    try {
      await access(chromePath, constants.X_OK);
    } catch {
      throw new Error(`Chromium not found at ${chromePath}: install it with \`apt-get install -y chromium\` (or set CHROME_PATH), or skip this suite with BENCH_SKIP=lighthouse.`);
    }
  },
  async run(ctx): Promise<MarkdownSection> {
    const baseUrl = await ctx.baseUrl();
    const publicPages = selectedPages();
    await warmUp(baseUrl, publicPages);
    // Loaded here, not at the top: Lighthouse is slow to import and only this suite needs it.
    const { default: lighthouse } = await import('lighthouse');
    // Lighthouse's own default mobile settings, with only the CPU slowdown changed for the calibrated run.
    const constants = (await import('lighthouse/core/config/constants.js' as string)) as { throttling: { mobileSlow4G: Throttling } };
    const MOBILE_THROTTLING = constants.throttling.mobileSlow4G;
    if (MOBILE_THROTTLING.cpuSlowdownMultiplier !== DEFAULT_CPU_MULTIPLIER) throw new Error('Lighthouse changed its default CPU slowdown: update lighthouse-calibration.ts');
    const rows: (string | number)[][] = [];
    const problems: string[] = [];
    let versions = '';
    let browser = await launchChrome();
    // Runs one page; on a failed trace (Lighthouse sometimes records no NAVSTART) once more on a fresh browser.
    // `path` is on the app, or a full URL (the framework ceiling's pages).
    const audit = async (path: string, cpuSlowdownMultiplier?: number): Promise<{ lhr: LighthouseResult } | { error: string }> => {
      const url = path.startsWith('http') ? path : `${baseUrl}${path}`;
      for (let attempt = 1; ; attempt += 1) {
        log(`lighthouse: ${path}${cpuSlowdownMultiplier ? ` (CPU ×${cpuSlowdownMultiplier.toFixed(1)})` : ''}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
        try {
          const result = await withTimeout(
            lighthouse(url, {
              port: browser.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: [...categories],
              ...(cpuSlowdownMultiplier ? { throttling: { ...MOBILE_THROTTLING, cpuSlowdownMultiplier } } : {}),
            }),
            PAGE_TIMEOUT_MS,
            `lighthouse ${path}`,
          );
          const lhr = result?.lhr;
          if (!lhr) throw new Error('Lighthouse returned no result');
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          return { lhr };
        } catch (err) {
          const message = (err as Error).message;
          log(`lighthouse: ${path} failed: ${message}`);
          // The failed run may still hold the browser: go on with a fresh one.
          await browser.kill();
          browser = await launchChrome();
          if (attempt === 2) return { error: message };
        }
      }
    };
    const rowOf = (name: string, path: string, outcome: { lhr: LighthouseResult } | { error: string }): (string | number)[] => {
      if ('error' in outcome) {
        problems.push(`lighthouse ${path}: ${outcome.error}`);
        return [name, `\`${path}\``, `failed: ${brief(outcome.error)}`, '', '', '', '', '', '', '', ''];
      }
      const { lhr } = outcome;
      // The user agent is reduced to the major version (Chrome/156.0.0.0), so report only that.
      const major = /Chrome\/(\d+)/.exec(lhr.environment.hostUserAgent)?.[1];
      versions = `Lighthouse ${lhr.lighthouseVersion}, Chromium ${major ?? '(unknown version)'}`;
      const metric = (id: string): number | undefined => lhr.audits[id]?.numericValue;
      const ms = (id: string): string => (metric(id) === undefined ? '–' : String(Math.round(metric(id)!)));
      const cls = metric('cumulative-layout-shift');
      const bytes = metric('total-byte-weight');
      return [
        name,
        `\`${path}\``,
        ...categories.map((c) => score(lhr.categories[c]?.score)),
        ms('largest-contentful-paint'),
        ms('total-blocking-time'),
        cls === undefined ? '–' : cls.toFixed(3),
        bytes === undefined ? '–' : (bytes / 1024).toFixed(1),
        Math.round(lhr.environment.benchmarkIndex),
      ];
    };
    const calibratedRows: (string | number)[][] = [];
    let multiplier: number | null = null;
    let ceiling: Ceiling | null = null;
    try {
      const ceilingPaths = CEILING_PATHS.filter((p) => publicPages.some((page) => page.path === p));
      ceiling =
        ceilingPaths.length === 0
          ? null
          : await startCeiling(baseUrl, ceilingPaths).catch((err: unknown) => {
              problems.push(`lighthouse: framework ceiling not measured: ${brief((err as Error).message)}`);
              return null;
            });
      // One unrecorded run first: the first Lighthouse run in a fresh Chrome pays its start-up
      // (measured: `/` scored 71 first, then 95–99 on the same build). Its BenchmarkIndex sets the calibration.
      if (publicPages[0]) {
        log('lighthouse: warm-up run (not recorded)');
        const warm = await audit(publicPages[0].path);
        if ('lhr' in warm) multiplier = cpuMultiplierFor(warm.lhr.environment.benchmarkIndex);
      }
      for (const page of publicPages) {
        rows.push(rowOf(page.name, page.path, await audit(page.path)));
        if (multiplier) calibratedRows.push(rowOf(page.name, page.path, await audit(page.path, multiplier)));
        // Right after the page, so both meet the same load on the machine.
        const ceilingUrl = ceiling?.urlFor(page.path);
        if (ceilingUrl) {
          const name = `${page.name}: framework ceiling`;
          rows.push(rowOf(name, page.path, await audit(ceilingUrl)));
          if (multiplier) calibratedRows.push(rowOf(name, page.path, await audit(ceilingUrl, multiplier)));
        }
      }
    } finally {
      await browser.kill();
      await ceiling?.stop();
    }
    const intro =
      `${versions || 'Lighthouse'}; default mobile form factor with simulated throttling, one run per page (scores move by a few points between runs). ` +
      'LCP and TBT in ms; weight = total transferred bytes in KiB; BI = the BenchmarkIndex Lighthouse measured of this host in that run. ' +
      "A *framework ceiling* row is a minimal Next.js app serving the same document (the page's HTML and CSS as one block, none of our components; " +
      'scripts/bench/lighthouse-ceiling.ts), measured right after the page: the best any Next page of that size scores on this host in that moment.';
    const header = ['Page', 'Path', 'Perf', 'A11y', 'Best practices', 'SEO', 'LCP', 'TBT', 'CLS', 'Weight (KiB)', 'BI'];
    const calibrated = multiplier
      ? `\n\n**Calibrated to this host** (CPU slowdown ×${multiplier.toFixed(1)} instead of ×${DEFAULT_CPU_MULTIPLIER}, from the warm-up's BenchmarkIndex by ` +
        "Lighthouse's calibration table, scripts/bench/lighthouse-calibration.ts): what the reference phone would score. " +
        `Same pages, run right after the default ones.\n\n${mdTable(header, calibratedRows)}`
      : '\n\nThis host is too slow for Lighthouse to emulate its reference phone (BenchmarkIndex below 150): no calibrated run.';
    const table = mdTable(header, rows);
    return { title: 'Lighthouse (mobile)', body: `**Default** (CPU slowdown ×${DEFAULT_CPU_MULTIPLIER}).\n\n${intro}\n\n${table}${calibrated}`, problems };
  },
};
