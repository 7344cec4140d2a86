import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: `${root}/tests/support/server-only.ts` },
    ],
  },
  test: {
    // Vitest and Playwright stay apart: specs in e2e/ are Playwright's.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // scrypt hashing and the property tests are CPU-bound: 1–2 s on a quiet machine, past
          // Vitest's 5 s default when these 2-core machines are shared (CI failed that way).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // Each file opens a database (PGlite ~350 MB): two at a time fit these 2-core machines.
          maxWorkers: 2,
          server: { deps: { inline: ['next-auth'] } },
        },
      },
      {
        extends: true,
        test: {
          // Fault cases against a real `next start` of the existing build (npm run test:faults).
          name: 'faults',
          include: ['tests/faults/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/faults/support/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 150_000,
          // One server, and some cases measure its page cache: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
