// Lighthouse (mobile, the default form factor) for each public page, one Chrome for all.
import { access, constants } from 'node:fs/promises';
import type { LaunchedChrome } from 'chrome-launcher';
import { mdTable } from './report.js';
import { warmUp } from './server.js';
import type { MarkdownSection, Suite } from './suite.js';
import { publicPages } from './targets.js';
import { CHROMIUM_ARGS } from '../lib/chromium.js';
import { brief, log, registerCleanup, withTimeout } from './util.js';

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
  description: 'Lighthouse (mobile, simulated throttling) on each public page: category scores, LCP, TBT, CLS, page weight.',
  async preflight() {
    try {
      await access(chromePath, constants.X_OK);
    } catch {
      throw new Error(`Chromium not found at ${chromePath}: install it with \`apt-get install -y chromium\` (or set CHROME_PATH), or skip this suite with BENCH_SKIP=lighthouse.`);
    }
  },
  async run(ctx): Promise<MarkdownSection> {
    const baseUrl = await ctx.baseUrl();
    await warmUp(baseUrl, publicPages);
    // Loaded here, not at the top: Lighthouse is slow to import and only this suite needs it.
    const { default: lighthouse } = await import('lighthouse');
    const rows: (string | number)[][] = [];
    const problems: string[] = [];
    let versions = '';
    let browser = await launchChrome();
    try {
      // One unrecorded run first: the first Lighthouse run in a fresh Chrome pays its start-up
      // (measured: `/` scored 71 first, then 95–99 on the same build).
      if (publicPages[0]) {
        log('lighthouse: warm-up run (not recorded)');
        await withTimeout(
          lighthouse(`${baseUrl}${publicPages[0].path}`, { port: browser.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] }),
          PAGE_TIMEOUT_MS,
          'lighthouse warm-up',
        ).catch(() => undefined);
      }
      for (const page of publicPages) {
        // Lighthouse sometimes fails to record a trace (NO_NAVSTART): one retry on a fresh browser.
        for (let attempt = 1; attempt <= 2; attempt += 1) {
          log(`lighthouse: ${page.path}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
          try {
            const result = await withTimeout(
              lighthouse(`${baseUrl}${page.path}`, {
                port: browser.port,
                output: 'json',
                logLevel: 'error',
                onlyCategories: [...categories],
              }),
              PAGE_TIMEOUT_MS,
              `lighthouse ${page.path}`,
            );
            const lhr = result?.lhr;
            if (!lhr) throw new Error('Lighthouse returned no result');
            if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
            // The user agent is reduced to the major version (Chrome/156.0.0.0), so report only that.
            const major = /Chrome\/(\d+)/.exec(lhr.environment.hostUserAgent)?.[1];
            versions = `Lighthouse ${lhr.lighthouseVersion}, Chromium ${major ?? '(unknown version)'}`;
            const metric = (id: string): number | undefined => lhr.audits[id]?.numericValue;
            const ms = (id: string): string => (metric(id) === undefined ? '–' : String(Math.round(metric(id)!)));
            const cls = metric('cumulative-layout-shift');
            const bytes = metric('total-byte-weight');
            rows.push([
              page.name,
              `\`${page.path}\``,
              ...categories.map((c) => score(lhr.categories[c]?.score)),
              ms('largest-contentful-paint'),
              ms('total-blocking-time'),
              cls === undefined ? '–' : cls.toFixed(3),
              bytes === undefined ? '–' : (bytes / 1024).toFixed(1),
            ]);
            break;
          } catch (err) {
            const message = (err as Error).message;
            log(`lighthouse: ${page.path} failed: ${message}`);
            if (attempt === 2) {
              problems.push(`lighthouse ${page.path}: ${message}`);
              rows.push([page.name, `\`${page.path}\``, `failed: ${brief(message)}`, '', '', '', '', '', '', '']);
            }
            // The failed run may still hold the browser: go on with a fresh one.
            await browser.kill();
            browser = await launchChrome();
          }
        }
      }
    } finally {
      await browser.kill();
    }
    const intro =
      `${versions || 'Lighthouse'}; default mobile form factor with simulated throttling, one run per page (scores move by a few points between runs). ` +
      'LCP and TBT in ms; weight = total transferred bytes in KiB.';
    const table = mdTable(
      ['Page', 'Path', 'Perf', 'A11y', 'Best practices', 'SEO', 'LCP', 'TBT', 'CLS', 'Weight (KiB)'],
      rows,
    );
    return { title: 'Lighthouse (mobile)', body: `${intro}\n\n${table}`, problems };
  },
};
