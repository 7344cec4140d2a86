/**
 * The published files of a dataset: their names, where they sit in data/datasets, their stable
 * URLs and their media types, defined once for the pipeline (publish, output), the reader, the
 * file route and the DCAT catalog. Pure.
 */

export const DATASET_FILE_KINDS = ['csv', 'json', 'metadata'] as const;
export type DatasetFileKind = (typeof DATASET_FILE_KINDS)[number];

export const DATASET_FILES: Readonly<Record<DatasetFileKind, { suffix: string; mediaType: string; contentType: string; format: string }>> = {
  // UTF-8 with a byte-order mark, so that Excel on Traditional Chinese Windows reads it as UTF-8.
  csv: { suffix: '.csv', mediaType: 'text/csv', contentType: 'text/csv; charset=utf-8', format: 'CSV' },
  json: { suffix: '.json', mediaType: 'application/json', contentType: 'application/json; charset=utf-8', format: 'JSON' },
  metadata: { suffix: '.metadata.json', mediaType: 'application/json', contentType: 'application/json; charset=utf-8', format: 'JSON' },
};

/** A dataset file's name: einvoice-county-monthly.csv, ….json, ….metadata.json. */
export function datasetFileName(id: string, kind: DatasetFileKind): string {
  return `${id}${DATASET_FILES[kind].suffix}`;
}

/** Where a version's file sits under data/datasets: <id>/<version>/<id>.<kind>. */
export function versionFilePath(id: string, version: string, kind: DatasetFileKind): string {
  return `${id}/${version}/${datasetFileName(id, kind)}`;
}

/** The stable URL path of a dataset's latest file: /data/<id>.csv, .json, .metadata.json. */
export function fileUrlPath(id: string, kind: DatasetFileKind): string {
  return `/data/${datasetFileName(id, kind)}`;
}

/** The dataset's page, which every file's metadata points back to. */
export function datasetPagePath(id: string): string {
  return `/data/${id}`;
}

export const CATALOG_PATH = '/data/catalog.json';

/** Which kind a file name in /data/ is, or null. */
export function parseFileName(file: string, ids: readonly string[]): { id: string; kind: DatasetFileKind } | null {
  for (const id of ids) for (const kind of DATASET_FILE_KINDS) if (datasetFileName(id, kind) === file) return { id, kind };
  return null;
}
