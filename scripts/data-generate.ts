/**
 * npm run data:generate -- --invoices N --seed S
 * Fills the synthetic e-invoice store (docs/statistics.md). Resumable: Ctrl-C stops after the
 * chunk being written; the same command again continues where it stopped, with no duplicates.
 */
import { generateStore } from '../lib/stats/synthetic/generate';
import { kyselyChunkWriter, openPgCopyWriter, storeSummary, type ChunkWriter } from '../lib/stats/synthetic/store';
import { duration, fmt, options, positiveInt, progressLine, withStore } from './data-common';

const USAGE = `usage: npm run data:generate -- [--invoices N] [--seed S] [--chunk-size B] [--method copy|insert] [--reset]

  --invoices N     synthetic invoices to generate (default 200000)
  --seed S         PRNG seed (default 1); the same seed and N always give the same rows
  --chunk-size B   invoices per transaction (default 50000); part of the run's identity
  --method         copy (Postgres default) or insert (batched inserts; PGlite and Neon)
  --reset          empty the store first (otherwise a different run in the store is an error)

DATABASE_URL unset → the embedded PGlite in PGLITE_DIR (default .data/pglite).`;

const args = options(
  {
    invoices: { type: 'string' },
    seed: { type: 'string' },
    'chunk-size': { type: 'string' },
    method: { type: 'string' },
    reset: { type: 'boolean' },
  },
  USAGE,
);

const params = {
  invoices: positiveInt('invoices', args.invoices, 200_000),
  seed: Number(args.seed ?? 1),
  chunkSize: positiveInt('chunk-size', args['chunk-size'], 50_000),
};
if (!Number.isSafeInteger(params.seed) || params.seed < 0) {
  console.error(`error: --seed must be a whole number ≥ 0 (got "${args.seed}")`);
  process.exit(2);
}

// First Ctrl-C: finish the chunk in flight and stop cleanly. Second: leave at once (the server
// rolls the open transaction back, so the store still holds whole chunks only). npm and tsx pass
// a terminal's SIGINT on to this process, which also gets it from the terminal: signals within a
// second of the first count as the same Ctrl-C.
const stop = new AbortController();
let firstSignal = 0;
const onSignal = () => {
  if (stop.signal.aborted) {
    if (Date.now() - firstSignal > 1_000) process.exit(130);
    return;
  }
  firstSignal = Date.now();
  console.log('\nstopping after the current chunk (Ctrl-C again to stop at once)…');
  stop.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

await withStore(async ({ db }, config) => {
  const method = args.method ?? (config.driver === 'pg' ? 'copy' : 'insert');
  if (method !== 'copy' && method !== 'insert') throw new Error(`--method must be copy or insert (got "${method}")`);
  if (method === 'copy' && config.driver !== 'pg') throw new Error(`--method copy needs a Postgres DATABASE_URL (this is ${config.label})`);
  const writer: ChunkWriter = method === 'copy' && config.driver === 'pg' ? await openPgCopyWriter(config.url) : kyselyChunkWriter(db);

  console.log(`generating ${fmt(params.invoices)} invoices, seed ${params.seed}, chunks of ${fmt(params.chunkSize)}, by ${method}`);
  const line = progressLine();
  try {
    const result = await generateStore({
      db,
      writer,
      params,
      reset: args.reset,
      signal: stop.signal,
      onProgress: (p) => {
        const left = params.invoices - p.rowsStored;
        const eta = p.rowsPerSecond > 0 ? duration((left / p.rowsPerSecond) * 1000) : '…';
        line.update(
          `chunk ${p.chunksDone}/${p.totalChunks} · ${fmt(p.rowsStored)} / ${fmt(params.invoices)} invoices (${fmt((100 * p.rowsStored) / params.invoices, 1)}%) · ${fmt(p.rowsPerSecond)} rows/s · ETA ${eta}`,
        );
      },
    });
    line.done();
    if (result.resumed) console.log(`resumed an interrupted run (${fmt(result.rowsStored - result.rowsWritten)} invoices were already stored)`);
    console.log(
      `wrote ${fmt(result.rowsWritten)} invoices in ${duration(result.elapsedMs)} (${fmt(result.rowsPerSecond)} rows/s; set-up ${duration(result.setupMs)})`,
    );
    if (!result.complete) {
      console.log(`stopped at ${fmt(result.rowsStored)} of ${fmt(params.invoices)}: run the same command to resume.`);
      process.exitCode = 130;
      return;
    }
    const s = await storeSummary(db);
    console.log(`store: ${fmt(s.invoices)} invoices ${s.firstDay} … ${s.lastDay}, ${fmt(s.sellers)} sellers, ${fmt(s.buyers)} carrier holders`);
  } finally {
    await writer.close();
  }
});
