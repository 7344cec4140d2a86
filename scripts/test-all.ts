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
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureBrowser } from './lib/browser-setup';

/**
 * `report` names the JSON file the step's test runner writes, so the summary can count tests.
 * `alongside`: the step runs at the same time as the step before it (both single-threaded, so on
 * a 2-core machine the pair takes as long as the longer one); its output is printed when it ends.
 */
type Step = { name: string; command: string[]; env?: Record<string, string>; report?: 'vitest' | 'playwright'; alongside?: boolean };

const reportDir = path.join(process.cwd(), '.test-results');
const reportFile = (name: string) => path.join(reportDir, `${name}.json`);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pgUrl = process.env.TEST_DATABASE_URL;
const steps: Step[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  // tsc and ESLint each keep one core busy; side by side they save about half a minute.
  { name: 'lint', command: ['npx', 'eslint', '--max-warnings=0', '.'], alongside: true },
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

type Result = { name: string; ok: boolean; seconds: number; busy: number | null; counts: Counts | null };
const results: Result[] = [];

/** Machine-wide CPU time so far (Linux), to tell a CPU-bound step from one that waits. */
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3]! + fields[4]!;
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

function run(step: Step, buffered: boolean): Promise<Result> {
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}${buffered ? ' (alongside; output when it ends)' : ''}`);
  const started = Date.now();
  const cpu0 = cpuTimes();
  const child = spawn(step.command[0]!, step.command.slice(1), {
    stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...step.env },
  });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (status) => {
      if (buffered) console.log(`\n=== ${step.name} (output)\n${Buffer.concat(output).toString('utf8')}`);
      const cpu1 = cpuTimes();
      const busy = cpu0 && cpu1 && cpu1.total > cpu0.total ? (cpu1.busy - cpu0.busy) / (cpu1.total - cpu0.total) : null;
      resolve({ name: step.name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000), busy, counts: countTests(step) });
    });
  });
}

for (let i = 0; i < selected.length; ) {
  // A step and the ones marked to run alongside it start together.
  let j = i + 1;
  while (j < selected.length && selected[j]!.alongside) j++;
  const batch = selected.slice(i, j);
  const done = await Promise.all(batch.map((step, k) => run(step, k > 0)));
  results.push(...done);
  if (done.some((r) => !r.ok)) break; // later steps depend on earlier ones (e2e needs the build)
  i = j;
}

console.log('\n=== summary');
for (const r of results) {
  const c = r.counts ? `: ${r.counts.passed} passed, ${r.counts.failed} failed, ${r.counts.skipped} skipped` : '';
  const busy = r.busy === null ? '' : `, CPU ${Math.round(r.busy * 100)} % busy`;
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s${busy})${c}`);
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
