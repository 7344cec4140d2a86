/**
 * Writes built datasets as versioned files:
 *   <out>/<id>/<version>/{<id>.json, <id>.csv, <id>.metadata.json}
 *   <out>/index.json — every dataset with its latest version and the versions kept.
 * Versions are named by their content, so an unchanged dataset is not rewritten and a rebuild
 * of the same store leaves the directory exactly as it was.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATASET_IDS, DATASETS, type DatasetId, type Text } from '../datasets';
import { versionFilePath } from '../files';
import type { BuiltDataset } from './publish';

export const DEFAULT_OUT_DIR = 'data/datasets';

export type IndexVersion = { version: string; modified: string; rowCount: number; suppressedCount: number };
export type IndexEntry = {
  id: DatasetId;
  title: Text;
  latest: string;
  files: { json: string; csv: string; metadata: string };
  versions: IndexVersion[];
};
export type DatasetIndex = { synthetic: true; note: Text; datasets: IndexEntry[] };

export type WriteOutcome = { id: DatasetId; version: string; written: boolean; pruned: string[] };

export function filesOf(id: DatasetId, version: string) {
  return { json: versionFilePath(id, version, 'json'), csv: versionFilePath(id, version, 'csv'), metadata: versionFilePath(id, version, 'metadata') };
}

export function readIndex(outDir: string): DatasetIndex | null {
  const file = path.join(outDir, 'index.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DatasetIndex) : null;
}

export function writeDatasets(outDir: string, built: readonly BuiltDataset[], options: { keep?: number } = {}): WriteOutcome[] {
  const keep = Math.max(1, options.keep ?? 3);
  const previous = readIndex(outDir);
  const outcomes: WriteOutcome[] = [];
  const entries = new Map<DatasetId, IndexEntry>((previous?.datasets ?? []).map((e) => [e.id, e]));
  for (const b of built) {
    const files = filesOf(b.id, b.version);
    const dir = path.join(outDir, b.id, b.version);
    const written = !existsSync(path.join(outDir, files.metadata));
    if (written) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(outDir, files.json), b.files.json);
      writeFileSync(path.join(outDir, files.csv), b.files.csv);
      writeFileSync(path.join(outDir, files.metadata), b.files.metadata);
    }
    const old = entries.get(b.id);
    const current: IndexVersion = {
      version: b.version,
      modified: b.metadata.modified,
      rowCount: b.metadata.rowCount,
      suppressedCount: b.metadata.suppressedCount,
    };
    const known = old?.versions.find((v) => v.version === b.version);
    const versions = [known ?? current, ...(old?.versions ?? []).filter((v) => v.version !== b.version)];
    const pruned = versions.slice(keep).map((v) => v.version);
    for (const v of pruned) rmSync(path.join(outDir, b.id, v), { recursive: true, force: true });
    entries.set(b.id, { id: b.id, title: DATASETS[b.id].title, latest: b.version, files, versions: versions.slice(0, keep) });
    outcomes.push({ id: b.id, version: b.version, written, pruned });
  }
  const index: DatasetIndex = {
    synthetic: true,
    note: {
      'zh-Hant-TW': '全部資料集皆為合成資料，僅供展示與測試。各資料集的欄位、遮蔽與校準依據見其 metadata.json。',
      en: 'Every dataset here is synthetic, for demonstration and testing only. See each metadata.json for fields, suppression and calibration.',
    },
    datasets: DATASET_IDS.filter((id) => entries.has(id)).map((id) => entries.get(id)!),
  };
  const text = `${JSON.stringify(index, null, 2)}\n`;
  const file = path.join(outDir, 'index.json');
  mkdirSync(outDir, { recursive: true });
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  return outcomes;
}
