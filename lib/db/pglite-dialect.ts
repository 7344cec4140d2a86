/**
 * A Kysely dialect for PGlite (embedded Postgres in WASM).
 *
 * Written here rather than taken from `kysely-pglite`, whose index pulls code generation and
 * other drivers into the Next bundle. PGlite has exactly one connection, so the driver hands
 * it out under a mutex: a transaction holds it until commit or rollback, and every other
 * query waits its turn.
 */
import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import { DatabaseUnavailableError } from './errors';

class Mutex {
  #tail: Promise<void> = Promise.resolve();
  /** Resolves with the release function; rejects after `timeoutMs` if the holder has not released by then. */
  lock(timeoutMs?: number): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    if (timeoutMs === undefined) return acquired;
    return new Promise((resolve, reject) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        reject(new DatabaseUnavailableError(`The embedded database was busy for ${timeoutMs} ms (timeout exceeded when trying to connect).`));
      }, timeoutMs);
      void acquired.then((releaseLock) => {
        clearTimeout(timer);
        // A waiter that gave up still gets its turn in the queue: hand it straight on.
        if (timedOut) releaseLock();
        else resolve(releaseLock);
      });
    });
  }
}

class PGliteConnection implements DatabaseConnection {
  constructor(private readonly client: PGlite) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.client.query<R>(query.sql, query.parameters as unknown[]);
    const affected = result.affectedRows;
    return {
      rows: result.rows,
      ...(affected !== undefined && affected > 0 ? { numAffectedRows: BigInt(affected) } : {}),
    };
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on the embedded database (PGlite).');
  }
}

class PGliteDriver implements Driver {
  readonly #mutex = new Mutex();
  readonly #release = new WeakMap<DatabaseConnection, () => void>();
  #client?: PGlite;
  #connection?: PGliteConnection;

  constructor(
    private readonly open: () => Promise<PGlite>,
    private readonly acquireTimeoutMs?: number,
  ) {}

  async init(): Promise<void> {
    this.#client = await this.open();
    this.#connection = new PGliteConnection(this.#client);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#mutex.lock(this.acquireTimeoutMs);
    const connection = this.#connection;
    if (!connection) {
      release();
      throw new Error('The embedded database is closed.');
    }
    this.#release.set(connection, release);
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.#release.get(connection)?.();
    this.#release.delete(connection);
  }

  async destroy(): Promise<void> {
    const client = this.#client;
    this.#client = undefined;
    this.#connection = undefined;
    if (client && !client.closed) await client.close();
  }
}

export type PGliteDialectOptions = {
  /** Longest a query waits for the one connection (held by a transaction or a long query); unset: no limit. */
  acquireTimeoutMs?: number;
};

export class PGliteDialect implements Dialect {
  constructor(
    private readonly open: () => Promise<PGlite>,
    private readonly options: PGliteDialectOptions = {},
  ) {}
  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.open, this.options.acquireTimeoutMs);
  }
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}
