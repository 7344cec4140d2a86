/**
 * Fills the store: every chunk not yet recorded, in order, each in its own transaction. Stopping
 * (an abort signal, Ctrl-C in the script, a crash) loses at most the chunk being written; running
 * again with the same parameters continues where it stopped and writes no invoice twice.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { generateChunk } from './generator';
import type { StoreParams } from './model';
import { finishRun, prepareRun, type ChunkWriter } from './store';

export type GenerateProgress = {
  chunksDone: number;
  totalChunks: number;
  /** Invoices in the store for this run, including chunks written by earlier runs. */
  rowsStored: number;
  /** Written by this call. */
  rowsWritten: number;
  elapsedMs: number;
  rowsPerSecond: number;
};

export type GenerateOptions = {
  db: Kysely<Database>;
  writer: ChunkWriter;
  params: StoreParams;
  reset?: boolean;
  signal?: AbortSignal;
  /** Stop after writing this many chunks (tests of resuming; benchmarks of a part). */
  maxChunks?: number;
  onProgress?(progress: GenerateProgress): void;
};

export type GenerateResult = GenerateProgress & { runId: number; resumed: boolean; complete: boolean; setupMs: number };

export async function generateStore(options: GenerateOptions): Promise<GenerateResult> {
  const { db, writer, params } = options;
  const setupStarted = performance.now();
  const { runId, world, done, resumed, totalChunks } = await prepareRun(db, params, { reset: options.reset });
  const setupMs = performance.now() - setupStarted;
  const started = performance.now();
  let rowsStored = [...done].reduce((sum, i) => sum + Math.min(params.chunkSize, params.invoices - i * params.chunkSize), 0);
  let rowsWritten = 0;
  let written = 0;
  const progress = (): GenerateProgress => {
    const elapsedMs = performance.now() - started;
    return {
      chunksDone: done.size,
      totalChunks,
      rowsStored,
      rowsWritten,
      elapsedMs,
      rowsPerSecond: elapsedMs > 0 ? (rowsWritten * 1000) / elapsedMs : 0,
    };
  };
  for (let index = 0; index < totalChunks; index++) {
    if (done.has(index)) continue;
    if (options.signal?.aborted || (options.maxChunks !== undefined && written >= options.maxChunks)) break;
    const chunk = generateChunk(world, index);
    await writer.write(runId, chunk);
    done.add(index);
    written++;
    rowsStored += chunk.count;
    rowsWritten += chunk.count;
    options.onProgress?.(progress());
  }
  const complete = done.size === totalChunks;
  if (complete) await finishRun(db, runId);
  return { ...progress(), runId, resumed, complete, setupMs };
}
