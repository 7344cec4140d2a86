/**
 * Reads the published datasets (data/datasets, written by `npm run data:build`) for the catalog
 * pages, the dashboards and the stable file URLs. Server-only and read at build time: every page
 * and file that uses it is static. Returns the app's own shapes (DTOs), not the raw files,
 * except for the file URLs, which serve the published bytes unchanged (their sha256 is in the
 * metadata).
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/lib/i18n/routing';
import type { DatasetId, Row } from './datasets';
import { DATASET_FILES, datasetFileName, fileUrlPath, type DatasetFileKind } from './files';
import { COUNTIES } from './geography';
import type { DatasetIndex } from './pipeline/output';
import type { DatasetMetadata } from './pipeline/publish';
import { MEASURE_FIELDS, TOPICS, cellIndex, type Label, type MeasureKey, type TopicData, type TopicId } from './views/topics';

export type { DatasetMetadata };

const root = () => path.join(process.cwd(), 'data', 'datasets');
const cache = new Map<string, unknown>();

function readJson<T>(relative: string): T {
  if (!cache.has(relative)) cache.set(relative, JSON.parse(readFileSync(path.join(root(), relative), 'utf8')));
  return cache.get(relative) as T;
}

export function datasetIndex(): DatasetIndex {
  return readJson<DatasetIndex>('index.json');
}

function entryOf(id: string) {
  const entry = datasetIndex().datasets.find((d) => d.id === id);
  if (!entry) throw new Error(`No published dataset "${id}" in data/datasets/index.json`);
  return entry;
}

export function datasetIds(): DatasetId[] {
  return datasetIndex().datasets.map((d) => d.id);
}

export function hasDataset(id: string): id is DatasetId {
  return datasetIndex().datasets.some((d) => d.id === id);
}

/** The latest version's metadata, as published. */
export function datasetMetadata(id: DatasetId): DatasetMetadata {
  return readJson<DatasetMetadata>(entryOf(id).files.metadata);
}

export function datasetRows(id: DatasetId): Row[] {
  return readJson<{ rows: Row[] }>(entryOf(id).files.json).rows;
}

/** The latest version's file, byte for byte (CSV cells were made formula-safe when it was built). */
export function datasetFile(id: DatasetId, kind: DatasetFileKind): string {
  return datasetFileBytes(id, kind).toString('utf8');
}

/** The same file as bytes, as served (a Response's text() would drop the CSV's byte-order mark). */
export function datasetFileBytes(id: DatasetId, kind: DatasetFileKind): Buffer {
  return readFileSync(path.join(root(), entryOf(id).files[kind]));
}

/** GET /data/<id>.<kind> (app/data/[file]/route.ts). */
export function datasetFileResponse(id: DatasetId, kind: DatasetFileKind): Response {
  return new Response(new Uint8Array(datasetFileBytes(id, kind)), {
    headers: {
      'Content-Type': DATASET_FILES[kind].contentType,
      // Inline for JSON; a download named like the URL for CSV.
      ...(kind === 'csv' ? { 'Content-Disposition': `attachment; filename="${datasetFileName(id, 'csv')}"` } : {}),
      // The notes, field definitions and suppression rules are in the metadata file, not above the
      // CSV's header: the data files point to it (W3C CSV on the Web's describedby link).
      ...(kind === 'metadata' ? {} : { Link: `<${fileUrlPath(id, 'metadata')}>; rel="describedby"; type="application/json"` }),
      'Access-Control-Allow-Origin': '*',
    },
  });
}

const text = (t: { 'zh-Hant-TW': string; en: string }, locale: Locale) => t[locale];

/** Labels of a field's codes, in the dataset's order. */
function labelsOf(meta: DatasetMetadata, rows: readonly Row[], field: string, locale: Locale): Label[] {
  const keys = [...new Set(rows.map((r) => String(r[field])))];
  if (field === 'county_code') {
    return keys.map((key) => {
      const county = COUNTIES.find((c) => c.code === key);
      if (!county) throw new Error(`Unknown county code ${key}`);
      return { key, label: locale === 'en' ? county.nameEn : county.name };
    });
  }
  if (field === 'hour') return keys.map((key) => ({ key, label: locale === 'en' ? `${key.padStart(2, '0')}:00` : `${key}時` }));
  const list = (meta.codeLists as Record<string, readonly { key: string; name: string; nameEn: string }[]>)[field];
  if (!list) throw new Error(`${meta.id}: no code list for ${field}`);
  return keys.map((key) => {
    const code = list.find((c) => c.key === key);
    if (!code) throw new Error(`${meta.id}: ${field} ${key} is not in its code list`);
    return { key, label: locale === 'en' ? code.nameEn : code.name };
  });
}

/** Every cell of a topic's dataset in the compact shape the dashboard island takes. */
export function topicData(topic: TopicId, locale: Locale): TopicData {
  const spec = TOPICS[topic];
  const meta = datasetMetadata(spec.dataset);
  const rows = datasetRows(spec.dataset);
  const periods = [...new Set(rows.map((r) => String(r[spec.time])))].sort();
  const categories = spec.categoryField ? labelsOf(meta, rows, spec.categoryField, locale) : [];
  const series = spec.seriesField ? labelsOf(meta, rows, spec.seriesField, locale) : [{ key: 'all', label: '' }];
  const shape = { categories, series };
  const size = periods.length * Math.max(1, categories.length) * series.length;
  if (rows.length !== size) throw new Error(`${spec.dataset}: ${rows.length} rows, expected a full grid of ${size}`);

  const hasShare = meta.fields.some((f) => f.name === MEASURE_FIELDS.share);
  const arrays: Record<MeasureKey, (number | null)[]> = {
    count: new Array<number | null>(size).fill(null),
    amount: new Array<number | null>(size).fill(null),
    mean: new Array<number | null>(size).fill(null),
    share: new Array<number | null>(hasShare ? size : 0).fill(null),
  };
  const pIndex = new Map(periods.map((p, i) => [p, i]));
  const cIndex = new Map(categories.map((c, i) => [c.key, i]));
  const sIndex = new Map(series.map((s, i) => [s.key, i]));
  for (const row of rows) {
    const p = pIndex.get(String(row[spec.time]))!;
    const c = spec.categoryField ? cIndex.get(String(row[spec.categoryField]))! : 0;
    const s = spec.seriesField ? sIndex.get(String(row[spec.seriesField]))! : 0;
    const at = cellIndex(shape, p, c, s);
    // Suppressed cells stay null in every measure, whatever the file holds.
    if (row.suppressed === true) continue;
    for (const m of ['count', 'amount', 'mean', ...(hasShare ? (['share'] as const) : [])] as const) {
      const v = row[MEASURE_FIELDS[m]];
      arrays[m][at] = typeof v === 'number' ? v : null;
    }
  }
  return { topic, periods, categories, series, count: arrays.count, amount: arrays.amount, mean: arrays.mean, share: hasShare ? arrays.share : null };
}

/** What the pages show about a dataset, in one language. */
export type DatasetSummary = {
  id: DatasetId;
  title: string;
  description: string;
  modified: string;
  version: string;
  temporal: { start: string; end: string; granularity: string };
  updateFrequency: string;
  rowCount: number;
  suppressedCount: number;
};

export function datasetSummary(id: DatasetId, locale: Locale): DatasetSummary {
  const m = datasetMetadata(id);
  return {
    id,
    title: text(m.title, locale),
    description: text(m.description, locale),
    modified: m.modified,
    version: m.version,
    temporal: { start: String(m.temporalCoverage.start), end: String(m.temporalCoverage.end), granularity: m.temporalCoverage.granularity },
    updateFrequency: text(m.updateFrequency, locale),
    rowCount: m.rowCount,
    suppressedCount: m.suppressedCount,
  };
}
