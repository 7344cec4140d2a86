/**
 * `npm run data:build` without the command line: aggregate the store, suppress, and give back
 * the datasets (written by output.ts). Server-side only; no Next imports.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { aggregateStore } from './aggregate';
import { buildDatasets, DEFAULT_K, type BuiltDataset } from './publish';
import { currentRun } from '../synthetic/store';

export class StoreNotReadyError extends Error {
  override name = 'StoreNotReadyError';
}

export type BuildOptions = { k?: number; modified?: string; allowPartial?: boolean };
export type BuildResult = { datasets: BuiltDataset[]; timings: Record<string, number>; k: number };

export async function buildFromStore(db: Kysely<Database>, options: BuildOptions = {}): Promise<BuildResult> {
  const k = options.k ?? DEFAULT_K;
  const run = await currentRun(db);
  if (!run) throw new StoreNotReadyError('The store is empty: run `npm run data:generate` first.');
  if (!run.finished_at && !options.allowPartial) {
    throw new StoreNotReadyError(
      `The store's run (seed ${run.seed}, ${run.invoices} invoices) is not finished: run the same data:generate command again to complete it.`,
    );
  }
  const counts = await db
    .selectFrom('stat_generation_runs')
    .select(['sellers', 'buyers'])
    .where('id', '=', run.id)
    .executeTakeFirstOrThrow();
  const { cells, timings } = await aggregateStore(db);
  const started = performance.now();
  const datasets = buildDatasets(cells, {
    k,
    modified: options.modified ?? new Date().toISOString().slice(0, 10),
    generation: {
      modelVersion: run.model_version,
      seed: run.seed,
      invoices: run.invoices,
      sellers: Number(counts.sellers),
      buyers: Number(counts.buyers),
    },
  });
  timings.suppressAndFormat = Math.round(performance.now() - started);
  return { datasets, timings, k };
}
