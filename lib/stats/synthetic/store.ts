/**
 * The statistics store: runs, chunks, sellers, buyers and invoices (migration 0003).
 *
 * Server-side only. Not marked `import 'server-only'` because the data:* scripts and the
 * benchmarks run it outside Next; it has no Next imports.
 *
 * Two ways to write a chunk, both in one transaction with the chunk's record, so a run stopped at
 * any moment leaves whole chunks only:
 * - `kyselyChunkWriter`: batched inserts through Kysely (`insert … select from unnest(arrays)`,
 *   one statement per chunk). Works on every driver; the one used on PGlite and Neon.
 * - `pgCopyChunkWriter`: `COPY stat_invoices FROM STDIN` on a `pg` client, for Postgres.
 */
import { sql, type Kysely } from 'kysely';
import type { Client } from 'pg';
import type { Database } from '../../db/schema';
import { TOWNSHIPS } from '../geography';
import type { InvoiceChunk } from './generator';
import { INDUSTRIES, ITEMS, industryByKey } from '../industries';
import { buildWorld, chunkCount, MODEL_VERSION, type StoreParams, type World } from './model';
import { RESERVED_ID_BASE, RESERVED_INVOICE_ID_BASE } from './invoice-numbers';
import { copyFrom } from './pg-copy';

export class StoreMismatchError extends Error {
  override name = 'StoreMismatchError';
}

export type RunRow = {
  id: number;
  model_version: string;
  seed: number;
  invoices: number;
  chunk_size: number;
  chunks: number;
  finished_at: Date | null;
};

export async function currentRun(db: Kysely<Database>): Promise<RunRow | undefined> {
  const row = await db
    .selectFrom('stat_generation_runs')
    .select(['id', 'model_version', 'seed', 'invoices', 'chunk_size', 'chunks', 'finished_at'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && { ...row, seed: Number(row.seed), invoices: Number(row.invoices) };
}

export async function completedChunks(db: Kysely<Database>, runId: number): Promise<Set<number>> {
  const rows = await db.selectFrom('stat_generation_chunks').select('chunk_index').where('run_id', '=', runId).execute();
  return new Set(rows.map((r) => r.chunk_index));
}

/**
 * The citizens' indexes (migration 0007): a citizen's invoices by carrier and date, and an invoice
 * by its number. Kept up row by row, they would cost a bulk load more than the rows themselves
 * (random inserts into B-trees larger than the buffer cache), so a fresh run drops them and the
 * finished run builds them once. While a run is under way citizens' lists fall back to scans.
 */
const CITIZEN_INDEXES = {
  stat_invoices_buyer_issued_idx: sql`(buyer_id, issued_at) where buyer_id is not null`,
  stat_invoices_number_idx: sql`(track, number) where buyer_id is not null`,
};

async function buildCitizenIndex(db: Kysely<Database>): Promise<void> {
  for (const [name, definition] of Object.entries(CITIZEN_INDEXES)) {
    await sql`create index if not exists ${sql.id(name)} on stat_invoices ${definition}`.execute(db);
  }
}

/** Empties the store (lookups stay: they are the same for every run). */
export async function resetStore(db: Kysely<Database>): Promise<void> {
  // Carriers go with their holders (the demo seeder puts the demo citizens' back on next start).
  await sql`truncate stat_invoices, carriers, stat_buyers, stat_sellers, stat_generation_chunks, stat_generation_runs restart identity`.execute(db);
  await buildCitizenIndex(db);
}

/** The code tables (townships, industries, items); the same for every run, so inserting is idempotent. */
export async function insertLookups(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('stat_townships')
    .values(
      TOWNSHIPS.map((t) => ({
        code: Number(t.code),
        county_code: Number(t.county.code),
        county_name: t.county.name,
        county_name_en: t.county.nameEn,
        name: t.name,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('stat_industries')
    .values(INDUSTRIES.map((i) => ({ code: i.code, key: i.key, name: i.name, name_en: i.nameEn })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('stat_items')
    .values(ITEMS.map((i) => ({ code: i.code, industry_code: industryByKey(i.industry).code, name: i.name, name_en: i.nameEn })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

const SETUP_BATCH = 20_000;

async function insertWorld(db: Kysely<Database>, world: World): Promise<void> {
  const { sellers, buyers } = world;
  for (let start = 0; start < sellers.count; start += SETUP_BATCH) {
    const end = Math.min(sellers.count, start + SETUP_BATCH);
    const ids = Array.from({ length: end - start }, (_, i) => start + i + 1);
    await sql`
      insert into stat_sellers (id, ban, name, county_code, township_code, industry_code)
      select * from unnest(${ids}::int[], ${sellers.ban.slice(start, end)}::text[], ${sellers.name.slice(start, end)}::text[],
        ${Array.from(sellers.county.subarray(start, end))}::int[], ${Array.from(sellers.township.subarray(start, end))}::int[],
        ${Array.from(sellers.industry.subarray(start, end))}::smallint[])`.execute(db);
  }
  for (let start = 0; start < buyers.count; start += SETUP_BATCH) {
    const end = Math.min(buyers.count, start + SETUP_BATCH);
    const ids = Array.from({ length: end - start }, (_, i) => start + i + 1);
    await sql`
      insert into stat_buyers (id, carrier_type, age_band, gender)
      select * from unnest(${ids}::int[],
        ${Array.from(buyers.carrier.subarray(start, end))}::smallint[], ${Array.from(buyers.ageBand.subarray(start, end))}::smallint[],
        ${Array.from(buyers.gender.subarray(start, end))}::smallint[])`.execute(db);
    await sql`
      insert into carriers (buyer_id, type_code, number)
      select * from unnest(${ids}::int[], ${buyers.typeCode.slice(start, end)}::text[], ${buyers.number.slice(start, end)}::text[])`.execute(db);
  }
}

export type PreparedRun = { runId: number; world: World; done: Set<number>; resumed: boolean; totalChunks: number };

/**
 * Opens the run for `params`: resumes the stored run when it is the same (model version, seed,
 * invoices, chunk size), starts one on an empty store, and refuses to mix two different runs
 * unless `reset` is given.
 */
export async function prepareRun(db: Kysely<Database>, params: StoreParams, options: { reset?: boolean } = {}): Promise<PreparedRun> {
  const world = buildWorld(params);
  const totalChunks = chunkCount(params);
  let existing = await currentRun(db);
  if (existing && options.reset) {
    await resetStore(db);
    existing = undefined;
  }
  if (existing) {
    const same =
      existing.model_version === MODEL_VERSION &&
      existing.seed === params.seed &&
      existing.invoices === params.invoices &&
      existing.chunk_size === params.chunkSize;
    if (!same) {
      throw new StoreMismatchError(
        `The store holds another run (${existing.model_version}, seed ${existing.seed}, ${existing.invoices} invoices, chunks of ${existing.chunk_size}). ` +
          'Run with --reset to replace it, or with the same --seed, --invoices and --chunk-size to resume it.',
      );
    }
    return { runId: existing.id, world, done: await completedChunks(db, existing.id), resumed: true, totalChunks };
  }
  const runId = await db.transaction().execute(async (trx) => {
    // Rows written beside a run (the demo citizens' corner) may hold a BAN the new world draws:
    // they go, and the demo seeder writes them again around the run (npm run db:seed, or the
    // next start of the embedded database).
    await sql`delete from stat_invoices where id >= ${RESERVED_INVOICE_ID_BASE}`.execute(trx);
    await sql`delete from carriers where buyer_id >= ${RESERVED_ID_BASE}`.execute(trx);
    await sql`delete from stat_buyers where id >= ${RESERVED_ID_BASE}`.execute(trx);
    await sql`delete from stat_sellers where id >= ${RESERVED_ID_BASE}`.execute(trx);
    for (const name of Object.keys(CITIZEN_INDEXES)) await sql`drop index if exists ${sql.id(name)}`.execute(trx);
    await insertLookups(trx);
    await insertWorld(trx, world);
    const row = await trx
      .insertInto('stat_generation_runs')
      .values({
        model_version: MODEL_VERSION,
        seed: params.seed,
        invoices: params.invoices,
        chunk_size: params.chunkSize,
        chunks: totalChunks,
        sellers: world.sellers.count,
        buyers: world.buyers.count,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
  return { runId, world, done: new Set(), resumed: false, totalChunks };
}

export async function finishRun(db: Kysely<Database>, runId: number): Promise<void> {
  await buildCitizenIndex(db);
  await db.updateTable('stat_generation_runs').set({ finished_at: sql`now()` }).where('id', '=', runId).execute();
}

export type ChunkWriter = {
  method: 'copy' | 'insert';
  /** Writes the chunk and records it, in one transaction. */
  write(runId: number, chunk: InvoiceChunk): Promise<void>;
  close(): Promise<void>;
};

/** Postgres array literal of integers: '{1,2,3}'. */
function intArray(values: ArrayLike<number>, from: number, to: number): string {
  let s = '{';
  for (let k = from; k < to; k++) s += k === from ? values[k] : `,${values[k]}`;
  return `${s}}`;
}

function columns(chunk: InvoiceChunk) {
  const n = chunk.count;
  const nullable = (a: Int32Array | Int8Array) => Array.from(a, (v) => (v === 0 ? null : v));
  const codes = new Array<string>(n);
  const prices = new Array<string>(n);
  for (let j = 0; j < n; j++) {
    codes[j] = intArray(chunk.itemCodes, chunk.itemOffsets[j]!, chunk.itemOffsets[j + 1]!);
    prices[j] = intArray(chunk.itemPrices, chunk.itemOffsets[j]!, chunk.itemOffsets[j + 1]!);
  }
  return {
    id: Array.from({ length: n }, (_, j) => chunk.firstId + j),
    issuedAt: chunk.issuedAt,
    sellerId: Array.from(chunk.sellerId),
    county: Array.from(chunk.county),
    township: Array.from(chunk.township),
    industry: Array.from(chunk.industry),
    carrier: Array.from(chunk.carrier),
    buyerId: nullable(chunk.buyerId),
    ageBand: nullable(chunk.ageBand),
    gender: nullable(chunk.gender),
    amount: Array.from(chunk.amount),
    codes,
    prices,
    track: Array.from(chunk.track),
    number: Array.from(chunk.number),
    randomCode: Array.from(chunk.randomCode),
  };
}

export function kyselyChunkWriter(db: Kysely<Database>): ChunkWriter {
  return {
    method: 'insert',
    async write(runId, chunk) {
      const c = columns(chunk);
      await db.transaction().execute(async (trx) => {
        await sql`
          insert into stat_invoices (id, issued_at, seller_id, county_code, township_code, industry_code, carrier_type,
            buyer_id, age_band, gender, amount, item_codes, item_prices, track, number, random_code)
          select id, issued_at, seller_id, county_code, township_code, industry_code, carrier_type,
            buyer_id, age_band, gender, amount, item_codes::smallint[], item_prices::integer[], track, number, random_code
          from unnest(${c.id}::bigint[], ${c.issuedAt}::timestamp[], ${c.sellerId}::int[], ${c.county}::int[],
            ${c.township}::int[], ${c.industry}::smallint[], ${c.carrier}::smallint[], ${c.buyerId}::int[],
            ${c.ageBand}::smallint[], ${c.gender}::smallint[], ${c.amount}::int[], ${c.codes}::text[], ${c.prices}::text[],
            ${c.track}::smallint[], ${c.number}::int[], ${c.randomCode}::smallint[])
            as u(id, issued_at, seller_id, county_code, township_code, industry_code, carrier_type,
              buyer_id, age_band, gender, amount, item_codes, item_prices, track, number, random_code)`.execute(trx);
        await trx.insertInto('stat_generation_chunks').values({ run_id: runId, chunk_index: chunk.index, rows: chunk.count }).execute();
      });
    },
    close: async () => {},
  };
}

/** The chunk as COPY text rows (tab-separated, \N for null), in buffers of about 1 MB. */
export function copyText(chunk: InvoiceChunk): Buffer[] {
  const out: Buffer[] = [];
  let text = '';
  for (let j = 0; j < chunk.count; j++) {
    const b = chunk.buyerId[j]!;
    const holder = b === 0 ? '\\N\t\\N\t\\N' : `${b}\t${chunk.ageBand[j]}\t${chunk.gender[j]}`;
    const from = chunk.itemOffsets[j]!;
    const to = chunk.itemOffsets[j + 1]!;
    text += `${chunk.firstId + j}\t${chunk.issuedAt[j]}\t${chunk.sellerId[j]}\t${chunk.county[j]}\t${chunk.township[j]}\t${chunk.industry[j]}\t${chunk.carrier[j]}\t${holder}\t${chunk.amount[j]}\t${intArray(chunk.itemCodes, from, to)}\t${intArray(chunk.itemPrices, from, to)}\t${chunk.track[j]}\t${chunk.number[j]}\t${chunk.randomCode[j]}\n`;
    if (text.length > 1_000_000) {
      out.push(Buffer.from(text));
      text = '';
    }
  }
  if (text) out.push(Buffer.from(text));
  return out;
}

const COPY_INVOICES =
  'copy stat_invoices (id, issued_at, seller_id, county_code, township_code, industry_code, carrier_type, buyer_id, age_band, gender, amount, item_codes, item_prices, track, number, random_code) from stdin';

/** COPY on a `pg` client the caller opened (and, in tests, pointed at its schema). */
export function pgCopyChunkWriter(client: Client): ChunkWriter {
  return {
    method: 'copy',
    async write(runId, chunk) {
      const data = copyText(chunk);
      await client.query('begin');
      try {
        await copyFrom(client, COPY_INVOICES, data);
        await client.query('insert into stat_generation_chunks (run_id, chunk_index, rows) values ($1, $2, $3)', [
          runId,
          chunk.index,
          chunk.count,
        ]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      }
    },
    close: () => client.end(),
  };
}

/** Opens a `pg` client for COPY on the database of `url` (optionally in a schema of its own). */
export async function openPgCopyWriter(url: string, options: { searchPath?: string } = {}): Promise<ChunkWriter> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({
    connectionString: url,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  await client.connect();
  return pgCopyChunkWriter(client);
}

export type StoreSummary = { invoices: number; sellers: number; buyers: number; firstDay: string | null; lastDay: string | null };

export async function storeSummary(db: Kysely<Database>): Promise<StoreSummary> {
  const r = await sql<{ invoices: number; first_day: string | null; last_day: string | null }>`
    select count(*)::int8 as invoices, min(issued_at)::date::text as first_day, max(issued_at)::date::text as last_day
    from stat_invoices`.execute(db);
  const s = await sql<{ sellers: number; buyers: number }>`
    select (select count(*) from stat_sellers)::int8 as sellers, (select count(*) from stat_buyers)::int8 as buyers`.execute(db);
  return {
    invoices: Number(r.rows[0]?.invoices ?? 0),
    sellers: Number(s.rows[0]?.sellers ?? 0),
    buyers: Number(s.rows[0]?.buyers ?? 0),
    firstDay: r.rows[0]?.first_day ?? null,
    lastDay: r.rows[0]?.last_day ?? null,
  };
}
