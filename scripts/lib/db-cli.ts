/** Shared by the db:* scripts: open the configured database, report failures plainly. */
import { sql } from 'kysely';
import { parseEnv } from '../../lib/env';
import { createDbHandle, type DbHandle } from '../../lib/db/client';
import { describeConnectionError, resolveDbConfig } from '../../lib/db/config';

export async function withDatabase(task: (handle: DbHandle) => Promise<void>): Promise<void> {
  let handle: DbHandle | undefined;
  try {
    const env = parseEnv({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' });
    const config = resolveDbConfig(env.DATABASE_URL, env.PGLITE_DIR, process.env.DATABASE_DRIVER);
    handle = createDbHandle(config, { neonWsProxy: process.env.NEON_WS_PROXY, poolMax: 4 });
    console.log(`database: ${config.label}`);
    try {
      // Reach the server first, so that a bad host fails with a message about the connection.
      await sql`select 1`.execute(handle.db);
    } catch (error) {
      throw new Error(describeConnectionError(error, config));
    }
    try {
      await task(handle);
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'MigrationError' || name === 'PgliteLockedError') throw error;
      throw new Error(describeConnectionError(error, config));
    }
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await handle?.close().catch(() => {});
  }
}
