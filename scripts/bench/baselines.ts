/**
 * Baselines for the statistics benchmarks (scripts/bench/stats.ts): the database ceilings the
 * store is measured against. Benchmark-only SQL, so it lives with the benchmarks, not in lib/.
 * Server-side only; no Next imports.
 */
import { sql, type Kysely } from 'kysely';
import { createDbHandle } from '../../lib/db/client';
import { resolveDbConfig } from '../../lib/db/config';
import type { Database } from '../../lib/db/schema';

/**
 * The ceiling for writing the store: the server inserting `rows` rows it makes itself
 * (generate_series), of the same width as stat_invoices (two items each), into a copy of the
 * table with the same constraints and primary key. Returns milliseconds; the copy is dropped.
 */
export async function ceilingInsertMs(db: Kysely<Database>, rows: number): Promise<number> {
  await sql`drop table if exists stat_bench_ceiling`.execute(db);
  await sql`create table stat_bench_ceiling (like stat_invoices including defaults including constraints)`.execute(db);
  await sql`alter table stat_bench_ceiling add primary key (id)`.execute(db);
  const started = performance.now();
  await sql`
    insert into stat_bench_ceiling
    select i, timestamp '2021-01-01' + (i % 157680000) * interval '1 second', 1 + i % 50000, 63000, 63000010, 1 + i % 10,
      i % 5, case when i % 5 in (1, 2, 3) then 1 + i % 100000 end, case when i % 5 in (1, 2, 3) then 1 + i % 6 end,
      case when i % 5 in (1, 2, 3) then 1 + i % 2 end, 1 + i % 2000, array[1 + i % 52, 1 + (i + 7) % 52]::smallint[],
      array[1 + i % 1000, 1 + i % 1000]::integer[], i % 676, i % 100000000, i % 10000
    from generate_series(1, ${rows}::int8) as i`.execute(db);
  const ms = performance.now() - started;
  await sql`drop table stat_bench_ceiling`.execute(db);
  return ms;
}

/** One sequential scan of the store: the floor under any aggregation of it. */
export async function fullScanMs(db: Kysely<Database>): Promise<number> {
  const started = performance.now();
  await sql`select count(*), sum(amount) from stat_invoices`.execute(db);
  return performance.now() - started;
}

/** Creates the benchmark's own database on the server if it is missing; never touches another. */
export async function ensureDatabase(url: string): Promise<{ created: boolean; name: string }> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`database name "${name}" must be a plain identifier`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const handle = createDbHandle(resolveDbConfig(admin.toString()), { poolMax: 1 });
  try {
    const found = await sql<{ n: number }>`select count(*) as n from pg_database where datname = ${name}`.execute(handle.db);
    if (Number(found.rows[0]?.n) > 0) return { created: false, name };
    await sql`create database ${sql.id(name)}`.execute(handle.db);
    return { created: true, name };
  } finally {
    await handle.close();
  }
}
