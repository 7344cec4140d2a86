import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AggregatedId } from '@/lib/stats/pipeline/aggregate';
import type { Cell } from '@/lib/stats/datasets';
import { readIndex, writeDatasets } from '@/lib/stats/pipeline/output';
import { buildDatasets, type PublishContext } from '@/lib/stats/pipeline/publish';

const ctx: PublishContext = { k: 10, modified: '2026-11-22', generation: { modelVersion: 't', seed: 1, invoices: 100, sellers: 20, buyers: 0 } };
const empty = (): Record<AggregatedId, Cell[]> => ({
  'einvoice-industry-monthly': [{ dims: { month: '2021-01', industry: 1 }, invoices: 100, amount: 5000, sellers: 20, buyers: null }],
  'einvoice-county-monthly': [],
  'einvoice-township-annual': [],
  'einvoice-carrier-monthly': [],
  'einvoice-age-gender-monthly': [],
  'einvoice-hour-weekday-annual': [],
});

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'stats-out-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writing versioned datasets', () => {
  it('writes <id>/<version>/{json,csv,metadata} and an index of the latest versions', () => {
    const out = fresh();
    const built = buildDatasets(empty(), ctx);
    const outcomes = writeDatasets(out, built);
    expect(outcomes.every((o) => o.written)).toBe(true);
    const index = readIndex(out)!;
    expect(index.datasets).toHaveLength(7);
    const entry = index.datasets[0]!;
    expect(entry.files.csv).toBe(`${entry.id}/${entry.latest}/${entry.id}.csv`);
    for (const f of Object.values(entry.files)) expect(existsSync(path.join(out, f))).toBe(true);
    expect(readFileSync(path.join(out, entry.files.csv), 'utf8')).toBe(built[0]!.files.csv);
  });

  it('leaves everything untouched when the same data is built again', () => {
    const out = fresh();
    writeDatasets(out, buildDatasets(empty(), ctx));
    const before = readFileSync(path.join(out, 'index.json'), 'utf8');
    const again = writeDatasets(out, buildDatasets(empty(), { ...ctx, modified: '2027-01-01' }));
    expect(again.some((o) => o.written)).toBe(false);
    expect(readFileSync(path.join(out, 'index.json'), 'utf8')).toBe(before);
  });

  it('adds a new version when the data changes and keeps only the newest N', () => {
    const out = fresh();
    writeDatasets(out, buildDatasets(empty(), ctx), { keep: 2 });
    writeDatasets(out, buildDatasets(empty(), { ...ctx, k: 11 }), { keep: 2 });
    const third = writeDatasets(out, buildDatasets(empty(), { ...ctx, k: 12 }), { keep: 2 });
    const id = 'einvoice-industry-monthly';
    expect(third.find((o) => o.id === id)!.pruned).toHaveLength(1);
    expect(readdirSync(path.join(out, id))).toHaveLength(2);
    const entry = readIndex(out)!.datasets.find((d) => d.id === id)!;
    expect(entry.versions.map((v) => v.version)).toEqual([entry.latest, expect.any(String)]);
  });
});
