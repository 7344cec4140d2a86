/**
 * npm test — every check, in the order that fails fastest: type-check, lint, unit tests,
 * integration tests on the embedded database and on every server named in the environment,
 * production build, browser end-to-end tests (Playwright on Debian's Chromium, with axe).
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test   also run integration on that server
 *   NEON_WS_PROXY=127.0.0.1:5488                                and through the Neon driver (websockify)
 *   npm test -- --only=unit,integration                         a subset (names below)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

type Step = { name: string; command: string[]; env?: Record<string, string> };

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pgUrl = process.env.TEST_DATABASE_URL;
const steps: Step[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', command: ['npx', 'eslint', '--max-warnings=0', '.'] },
  { name: 'unit', command: ['npx', 'vitest', 'run', '--project', 'unit'] },
  { name: 'integration', command: ['npx', 'vitest', 'run', '--project', 'integration'], env: { TEST_DATABASE_URL: '' } },
  ...(pgUrl
    ? [{ name: 'integration-pg', command: ['npx', 'vitest', 'run', '--project', 'integration'], env: { TEST_DATABASE_URL: pgUrl, DATABASE_DRIVER: 'pg' } }]
    : []),
  ...(pgUrl && process.env.NEON_WS_PROXY
    ? [{ name: 'integration-neon', command: ['npx', 'vitest', 'run', '--project', 'integration'], env: { TEST_DATABASE_URL: pgUrl, DATABASE_DRIVER: 'neon' } }]
    : []),
  { name: 'build', command: ['npx', 'next', 'build'] },
  { name: 'e2e', command: ['npx', 'playwright', 'test'] },
];

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const selected = only ? steps.filter((s) => only.some((o) => s.name === o || s.name.startsWith(`${o}-`))) : steps;

if (selected.some((s) => s.name === 'e2e') && !existsSync(chromium)) {
  console.error(
    `No Chromium at ${chromium}. The browser tests drive Debian's Chromium (Playwright cannot download one here).\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n' +
      'or point CHROMIUM_PATH at a Chromium/Chrome binary.',
  );
  process.exit(1);
}
if (!pgUrl) console.warn('[test] TEST_DATABASE_URL is not set: integration tests run on PGlite only.');

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of selected) {
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.command[0]!, step.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...step.env },
  });
  const ok = run.status === 0;
  results.push({ name: step.name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  if (!ok) break; // later steps depend on earlier ones (e2e needs the build)
}

console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
const skipped = selected.length - results.length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
