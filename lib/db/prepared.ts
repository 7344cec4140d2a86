/**
 * A statement that every signed-in request runs (the session check, the API's rate-limit count)
 * built and compiled by Kysely once, then run with each call's values. Building and compiling a
 * query is pure CPU that gives the same SQL text on every call (issue 12's profile: about 0.2 ms
 * per statement on the benchmark host, paid on every page and API call); the values still travel
 * as bound parameters, never in the text.
 *
 * The query is built with a marker object in place of each named value; compiling it records
 * where each marker went among the parameters, and a call puts its values there. Values that are
 * the same on every call (a policy's limit) may stay in the query as they are.
 */
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { Database } from './schema';

const MARK = Symbol('prepared value');
type Marker = { readonly [MARK]: string };

const isMarker = (value: unknown): value is Marker => typeof value === 'object' && value !== null && MARK in value;

export type Prepared<V extends Record<string, unknown>, R> = {
  /** The statement with these values, ready for `db.executeQuery`. */
  (db: Kysely<Database>, values: V): CompiledQuery<R>;
  /** The SQL text (for tests and plans). */
  text(db: Kysely<Database>): string;
};

/**
 * `build(db, values)` gets, for each name, a marker to use where that value goes. Compiled once
 * per database handle (a PGlite and a Postgres handle may compile differently).
 */
export function prepared<V extends Record<string, unknown>, R>(build: (db: Kysely<Database>, values: { [K in keyof V]: V[K] }) => Compilable<R>): Prepared<V, R> {
  const compiled = new WeakMap<Kysely<Database>, { sql: string; slots: readonly (string | { value: unknown })[] }>();
  const compile = (db: Kysely<Database>) => {
    let entry = compiled.get(db);
    if (!entry) {
      const markers = new Proxy({} as Record<string, Marker>, { get: (_, name) => ({ [MARK]: String(name) }) });
      const query = build(db, markers as unknown as V).compile();
      // A marker anywhere but a bound value (in the text, or tested in JavaScript) is a mistake.
      if (query.sql.includes('[object Object]')) throw new Error('prepared: a value was written into the SQL text');
      entry = { sql: query.sql, slots: query.parameters.map((p) => (isMarker(p) ? p[MARK] : { value: p })) };
      compiled.set(db, entry);
    }
    return entry;
  };
  const run = ((db: Kysely<Database>, values: V) => {
    const { sql, slots } = compile(db);
    const parameters = slots.map((slot) => {
      if (typeof slot !== 'string') return slot.value;
      const value = values[slot];
      if (value === undefined) throw new Error(`prepared: no value for ${slot}`);
      return value;
    });
    return CompiledQuery.raw(sql, parameters) as CompiledQuery<R>;
  }) as Prepared<V, R>;
  run.text = (db) => compile(db).sql;
  return run;
}
