/**
 * The committed demo datasets (data/datasets, from `npm run data:demo`): whatever later pages
 * render from must be complete, consistent, marked synthetic and free of anything that could
 * identify a seller or a buyer. (The integration privacy test also recounts every cell against
 * the store; this one needs no database.)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASETS, DATASET_IDS, IDENTIFYING_FIELDS, fieldsOf, type Cell, type Row } from '@/lib/stats/datasets';
import { DEFAULT_OUT_DIR, type DatasetIndex } from '@/lib/stats/pipeline/output';

const dir = path.resolve(DEFAULT_OUT_DIR);
const read = (rel: string) => readFileSync(path.join(dir, rel), 'utf8');
const index = JSON.parse(read('index.json')) as DatasetIndex;

describe('committed demo datasets (data/datasets)', () => {
  it('lists every dataset with files that exist', () => {
    expect(index.synthetic).toBe(true);
    expect(index.datasets.map((d) => d.id)).toEqual([...DATASET_IDS]);
    for (const d of index.datasets) {
      for (const f of Object.values(d.files)) expect(existsSync(path.join(dir, f)), f).toBe(true);
      expect(d.versions[0]!.version).toBe(d.latest);
    }
  });

  for (const entry of index.datasets) {
    describe(entry.id, () => {
      const def = DATASETS[entry.id];
      const metadata = JSON.parse(read(entry.files.metadata));
      const jsonText = read(entry.files.json);
      const csvText = read(entry.files.csv);
      const rows = (JSON.parse(jsonText) as { rows: Row[] }).rows;

      it('matches its metadata (checksums, row count, version) and is marked synthetic', () => {
        expect(createHash('sha256').update(jsonText).digest('hex')).toBe(metadata.files.json.sha256);
        expect(createHash('sha256').update(csvText).digest('hex')).toBe(metadata.files.csv.sha256);
        expect(metadata.version).toBe(entry.latest);
        expect(metadata.rowCount).toBe(rows.length);
        expect(rows).toHaveLength(def.grid().length);
        expect(metadata.synthetic).toBe(true);
        expect(metadata.title['zh-Hant-TW']).toContain('合成資料');
        expect(metadata.notes.en).toMatch(/synthetic/i);
      });

      it('has no identifying field and withholds every measure of a suppressed row', () => {
        for (const f of fieldsOf(def)) expect(IDENTIFYING_FIELDS).not.toContain(f.name);
        const measures = ['invoice_count', 'amount_ntd', 'mean_ticket_ntd', 'share_pct'];
        const leaks = rows.filter((r) => r.suppressed === true && measures.some((m) => m in r && r[m] !== null));
        expect(leaks).toEqual([]);
        expect(rows.filter((r) => r.suppressed === false && r.invoice_count === null)).toEqual([]);
      });

      it('never leaves exactly one suppressed cell in a partition with a known total', () => {
        const grid = def.grid();
        for (const family of def.families) {
          const groups = new Map<string, number>();
          const sizes = new Map<string, number>();
          grid.forEach((dims, i) => {
            const key = family.key({ dims } as Cell);
            sizes.set(key, (sizes.get(key) ?? 0) + 1);
            if (rows[i]!.suppressed) groups.set(key, (groups.get(key) ?? 0) + 1);
          });
          const single = [...groups].filter(([key, n]) => n === 1 && sizes.get(key)! > 1);
          expect(single).toEqual([]);
        }
      });

      it('has CSV rows equal to the JSON rows, with no cell a spreadsheet would run', () => {
        expect(csvText.startsWith('\uFEFF'), 'UTF-8 with a byte-order mark').toBe(true);
        const lines = csvText.slice(1).split('\r\n').filter(Boolean);
        expect(lines[0]).toBe(fieldsOf(def).map((f) => f.name).join(','));
        expect(lines).toHaveLength(rows.length + 1);
        for (const line of lines) for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@]/);
      });
    });
  }
});
