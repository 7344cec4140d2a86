/**
 * The synthetic e-invoice store on a real database (PGlite by default, Postgres with
 * TEST_DATABASE_URL): generation, resuming, failure in the middle of a chunk, and the
 * aggregation SQL against plainly written SQL.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/schema';
import { aggregateStore } from '@/lib/stats/pipeline/aggregate';
import { generateStore } from '@/lib/stats/synthetic/generate';
import { buildWorld } from '@/lib/stats/synthetic/model';
import { kyselyChunkWriter, openPgCopyWriter, StoreMismatchError, type ChunkWriter } from '@/lib/stats/synthetic/store';
import { createTestDb, type TestDb } from './support/test-db';

const PARAMS = { seed: 7, invoices: 20_000, chunkSize: 2_000 };

let t: TestDb;
let db: Kysely<Database>;
let full: string;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
});
afterAll(() => t?.close());

/** Every stored invoice, in id order, as one hash: equal fingerprints mean equal data. */
async function fingerprint(): Promise<string> {
  const r = await sql<{ n: number; h: string }>`
    select count(*) as n, md5(string_agg(concat_ws(',', id, issued_at, seller_id, county_code, township_code, industry_code,
      carrier_type, buyer_id, age_band, gender, amount, item_codes::text, item_prices::text, track, number, random_code), ';' order by id)) as h
    from stat_invoices`.execute(db);
  return `${r.rows[0]!.n}:${r.rows[0]!.h}`;
}

async function counts() {
  const r = await sql<{ n: number; ids: number; lo: number; hi: number; chunks: number; chunk_rows: number }>`
    select count(*) as n, count(distinct id) as ids, min(id) as lo, max(id) as hi,
      (select count(*) from stat_generation_chunks) as chunks, (select coalesce(sum(rows), 0) from stat_generation_chunks)::int8 as chunk_rows
    from stat_invoices`.execute(db);
  const row = r.rows[0]!;
  return { n: Number(row.n), ids: Number(row.ids), lo: Number(row.lo), hi: Number(row.hi), chunks: Number(row.chunks), chunkRows: Number(row.chunk_rows) };
}

describe('synthetic store: generation', { timeout: 120_000 }, () => {
  it('writes N invoices, each id once, every chunk recorded, with the world’s sellers and buyers', async () => {
    const r = await generateStore({ db, writer: kyselyChunkWriter(db), params: PARAMS, reset: true });
    expect(r).toMatchObject({ complete: true, resumed: false, rowsWritten: 20_000, chunksDone: 10, totalChunks: 10 });
    expect(await counts()).toEqual({ n: 20_000, ids: 20_000, lo: 1, hi: 20_000, chunks: 10, chunkRows: 20_000 });
    const world = buildWorld(PARAMS);
    const s = await sql<{ sellers: number; buyers: number; finished: boolean }>`
      select (select count(*) from stat_sellers) as sellers, (select count(*) from stat_buyers) as buyers,
        (select finished_at is not null from stat_generation_runs) as finished`.execute(db);
    expect(s.rows[0]).toEqual({ sellers: world.sellers.count, buyers: world.buyers.count, finished: true });
    // The citizens' index, dropped for the bulk load, is back once the run is finished.
    const index = await sql<{ n: number }>`
      select count(*) as n from pg_indexes where schemaname = current_schema() and indexname in ('stat_invoices_buyer_issued_idx', 'stat_invoices_number_idx')`.execute(db);
    expect(Number(index.rows[0]!.n)).toBe(2);
    const carriers = await sql<{ n: number }>`select count(*) as n from carriers c join stat_buyers b on b.id = c.buyer_id`.execute(db);
    expect(Number(carriers.rows[0]!.n)).toBe(world.buyers.count);
    full = await fingerprint();
  });

  it('resumes an interrupted run: same data, no duplicates', async () => {
    const first = await generateStore({ db, writer: kyselyChunkWriter(db), params: PARAMS, reset: true, maxChunks: 4 });
    expect(first).toMatchObject({ complete: false, rowsStored: 8_000 });
    const second = await generateStore({ db, writer: kyselyChunkWriter(db), params: PARAMS, maxChunks: 3 });
    expect(second).toMatchObject({ complete: false, resumed: true, rowsWritten: 6_000, rowsStored: 14_000 });
    const last = await generateStore({ db, writer: kyselyChunkWriter(db), params: PARAMS });
    expect(last).toMatchObject({ complete: true, resumed: true, rowsWritten: 6_000, rowsStored: 20_000 });
    expect(await counts()).toEqual({ n: 20_000, ids: 20_000, lo: 1, hi: 20_000, chunks: 10, chunkRows: 20_000 });
    expect(await fingerprint()).toBe(full);
  });

  it('a chunk that fails half-way leaves no row behind, and the run resumes past it', async () => {
    const real = kyselyChunkWriter(db);
    // Chunk 5's last invoice breaks a constraint, so its transaction fails after the first rows.
    const faulty: ChunkWriter = {
      ...real,
      write: (runId, chunk) => {
        if (chunk.index !== 5) return real.write(runId, chunk);
        const amount = Int32Array.from(chunk.amount);
        amount[chunk.count - 1] = 0;
        return real.write(runId, { ...chunk, amount });
      },
    };
    await expect(generateStore({ db, writer: faulty, params: PARAMS, reset: true })).rejects.toThrow();
    expect(await counts()).toEqual({ n: 10_000, ids: 10_000, lo: 1, hi: 10_000, chunks: 5, chunkRows: 10_000 });
    await generateStore({ db, writer: real, params: PARAMS });
    expect(await fingerprint()).toBe(full);
  });

  it('refuses to mix two runs in one store unless told to reset', async () => {
    await expect(generateStore({ db, writer: kyselyChunkWriter(db), params: { ...PARAMS, seed: 8 } })).rejects.toBeInstanceOf(StoreMismatchError);
    expect(await fingerprint()).toBe(full);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('on Postgres, COPY writes exactly what the batched inserts write', async () => {
    const path = await sql<{ search_path: string }>`show search_path`.execute(db);
    const writer = await openPgCopyWriter(process.env.TEST_DATABASE_URL!, { searchPath: path.rows[0]!.search_path });
    try {
      const r = await generateStore({ db, writer, params: PARAMS, reset: true, maxChunks: 6 });
      expect(r.complete).toBe(false);
      // Resume the COPY run with the other writer: the chunks must fit together exactly.
      await generateStore({ db, writer: kyselyChunkWriter(db), params: PARAMS });
    } finally {
      await writer.close();
    }
    expect(await fingerprint()).toBe(full);
  });
});

describe('synthetic store: aggregation SQL', { timeout: 120_000 }, () => {
  type Plain = { k: string; invoices: number; amount: number; sellers: number; buyers?: number };
  const norm = (rows: Plain[]) =>
    rows
      .map((r) => ({ ...r, invoices: Number(r.invoices), amount: Number(r.amount), sellers: Number(r.sellers), ...(r.buyers === undefined ? {} : { buyers: Number(r.buyers) }) }))
      .sort((a, b) => a.k.localeCompare(b.k));

  it('gives the same cells as plainly written count(distinct) SQL', async () => {
    expect(await fingerprint()).toBe(full);
    const { cells } = await aggregateStore(db);
    const plain = async (keyExpr: ReturnType<typeof sql>, where = sql`true`, buyers = false) =>
      norm(
        (
          await sql<Plain>`select ${keyExpr} as k, count(*) as invoices, sum(amount)::int8 as amount, count(distinct seller_id) as sellers
            ${buyers ? sql`, count(distinct buyer_id) as buyers` : sql``}
            from stat_invoices where ${where} group by 1`.execute(db)
        ).rows,
      );
    const ours = (id: keyof typeof cells, key: (d: Record<string, string | number>) => string, withBuyers = false) =>
      norm(
        cells[id].map((c) => ({
          k: key(c.dims),
          invoices: c.invoices,
          amount: c.amount,
          sellers: c.sellers,
          ...(withBuyers ? { buyers: c.buyers ?? 0 } : {}),
        })),
      );

    expect(ours('einvoice-industry-monthly', (d) => `${d.month}|${d.industry}`)).toEqual(
      await plain(sql`to_char(issued_at, 'YYYY-MM') || '|' || industry_code`),
    );
    expect(ours('einvoice-county-monthly', (d) => `${d.month}|${d.county}`)).toEqual(await plain(sql`to_char(issued_at, 'YYYY-MM') || '|' || county_code`));
    expect(ours('einvoice-township-annual', (d) => `${d.year}|${d.township}`)).toEqual(
      await plain(sql`extract(year from issued_at)::int || '|' || township_code`),
    );
    expect(ours('einvoice-carrier-monthly', (d) => `${d.month}|${d.carrier}`, true)).toEqual(
      await plain(sql`to_char(issued_at, 'YYYY-MM') || '|' || carrier_type`, sql`true`, true),
    );
    expect(ours('einvoice-age-gender-monthly', (d) => `${d.month}|${d.age}|${d.gender}`, true)).toEqual(
      await plain(sql`to_char(issued_at, 'YYYY-MM') || '|' || age_band || '|' || gender`, sql`buyer_id is not null`, true),
    );
    expect(ours('einvoice-hour-weekday-annual', (d) => `${d.year}|${d.weekday}|${d.hour}`)).toEqual(
      await plain(sql`extract(year from issued_at)::int || '|' || extract(isodow from issued_at)::int || '|' || extract(hour from issued_at)::int`),
    );
  });

  it('accounts for every invoice once in each partition of the whole store', async () => {
    const { cells } = await aggregateStore(db);
    for (const id of ['einvoice-industry-monthly', 'einvoice-county-monthly', 'einvoice-township-annual', 'einvoice-carrier-monthly', 'einvoice-hour-weekday-annual'] as const) {
      expect(cells[id].reduce((s, c) => s + c.invoices, 0), id).toBe(20_000);
    }
  });
});
