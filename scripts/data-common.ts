/** Shared by the data:* scripts: options, the database handle, and a progress line. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { sql } from 'kysely';
import { parseEnv } from '../lib/env';
import { createDbHandle, type DbHandle } from '../lib/db/client';
import { describeConnectionError, resolveDbConfig, type DbConfig } from '../lib/db/config';
import { migrateToLatest } from '../lib/db/migrate';

export function options<T extends NonNullable<ParseArgsConfig['options']>>(spec: T, usage: string) {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ args: argv, options: spec, strict: true, allowPositionals: false }).values;
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}

/** A positive whole number from the command line (1_000_000 and 1e6 are accepted). */
export function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`error: --${name} must be a positive whole number (got "${raw}")`);
    process.exit(2);
  }
  return value;
}

/** The database of DATABASE_URL (or the embedded one), migrated; failures are reported plainly. */
export async function withStore(
  task: (handle: DbHandle, config: DbConfig) => Promise<void>,
  overrides: { pgliteDir?: string } = {},
): Promise<void> {
  let handle: DbHandle | undefined;
  try {
    const env = parseEnv({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' });
    const config = resolveDbConfig(env.DATABASE_URL, overrides.pgliteDir ?? env.PGLITE_DIR, process.env.DATABASE_DRIVER);
    handle = createDbHandle(config, { neonWsProxy: process.env.NEON_WS_PROXY, poolMax: 4 });
    console.log(`database: ${config.label}`);
    try {
      await sql`select 1`.execute(handle.db);
    } catch (error) {
      throw new Error(describeConnectionError(error, config));
    }
    await migrateToLatest(handle.db);
    await task(handle, config);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await handle?.close().catch(() => {});
  }
}

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 90 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** One line, rewritten in place on a terminal; every few seconds otherwise (logs, CI). */
export function progressLine(): { update(text: string): void; done(): void } {
  const tty = process.stdout.isTTY;
  let last = 0;
  let shown = '';
  return {
    update(text) {
      shown = text;
      if (tty) process.stdout.write(`\r${text}\x1b[K`);
      else if (Date.now() - last > 5_000) {
        console.log(text);
        last = Date.now();
      }
    },
    done() {
      if (tty && shown) process.stdout.write('\n');
      else if (!tty && shown) console.log(shown);
    },
  };
}
