/**
 * Builds a Kysely instance for a `DbConfig`. Drivers are imported lazily so that an app on
 * PGlite never loads `pg`, and the other way round. Construction is synchronous (the pool is
 * opened on first query), which Auth.js adapters need.
 */
import { Kysely, PostgresDialect } from 'kysely';
import type { DbConfig } from './config';
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

export type DbHandleOptions = {
  neonWsProxy?: string;
  poolMax?: number;
  /** Tests isolate themselves in a schema of their own on a shared server. */
  searchPath?: string;
};

export function createDbHandle(config: DbConfig, options: DbHandleOptions = {}): DbHandle {
  const db = new Kysely<Database>({ dialect: dialectFor(config, options) });
  return { db, config, close: () => db.destroy() };
}

function dialectFor(config: DbConfig, options: DbHandleOptions) {
  switch (config.driver) {
    case 'pglite':
      return new PGliteDialect(() => openPglite(config.dataDir));
    case 'pg':
      return new PostgresDialect({
        pool: async () => {
          const pg = (await import('pg')).default;
          return new pg.Pool({
            connectionString: config.url,
            max: options.poolMax ?? 10,
            connectionTimeoutMillis: 5_000,
            types: normalisedTypes(pg.types),
            ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
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
            connectionTimeoutMillis: 5_000,
            types: normalisedTypes(neon.types as TypeParserSource),
            ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
          }) as never;
        },
      });
  }
}
