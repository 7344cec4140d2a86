import { describe, expect, it } from 'vitest';
import { DATASET_FILES, DATASET_FILE_KINDS, datasetFileName, fileUrlPath, parseFileName, versionFilePath } from '@/lib/stats/files';
import { datasetIndex, datasetMetadata } from '@/lib/stats/read-datasets';
import { dcatCatalog, CATALOG_TEXT } from '@/lib/stats/views/dcat';

describe('dataset file names and media types (defined once)', () => {
  it('name, place and URL every kind of file the same way', () => {
    expect(datasetFileName('einvoice-county-monthly', 'metadata')).toBe('einvoice-county-monthly.metadata.json');
    expect(versionFilePath('einvoice-county-monthly', '1.abc', 'csv')).toBe('einvoice-county-monthly/1.abc/einvoice-county-monthly.csv');
    expect(fileUrlPath('einvoice-county-monthly', 'json')).toBe('/data/einvoice-county-monthly.json');
  });

  it('read a file name back, and refuse names that are not a dataset file', () => {
    const ids = ['a-monthly', 'a-monthly-extra'];
    for (const id of ids) for (const kind of DATASET_FILE_KINDS) expect(parseFileName(datasetFileName(id, kind), ids)).toEqual({ id, kind });
    expect(parseFileName('a-monthly.xlsx', ids)).toBeNull();
    expect(parseFileName('other.csv', ids)).toBeNull();
  });

  it('agree with what the index, the metadata and the DCAT catalog of the published datasets say', () => {
    const metadata = datasetIndex().datasets.map((d) => datasetMetadata(d.id));
    for (const entry of datasetIndex().datasets) {
      for (const kind of DATASET_FILE_KINDS) expect(entry.files[kind]).toBe(versionFilePath(entry.id, entry.latest, kind));
      const m = datasetMetadata(entry.id);
      expect(m.files.csv.name).toBe(datasetFileName(entry.id, 'csv'));
      expect(m.files.json.name).toBe(datasetFileName(entry.id, 'json'));
    }
    const catalog = dcatCatalog(metadata, 'https://example.org', CATALOG_TEXT);
    const media = catalog['dcat:dataset'].flatMap((d) => d['dcat:distribution'].map((x) => x['dcat:mediaType']['@id']));
    expect(new Set(media)).toEqual(new Set([DATASET_FILES.csv.mediaType, DATASET_FILES.json.mediaType].map((t) => `https://www.iana.org/assignments/media-types/${t}`)));
  });
});
