/**
 * The fault suite's server: `next start` from the existing production build (this suite never
 * builds), on its own port, with a fresh embedded database and a private copy of the build
 * (next.config.ts reads NEXT_DIST_DIR), so the page cache it writes can be measured and thrown
 * away. Vitest's globalSetup for the 'faults' project; tests read the address with
 * `faultsServer()`.
 *
 *   FAULTS_PORT   port of the server (default 3220)
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    faultsBaseUrl: string;
    /** Absolute path of the server's copy of the build. */
    faultsDistDir: string;
  }
}

export function faultsServer(): { baseUrl: string; distDir: string; port: number } {
  const baseUrl = inject('faultsBaseUrl');
  return { baseUrl, distDir: inject('faultsDistDir'), port: Number(new URL(baseUrl).port) };
}

export default async function setup(project: TestProject): Promise<() => void> {
  const root = project.config.root;
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('No production build found (.next/BUILD_ID is missing). Run `npm run build` first, then `npm run test:faults`.');
  }
  const port = Number(process.env.FAULTS_PORT ?? 3220);
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tax-cloud-faults-'));
  const distRel = path.join('.next-faults', path.basename(dataDir));
  const distDir = path.join(root, distRel);
  cpSync(path.join(root, '.next'), distDir, { recursive: true, filter: (src) => !/[\\/]\.next[\\/](cache|dev)([\\/]|$)/.test(src) });
  const cleanUp = () => {
    rmSync(distDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  };

  // Its own process group, so stopping it stops npx and the Next.js server under it.
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // A fixed test-only secret (44 characters); never used outside the test suites.
      AUTH_SECRET: 'e2e-only-secret-0123456789abcdefghijklmnopqr',
      DATABASE_URL: '',
      PGLITE_DIR: path.join(dataDir, 'pglite'),
      APP_URL: baseUrl,
      NEXT_DIST_DIR: distRel,
    },
  });
  let stderr = '';
  server.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const stop = () => {
    if (server.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    cleanUp();
  };

  try {
    await waitForHealth(baseUrl, () => server.exitCode !== null);
  } catch (error) {
    stop();
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  project.provide('faultsBaseUrl', baseUrl);
  project.provide('faultsDistDir', distDir);
  return stop;
}

async function waitForHealth(baseUrl: string, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('The server exited before it answered.');
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer ${baseUrl}/api/health within 120 s.`);
}
