/**
 * End-to-end tests against the production build (`npm run build` first; this config never
 * builds). The server runs on an embedded database in a fresh temporary directory per run,
 * so the demo staff accounts are seeded anew and no run sees another's audit log or lockouts.
 */
import { CHROMIUM_ARGS } from './scripts/lib/chromium';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const root = path.dirname(fileURLToPath(import.meta.url));
const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${PORT}`;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  throw new Error('No production build found (.next/BUILD_ID is missing). Run `npm run build` first, then `npx playwright test`.');
}
if (!existsSync(chromiumPath)) {
  throw new Error(
    `Chromium was not found at ${chromiumPath}. Install it with \`apt-get update && apt-get install -y chromium fonts-noto-cjk\`, ` +
      'or set CHROMIUM_PATH to a Chromium binary.',
  );
}

// Workers load this file again and inherit the variable, so there is one directory per run,
// removed by the process that made it when the run ends.
if (!process.env.E2E_PGLITE_ROOT) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tax-cloud-e2e-'));
  process.env.E2E_PGLITE_ROOT = dir;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
}
const pgliteDir = path.join(process.env.E2E_PGLITE_ROOT, 'pglite');

// Each server runs from its own copy of the build (next.config.ts reads NEXT_DIST_DIR): Next
// writes regenerated pages back into the build directory, so without copies one server's
// published period would appear on the other, and in the next run. About 60 MB, under a second.
if (!process.env.E2E_BUILD_ROOT) {
  const dir = path.join(root, '.next-e2e', path.basename(process.env.E2E_PGLITE_ROOT));
  for (const name of ['main', 'publishing']) {
    cpSync(path.join(root, '.next'), path.join(dir, name), {
      recursive: true,
      filter: (src) => !/[\\/]\.next[\\/](cache|dev)([\\/]|$)/.test(src),
    });
  }
  process.env.E2E_BUILD_ROOT = dir;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
}
const buildRoot = path.relative(root, process.env.E2E_BUILD_ROOT);

// Publishing changes which period is the latest, which other journeys assert on: those specs
// get a second server with a database of their own.
const PUBLISH_PORT = PORT + 1;
const publishURL = `http://127.0.0.1:${PUBLISH_PORT}`;
const PUBLISHING_SPECS = /publishing\.spec\.ts$/;

// Mail (registration and reset links) goes to a MailDev of this run; specs read its inbox over
// its REST API (e2e/support/inbox.ts). Ports of their own, so a running `npm start` does not clash.
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 1125);
const MAIL_WEB_PORT = Number(process.env.E2E_MAIL_WEB_PORT ?? 1180);
process.env.E2E_MAIL_WEB_URL = `http://127.0.0.1:${MAIL_WEB_PORT}`;

// Online payments go to a sandbox provider of this run (scripts/payment-sandbox.ts), on a port of its own.
const SANDBOX_PORT = Number(process.env.E2E_PAYMENT_SANDBOX_PORT ?? PORT + 2);
const PAYMENT_SECRET = 'e2e-only-payment-secret-0123456789abcdefgh';

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: chromiumPath, args: CHROMIUM_ARGS },
};

// Both servers render as on 2026-11-30 (lib/clock.ts): 115年09-10月 was drawn on 11-25 and its
// numbers are not in the data, so the journeys meet the days after a draw (and the publishing
// journey publishes it). Pages that count days in the browser get the same day from page.clock.
const E2E_NOW = '2026-11-30T04:00:00Z';

function server(port: number, dir: string, distDir: string, extraEnv: Record<string, string> = {}) {
  const origin = `http://127.0.0.1:${port}`;
  return {
    command: `npx next start -p ${port} -H 127.0.0.1`,
    url: `${origin}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      // A fixed test-only secret (44 characters); never used outside this suite.
      AUTH_SECRET: 'e2e-only-secret-0123456789abcdefghijklmnopqr',
      DATABASE_URL: '',
      PGLITE_DIR: dir,
      APP_URL: origin,
      NEXT_DIST_DIR: distDir,
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}/?ignoreTLS=true`,
      PAYMENT_PROVIDER_URL: `http://127.0.0.1:${SANDBOX_PORT}`,
      PAYMENT_WEBHOOK_SECRET: PAYMENT_SECRET,
      ...extraEnv,
    },
  };
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    // Recording a trace costs every test (about 8 % of the suite's time measured here): in CI, where a
    // failing test runs again, only that second run records one; locally every failure keeps its own.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: PUBLISHING_SPECS, use: chromium },
    { name: 'publishing', testMatch: PUBLISHING_SPECS, use: { ...chromium, baseURL: publishURL } },
  ],
  webServer: [
    {
      command: `node_modules/.bin/maildev --smtp ${SMTP_PORT} --web ${MAIL_WEB_PORT} --ip 127.0.0.1 --web-ip 127.0.0.1 --silent`,
      url: `http://127.0.0.1:${MAIL_WEB_PORT}/api/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
    },
    {
      command: 'node --import tsx scripts/payment-sandbox.ts',
      url: `http://127.0.0.1:${SANDBOX_PORT}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
      // The sandbox keeps the servers' day (checkouts expire on it); signatures use the real clock.
      env: { PAYMENT_SANDBOX_PORT: String(SANDBOX_PORT), PAYMENT_WEBHOOK_SECRET: PAYMENT_SECRET, PAYMENT_SANDBOX_QUIET: '1', TAX_CLOUD_NOW: E2E_NOW },
    },
    server(PORT, pgliteDir, path.join(buildRoot, 'main'), { TAX_CLOUD_NOW: E2E_NOW }),
    server(PUBLISH_PORT, path.join(process.env.E2E_PGLITE_ROOT, 'pglite-publishing'), path.join(buildRoot, 'publishing'), { TAX_CLOUD_NOW: E2E_NOW }),
  ],
});
