/**
 * npm test — every check, in the order that fails fastest: type-check, lint, unit tests,
 * integration tests on the embedded database and on every server named in the environment,
 * production build, fault cases against that build (tests/faults), browser end-to-end tests
 * (Playwright on Debian's Chromium, with axe).
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test   also run integration on that server
 *   NEON_WS_PROXY=127.0.0.1:5488                                and through the Neon driver (websockify)
 *   npm test -- --only=unit,integration                         a subset (names below)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureBrowser } from './lib/browser-setup';

/** `report` names the JSON file the step's test runner writes, so the summary can count tests. */
type Step = { name: string; command: string[]; env?: Record<string, string>; report?: 'vitest' | 'playwright' };

const reportDir = path.join(process.cwd(), '.test-results');
const reportFile = (name: string) => path.join(reportDir, `${name}.json`);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pgUrl = process.env.TEST_DATABASE_URL;
const steps: Step[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', command: ['npx', 'eslint', '--max-warnings=0', '.'] },
  vitest('unit', 'unit'),
  vitest('integration', 'integration', { TEST_DATABASE_URL: '' }),
  ...(pgUrl ? [vitest('integration-pg', 'integration', { TEST_DATABASE_URL: pgUrl, DATABASE_DRIVER: 'pg' })] : []),
  ...(pgUrl && process.env.NEON_WS_PROXY
    ? [vitest('integration-neon', 'integration', { TEST_DATABASE_URL: pgUrl, DATABASE_DRIVER: 'neon' })]
    : []),
  // Prerendered on the day the e2e server renders (TAX_CLOUD_NOW in playwright.config.ts), so the
  // journeys see the same "now" whether a page comes from the build or was regenerated.
  // Built for the origin the e2e server answers at (playwright.config.ts), since static pages
  // carry absolute links (canonical, og:url, the embed code) made at build time.
  { name: 'build', command: ['npx', 'next', 'build'], env: { TAX_CLOUD_NOW: '2026-11-30T04:00:00Z', APP_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}` } },
  // Malformed URLs and methods, bad bodies, cross-site writes and the page cache, against `next start`.
  vitest('faults', 'faults'),
  {
    name: 'e2e',
    command: ['npx', 'playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile('e2e') },
    report: 'playwright',
  },
];

function vitest(name: string, project: string, env: Record<string, string> = {}): Step {
  return {
    name,
    command: ['npx', 'vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile(name)}`],
    env,
    report: 'vitest',
  };
}

type Counts = { passed: number; failed: number; skipped: number };

function countTests(step: Step): Counts | null {
  const file = reportFile(step.name);
  if (!step.report || !existsSync(file)) return null;
  const json = JSON.parse(readFileSync(file, 'utf8'));
  if (step.report === 'vitest') {
    return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
  }
  const s = json.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const selected = only ? steps.filter((s) => only.some((o) => s.name === o || s.name.startsWith(`${o}-`))) : steps;

if (selected.some((s) => s.name === 'e2e') && !ensureBrowser(chromium)) process.exit(1);
if (!pgUrl) console.warn('[test] TEST_DATABASE_URL is not set: integration tests run on PGlite only.');

rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

const results: { name: string; ok: boolean; seconds: number; counts: Counts | null }[] = [];
for (const step of selected) {
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.command[0]!, step.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...step.env },
  });
  const ok = run.status === 0;
  results.push({ name: step.name, ok, seconds: Math.round((Date.now() - started) / 1000), counts: countTests(step) });
  if (!ok) break; // later steps depend on earlier ones (e2e needs the build)
}

console.log('\n=== summary');
for (const r of results) {
  const c = r.counts ? `: ${r.counts.passed} passed, ${r.counts.failed} failed, ${r.counts.skipped} skipped` : '';
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)${c}`);
}
const failedSteps = results.filter((r) => !r.ok).length;
const notRun = selected.length - results.length;
const total = results.reduce(
  (sum, r) => ({
    passed: sum.passed + (r.counts?.passed ?? 0),
    failed: sum.failed + (r.counts?.failed ?? 0),
    skipped: sum.skipped + (r.counts?.skipped ?? 0),
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(`steps: ${results.length - failedSteps} passed, ${failedSteps} failed${notRun ? `, ${notRun} skipped` : ''}`);
// A failed step that is not a test runner (typecheck, lint, build) still counts as a failure.
const failed = total.failed + results.filter((r) => !r.ok && !r.counts?.failed).length;
console.log(`tests: ${total.passed} passed, ${failed} failed, ${total.skipped} skipped`);
process.exit(failedSteps ? 1 : 0);
