// Small helpers shared by the suites: logging, ports, child processes, timeouts.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Repository root (this file lives in scripts/bench/). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** First line of an error, cut short enough for a table cell. */
export function brief(message: string, max = 160): string {
  const line = message.split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Progress goes to stderr so stdout stays free for anything machine-readable. */
export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Asks the OS for a free loopback port. Racy in theory, fine for a local bench. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Rejects after `ms` so no wait in the harness can hang forever. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** fetch with a per-request deadline. */
export function fetchWithTimeout(url: string, init: RequestInit = {}, ms = 30_000): Promise<Response> {
  return fetch(url, { ...init, signal: AbortSignal.timeout(ms) });
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/**
 * Stops a child started with `detached: true` by signalling its whole process
 * group: launchers (next, npx) fork workers that a plain kill would orphan.
 */
export async function killGroup(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.pid === undefined || exited(child)) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      // Group already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  await withTimeout(gone, graceMs + 5_000, 'stopping child process').catch(() => undefined);
  clearTimeout(timer);
  signal('SIGKILL'); // Reap grandchildren that ignored SIGTERM after the leader left.
}

/** Runs a command to completion with stdout/stderr forwarded to our stderr. */
export function runCommand(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<void> {
  const child = spawn(cmd, args, { cwd: repoRoot, env, stdio: ['ignore', 2, 2], detached: true });
  const unregister = registerCleanup(() => killGroup(child));
  const done = new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, sig) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code ?? sig}`)),
    );
  });
  return withTimeout(done, timeoutMs, `${cmd} ${args.join(' ')}`)
    .catch(async (err: unknown) => {
      await killGroup(child);
      throw err;
    })
    .finally(unregister);
}

/** Reads a positive number of seconds from the environment (e.g. BENCH_DURATION). */
export function envSeconds(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > 3600) {
    throw new Error(`${name} must be a number of seconds between 0 and 3600, got "${raw}"`);
  }
  return value;
}

// Things to tear down (servers, browsers) both on normal exit and on Ctrl-C:
// they run in their own process groups, so a terminal's SIGINT never reaches them.
const cleanups = new Set<() => Promise<void> | void>();

/** Registers a teardown; call the returned function once it has been done normally. */
export function registerCleanup(fn: () => Promise<void> | void): () => void {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

/** Runs every pending teardown, newest first, ignoring failures. */
export async function runCleanups(): Promise<void> {
  for (const fn of [...cleanups].reverse()) {
    cleanups.delete(fn);
    try {
      await withTimeout(Promise.resolve(fn()), 20_000, 'cleanup');
    } catch (err) {
      log(`cleanup failed: ${(err as Error).message}`);
    }
  }
}
