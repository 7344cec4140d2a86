/**
 * Builds a Kysely instance for a `DbConfig`. Drivers are imported lazily so that an app on
 * PGlite never loads `pg`, and the other way round. Construction is synchronous (the pool is
 * opened on first query), which Auth.js adapters need.
 */
import { Kysely, PostgresDialect, type CompiledQuery, type DatabaseConnection, type Dialect } from 'kysely';
import type { DbConfig } from './config';
import { markUnavailable } from './errors';
import { openPglite } from './pglite-open';
import { PGliteDialect } from './pglite-dialect';
import type { Database } from './schema';

/** OIDs whose text form we keep or convert ourselves, the same on every driver. */
const INT8 = 20;
const DATE = 1082;

function parseInt8(value: string): number | string {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value;
}

type TypeParserSource = { getTypeParser: (oid: number, format?: 'text' | 'binary') => unknown };

/** pg and Neon: int8 as number (counts), dates as 'YYYY-MM-DD' (no time-zone shift). */
function normalisedTypes(base: TypeParserSource) {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      if (oid === INT8 && format !== 'binary') return parseInt8;
      if (oid === DATE && format !== 'binary') return (v: string) => v;
      return base.getTypeParser(oid, format);
    }) as never,
  };
}

export interface DbHandle {
  db: Kysely<Database>;
  config: DbConfig;
  close(): Promise<void>;
}

/** Limits that turn a stalled database into a quick 503 instead of a hung request (lib/db/errors.ts). */
export type DbTimeouts = {
  /** statement_timeout: the server cancels a statement running longer (SQLSTATE 57014). */
  statementMs: number;
  /** lock_timeout: the server gives up waiting for a lock another connection holds (55P03). */
  lockMs: number;
  /** Waiting for a connection: opening one, or a free one from a full pool (PGlite: its one connection). */
  connectMs: number;
};

export type DbHandleOptions = {
  neonWsProxy?: string;
  poolMax?: number;
  /** Tests isolate themselves in a schema of their own on a shared server. */
  searchPath?: string;
  /**
   * The app passes its configured timeouts (lib/db/index.ts). Scripts (migrations, the 10M-row
   * data generator) and test set-up pass none: their long statements are expected.
   */
  timeouts?: DbTimeouts;
};

/**
 * Sets the timeouts with SET on each new connection rather than as startup parameters: Neon's
 * pooled endpoints (PgBouncer) refuse startup parameters such as lock_timeout, and Neon ignores
 * them even on direct endpoints, while SET works on every server and through websockify. Behind
 * a transaction-mode pooler a session SET is not guaranteed to stick, so set the same values on
 * the role as well there (README, "Database timeouts").
 */
function sessionTimeouts(timeouts: DbTimeouts) {
  // pg-pool's onConnect (in pg and in the Neon driver) runs before the connection is handed
  // out and ends it if this fails, so no query ever runs without the limits.
  return async (client: { query: (text: string, values: string[]) => Promise<unknown> }) => {
    await client.query("select set_config('statement_timeout', $1, false), set_config('lock_timeout', $2, false)", [
      `${timeouts.statementMs}ms`,
      `${timeouts.lockMs}ms`,
    ]);
  };
}

const tagged = new WeakSet<DatabaseConnection>();

function rethrowMarked(error: unknown): never {
  throw markUnavailable(error);
}

/**
 * Every failure to get a connection or run a query passes through `markUnavailable`, so a page
 * that fails because the database is down shows "temporarily unavailable" (app/[locale]/error.tsx)
 * without each page catching it. Same objects, same identities: only their methods are wrapped.
 */
function markingUnavailable(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver: () => {
      const driver = dialect.createDriver();
      const acquire = driver.acquireConnection.bind(driver);
      driver.acquireConnection = async () => {
        const connection = await acquire().catch(rethrowMarked);
        if (!tagged.has(connection)) {
          const execute = connection.executeQuery.bind(connection);
          connection.executeQuery = <R>(query: CompiledQuery) => execute<R>(query).catch(rethrowMarked);
          tagged.add(connection);
        }
        return connection;
      };
      return driver;
    },
  };
}

export function createDbHandle(config: DbConfig, options: DbHandleOptions = {}): DbHandle {
  const db = new Kysely<Database>({ dialect: markingUnavailable(dialectFor(config, options)) });
  return { db, config, close: () => db.destroy() };
}

function dialectFor(config: DbConfig, options: DbHandleOptions) {
  switch (config.driver) {
    case 'pglite':
      // One in-process connection: no other client can hold a lock against it, and a statement
      // runs to the end without yielding (a timer could not cancel it), so only the wait for
      // the connection is bounded.
      return new PGliteDialect(() => openPglite(config.dataDir), { acquireTimeoutMs: options.timeouts?.connectMs });
    case 'pg':
      return new PostgresDialect({
        pool: async () => {
          const pg = (await import('pg')).default;
          return new pg.Pool({
            connectionString: config.url,
            max: options.poolMax ?? 10,
            // pg-pool applies this to opening a connection and to waiting for one from a full pool.
            connectionTimeoutMillis: options.timeouts?.connectMs ?? 5_000,
            types: normalisedTypes(pg.types),
            ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
            ...(options.timeouts ? { onConnect: sessionTimeouts(options.timeouts) } : {}),
          });
        },
      });
    case 'neon':
      return new PostgresDialect({
        pool: async () => {
          const neon = await import('@neondatabase/serverless');
          // Node 20 has no global WebSocket; the Neon driver needs one.
          neon.neonConfig.webSocketConstructor = (await import('ws')).default;
          if (options.neonWsProxy) {
            // Local testing through websockify in front of a plain Postgres (see README).
            const proxy = options.neonWsProxy;
            neon.neonConfig.wsProxy = (host, port) => `${proxy}/v2?address=${host}:${port}`;
            neon.neonConfig.useSecureWebSocket = false;
            neon.neonConfig.pipelineTLS = false;
            neon.neonConfig.pipelineConnect = false;
          }
          return new neon.Pool({
            connectionString: config.url,
            max: options.poolMax ?? 10,
            // pg-pool applies this to opening a connection and to waiting for one from a full pool.
            connectionTimeoutMillis: options.timeouts?.connectMs ?? 5_000,
            types: normalisedTypes(neon.types as TypeParserSource),
            ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
            ...(options.timeouts ? { onConnect: sessionTimeouts(options.timeouts) } : {}),
          }) as never;
        },
      });
  }
}
