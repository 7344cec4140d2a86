/**
 * Opens the embedded database. A data directory must never be opened by two processes at
 * once (it corrupts), so a lock file beside it names the owning process, and a second
 * process gets a message that says what to do instead.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

const DATE_OID = 1082;

/** The same result types as pg and Neon give after client.ts normalises them. */
export const PGLITE_PARSERS = { [DATE_OID]: (v: string) => v };

export class PgliteLockedError extends Error {
  override name = 'PgliteLockedError';
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function takeLock(dataDir: string): () => void {
  const lockFile = `${path.resolve(dataDir)}.lock`;
  mkdirSync(path.dirname(lockFile), { recursive: true });
  if (existsSync(lockFile)) {
    const owner = Number(readFileSync(lockFile, 'utf8').trim());
    if (owner && owner !== process.pid && processAlive(owner)) {
      throw new PgliteLockedError(
        `The embedded database in ${dataDir} is in use by process ${owner}. Stop that process first, ` +
          'or point PGLITE_DIR at another directory, or set DATABASE_URL to a Postgres server.',
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  const release = () => rmSync(lockFile, { force: true });
  process.once('exit', release);
  return release;
}

export async function openPglite(dataDir: string | null): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  const release = dataDir ? takeLock(dataDir) : () => {};
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  try {
    const client = await PGlite.create(dataDir ?? undefined, { parsers: PGLITE_PARSERS });
    const close = client.close.bind(client);
    client.close = async () => {
      await close();
      release();
    };
    return client;
  } catch (error) {
    release();
    throw error;
  }
}
