/**
 * npm run data:demo — the committed demo datasets: 200,000 synthetic invoices (seed 1) in a fresh
 * embedded database in a temporary directory, built into data/datasets (latest version only) and
 * audited. Takes well under a minute; CI can rebuild and compare.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditDatasets } from '../lib/stats/pipeline/privacy-audit';
import { buildFromStore } from '../lib/stats/pipeline/build';
import { generateStore } from '../lib/stats/synthetic/generate';
import { DEFAULT_OUT_DIR, writeDatasets } from '../lib/stats/pipeline/output';
import { DEFAULT_K } from '../lib/stats/pipeline/publish';
import { kyselyChunkWriter } from '../lib/stats/synthetic/store';
import { duration, fmt, options, positiveInt, withStore } from './data-common';

const DEMO = { invoices: 200_000, seed: 1, chunkSize: 50_000 } as const;

const args = options(
  { invoices: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  `usage: npm run data:demo -- [--invoices ${DEMO.invoices}] [--seed ${DEMO.seed}] [--out ${DEFAULT_OUT_DIR}]`,
);
const params = { invoices: positiveInt('invoices', args.invoices, DEMO.invoices), seed: Number(args.seed ?? DEMO.seed), chunkSize: DEMO.chunkSize };
const dir = mkdtempSync(path.join(tmpdir(), 'taxcloud-stats-demo-'));
// The demo never touches DATABASE_URL's database: it is always a throw-away embedded one.
delete process.env.DATABASE_URL;
const started = performance.now();
try {
  await withStore(
    async ({ db }) => {
      const g = await generateStore({ db, writer: kyselyChunkWriter(db), params, reset: true });
      console.log(`generated ${fmt(g.rowsWritten)} invoices (seed ${params.seed}) in ${duration(g.elapsedMs + g.setupMs)}`);
      const { datasets, timings, k } = await buildFromStore(db, { k: DEFAULT_K });
      console.log(`aggregated in ${duration(timings.total ?? 0)}`);
      const problems = await auditDatasets(db, datasets, { k });
      if (problems.length > 0) {
        for (const p of problems.slice(0, 50)) console.error(`privacy: ${p}`);
        throw new Error(`the audit found ${problems.length} problem(s): nothing was written`);
      }
      const outcomes = writeDatasets(args.out ?? DEFAULT_OUT_DIR, datasets, { keep: 1 });
      const changed = outcomes.filter((o) => o.written).length;
      console.log(`${args.out ?? DEFAULT_OUT_DIR}: ${changed} of ${outcomes.length} datasets changed; audit passed`);
    },
    { pgliteDir: path.join(dir, 'pglite') },
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  console.log(`data:demo done in ${duration(performance.now() - started)}`);
}
