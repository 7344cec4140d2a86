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

class Mutex {
  #tail: Promise<void> = Promise.resolve();
  lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return acquired;
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

  constructor(private readonly open: () => Promise<PGlite>) {}

  async init(): Promise<void> {
    this.#client = await this.open();
    this.#connection = new PGliteConnection(this.#client);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#mutex.lock();
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

export class PGliteDialect implements Dialect {
  constructor(private readonly open: () => Promise<PGlite>) {}
  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.open);
  }
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}
