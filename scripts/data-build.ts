/**
 * npm run data:build -- [--k 10] [--out data/datasets] [--keep 3] [--audit]
 * Aggregates the store into the published datasets (JSON, CSV, metadata per version).
 */
import { auditDatasets } from '../lib/stats/pipeline/privacy-audit';
import { buildFromStore } from '../lib/stats/pipeline/build';
import { DEFAULT_OUT_DIR, writeDatasets } from '../lib/stats/pipeline/output';
import { DEFAULT_K } from '../lib/stats/pipeline/publish';
import { duration, fmt, options, positiveInt, withStore } from './data-common';

const USAGE = `usage: npm run data:build -- [--k K] [--out DIR] [--keep N] [--audit]

  --k K       suppress cells with fewer than K distinct sellers (or buyers, where counted); default ${DEFAULT_K}
  --out DIR   output directory (default ${DEFAULT_OUT_DIR})
  --keep N    versions kept per dataset (default 3)
  --audit     recount every published cell with independent SQL and fail on any privacy problem
              (slow on millions of invoices: a full count(distinct) per dataset)`;

const args = options(
  { k: { type: 'string' }, out: { type: 'string' }, keep: { type: 'string' }, audit: { type: 'boolean' } },
  USAGE,
);
const k = positiveInt('k', args.k, DEFAULT_K);
const keep = positiveInt('keep', args.keep, 3);
const outDir = args.out ?? DEFAULT_OUT_DIR;

await withStore(async ({ db }) => {
  const started = performance.now();
  const { datasets, timings } = await buildFromStore(db, { k });
  console.log(`aggregated in ${duration(timings.total ?? 0)}: ${Object.entries(timings).map(([name, ms]) => `${name} ${fmt(ms)} ms`).join(', ')}`);
  if (args.audit) {
    const auditStarted = performance.now();
    const problems = await auditDatasets(db, datasets, { k });
    if (problems.length > 0) {
      for (const p of problems.slice(0, 50)) console.error(`privacy: ${p}`);
      throw new Error(`the audit found ${problems.length} problem(s): nothing was written`);
    }
    console.log(`audit: every published cell has ≥ ${k} sellers (and buyers where counted) (${duration(performance.now() - auditStarted)})`);
  }
  const outcomes = writeDatasets(outDir, datasets, { keep });
  for (const d of datasets) {
    const o = outcomes.find((x) => x.id === d.id)!;
    console.log(
      `${d.id} ${d.version}: ${fmt(d.metadata.rowCount)} rows, ${fmt(d.metadata.suppressedCount)} suppressed (${d.metadata.primarySuppressed} primary, ${d.metadata.secondarySuppressed} secondary)${o.written ? '' : ' — unchanged'}${o.pruned.length ? `; pruned ${o.pruned.join(', ')}` : ''}`,
    );
  }
  console.log(`wrote ${outDir}/ in ${duration(performance.now() - started)}`);
});
