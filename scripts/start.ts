/**
 * npm start — the portal on a fresh clone with nothing set up: prepares the embedded database
 * with demo data (unless DATABASE_URL is set), builds when the build is missing or older than
 * the sources, then runs `next start` on http://localhost:3000 (PORT to change).
 *
 * Off Vercel there is no AUTH_SECRET on a fresh machine, so a local one is generated once and
 * kept in .data/ (never committed). Set AUTH_SECRET for any real deployment.
 *
 * Mail: without SMTP_URL, a local SMTP catcher (MailDev) starts beside the portal and catches
 * every message (registration and reset links) in a web inbox, whose address is printed
 * (MAILDEV_SMTP_PORT, default 1025; MAILDEV_WEB_PORT, default 1080). Nothing leaves the machine.
 *
 * Payments: without PAYMENT_PROVIDER_URL, the sandbox payment provider (scripts/payment-sandbox.ts)
 * starts beside the portal on PAYMENT_SANDBOX_PORT (default 3090) with a secret generated once in
 * .data/local-payment-secret. No money moves.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildMatchesOrigin, originFromRobots, resolveStartOrigin } from '../lib/seo/site-origin';

const root = process.cwd();
const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function localSecret(name = 'local-auth-secret'): string {
  const file = path.join(root, '.data', name);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(33).toString('base64'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The origin the existing build's static pages link to (its robots.txt), or null. */
function builtOrigin(): string | null {
  const robots = path.join(root, '.next', 'server', 'app', 'robots.txt.body');
  return existsSync(robots) ? originFromRobots(readFileSync(robots, 'utf8')) : null;
}

function buildIsStale(): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  if (!buildMatchesOrigin(builtOrigin(), childEnv.APP_URL!)) {
    console.log(`[start] the build links to ${builtOrigin() ?? 'an unknown origin'}; rebuilding for ${childEnv.APP_URL}.`);
    return true;
  }
  const built = statSync(buildId).mtimeMs;
  const sources = ['app', 'components', 'lib', 'content', 'data', 'public'].map((d) => path.join(root, d)).filter(existsSync);
  const files = ['next.config.ts', 'package.json', 'proxy.ts', 'instrumentation.ts'].map((f) => path.join(root, f)).filter(existsSync);
  return Math.max(...sources.map(newestMtime), ...files.map((f) => statSync(f).mtimeMs)) > built;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: childEnv });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Static pages carry APP_URL (canonical, og:url, og:image, the API examples): build for the
// origin this serves, and say so when APP_URL names another.
const origin = resolveStartOrigin({ APP_URL: childEnv.APP_URL, PORT: childEnv.PORT, VERCEL_PROJECT_PRODUCTION_URL: childEnv.VERCEL_PROJECT_PRODUCTION_URL });
childEnv.APP_URL = origin.appUrl;
if (origin.warning) console.warn(`[start] ${origin.warning}`);
if (origin.notice) console.log(`[start] ${origin.notice}`);

if (!childEnv.AUTH_SECRET) {
  childEnv.AUTH_SECRET = localSecret();
  console.warn('[start] AUTH_SECRET is not set: using a generated local secret in .data/local-auth-secret.');
}
if (!childEnv.DATABASE_URL) {
  // Migrate and seed now, in this process, so the server's first request is fast.
  run(process.execPath, ['--import', 'tsx', 'scripts/db-seed.ts']);
}
if (buildIsStale()) {
  console.log('[start] building (first start, or sources changed)…');
  run('npx', ['next', 'build']);
}
/** Starts MailDev when no SMTP server is configured; returns its process, or null. */
function startMailCatcher(): ChildProcess | null {
  if (childEnv.SMTP_URL) return null;
  const bin = path.join(root, 'node_modules', '.bin', 'maildev');
  if (!existsSync(bin)) {
    console.warn('[start] SMTP_URL is not set and MailDev is not installed (npm install): registration will say e-mail is unavailable.');
    return null;
  }
  const smtpPort = process.env.MAILDEV_SMTP_PORT ?? '1025';
  const webPort = process.env.MAILDEV_WEB_PORT ?? '1080';
  const catcher = spawn(bin, ['--smtp', smtpPort, '--web', webPort, '--ip', '127.0.0.1', '--web-ip', '127.0.0.1', '--silent'], { stdio: 'inherit' });
  catcher.on('exit', (code) => {
    if (code) console.warn(`[start] MailDev stopped (exit ${code}); is port ${smtpPort} or ${webPort} in use? Mail will not be delivered.`);
  });
  // The catcher speaks plain SMTP on the loopback: no TLS to negotiate.
  childEnv.SMTP_URL = `smtp://127.0.0.1:${smtpPort}/?ignoreTLS=true`;
  console.log(`[start] mail is caught locally, not sent: read it at http://127.0.0.1:${webPort}`);
  return catcher;
}

/** Starts the sandbox payment provider when no provider is configured; returns its process, or null. */
function startPaymentSandbox(): ChildProcess | null {
  if (childEnv.PAYMENT_PROVIDER_URL) return null;
  const sandboxPort = process.env.PAYMENT_SANDBOX_PORT ?? '3090';
  childEnv.PAYMENT_WEBHOOK_SECRET ||= localSecret('local-payment-secret');
  const sandbox = spawn(process.execPath, ['--import', 'tsx', 'scripts/payment-sandbox.ts'], {
    stdio: 'inherit',
    env: { ...childEnv, PAYMENT_SANDBOX_PORT: sandboxPort },
  });
  sandbox.on('exit', (code) => {
    if (code) console.warn(`[start] the payment sandbox stopped (exit ${code}); is port ${sandboxPort} in use? Online payment will say it is unavailable.`);
  });
  childEnv.PAYMENT_PROVIDER_URL = `http://127.0.0.1:${sandboxPort}`;
  console.log(`[start] online payments go to the local sandbox at http://127.0.0.1:${sandboxPort} (no money moves)`);
  return sandbox;
}

const port = childEnv.PORT ?? '3000';
const catcher = startMailCatcher();
const paymentSandbox = startPaymentSandbox();
console.log(`[start] Tax Cloud on ${origin.served}`);
const server = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit', env: childEnv });
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    catcher?.kill(signal);
    paymentSandbox?.kill(signal);
    server.kill(signal);
  });
server.on('exit', (code) => {
  catcher?.kill('SIGTERM');
  paymentSandbox?.kill('SIGTERM');
  process.exit(code ?? 0);
});
