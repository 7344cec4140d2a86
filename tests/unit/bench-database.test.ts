import { describe, expect, it } from 'vitest';
import {
  benchDatabaseName,
  DEFAULT_POSTGRES_URL,
  describeDatabase,
  planBenchDatabase,
  type Probe,
  withDatabase,
} from '@/scripts/bench/bench-database';

const NOW = new Date('2026-12-01T14:05:09.123Z');
const up = async (): Promise<Probe> => ({ reachable: true });
const down = async (): Promise<Probe> => ({ reachable: false, error: 'connect ECONNREFUSED 127.0.0.1:5432' });

describe('the API suites’ database (issue 17: the production shape)', () => {
  it('serves from a fresh Postgres database of its own when the local server answers', async () => {
    const seen: string[] = [];
    const plan = await planBenchDatabase({}, async (url) => (seen.push(url), up()), NOW, 4242);
    expect(seen).toEqual([DEFAULT_POSTGRES_URL]);
    expect(plan).toEqual({
      kind: 'postgres',
      serverUrl: DEFAULT_POSTGRES_URL,
      name: 'taxcloud_bench_20261201_140509_4242',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/taxcloud_bench_20261201_140509_4242',
    });
    expect(describeDatabase(plan)).toBe(
      'Postgres (a fresh database taxcloud_bench_20261201_140509_4242 on 127.0.0.1:5432, migrated and seeded; pg driver)',
    );
  });

  it('falls back to the embedded database when no Postgres answers, and says why', async () => {
    const plan = await planBenchDatabase({}, down, NOW, 1);
    expect(plan).toEqual({ kind: 'embedded', reason: 'no Postgres at 127.0.0.1:5432/postgres: connect ECONNREFUSED 127.0.0.1:5432' });
    expect(describeDatabase(plan)).toBe('fresh embedded database (PGlite; no Postgres at 127.0.0.1:5432/postgres: connect ECONNREFUSED 127.0.0.1:5432)');
  });

  it('BENCH_DATABASE=embedded never asks the server; =postgres refuses to fall back', async () => {
    const never = async (): Promise<Probe> => {
      throw new Error('probed');
    };
    expect(await planBenchDatabase({ BENCH_DATABASE: 'embedded' }, never, NOW, 1)).toEqual({ kind: 'embedded', reason: 'BENCH_DATABASE=embedded' });
    await expect(planBenchDatabase({ BENCH_DATABASE: 'postgres' }, down, NOW, 1)).rejects.toThrow(/BENCH_DATABASE=postgres: no Postgres at 127.0.0.1:5432/);
    expect((await planBenchDatabase({ BENCH_DATABASE: 'postgres' }, up, NOW, 1)).kind).toBe('postgres');
    await expect(planBenchDatabase({ BENCH_DATABASE: 'pglite' }, up, NOW, 1)).rejects.toThrow(/auto, postgres or embedded/);
  });

  it('takes another server and prefix, keeping credentials but never printing them', async () => {
    const plan = await planBenchDatabase(
      { BENCH_POSTGRES_URL: 'postgres://bench:s3cret@db.internal:6543/postgres?sslmode=disable', BENCH_POSTGRES_PREFIX: 'h1_bench' },
      up,
      NOW,
      7,
    );
    expect(plan).toMatchObject({ kind: 'postgres', name: 'h1_bench_20261201_140509_7' });
    if (plan.kind !== 'postgres') throw new Error('expected postgres');
    expect(plan.databaseUrl).toBe('postgres://bench:s3cret@db.internal:6543/h1_bench_20261201_140509_7?sslmode=disable');
    expect(describeDatabase(plan)).not.toContain('s3cret');
    expect(describeDatabase(plan)).toContain('db.internal:6543');
  });

  it('names only plain identifiers (the name is put in create/drop database)', () => {
    expect(() => benchDatabaseName('bench; drop database test', NOW, 1)).toThrow(/BENCH_POSTGRES_PREFIX/);
    expect(() => benchDatabaseName('Bench', NOW, 1)).toThrow(/BENCH_POSTGRES_PREFIX/);
    expect(benchDatabaseName('h1_x', NOW, 99)).toMatch(/^[a-z0-9_]+$/);
    expect(withDatabase('postgres://postgres@127.0.0.1:5432/postgres', 'x')).toBe('postgres://postgres@127.0.0.1:5432/x');
  });
});
