import { describe, expect, it } from 'vitest';
import { datasetIds, datasetIndex, datasetMetadata } from '@/lib/stats/read-datasets';
import { CATALOG_TEXT, DCAT_CONTEXT, dcatCatalog } from '@/lib/stats/views/dcat';

const origin = 'https://taxcloud.example';
const catalog = dcatCatalog(datasetIds().map(datasetMetadata), origin, CATALOG_TEXT);

describe('DCAT catalog', () => {
  it('is a JSON-LD dcat:Catalog with the vocabularies it uses', () => {
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['@context']).toEqual(DCAT_CONTEXT);
    const prefixes = new Set(
      [...JSON.stringify(catalog).matchAll(/"([a-z]+):[A-Za-z]/g)].map((m) => m[1]).filter((p) => p !== 'https' && p !== 'http'),
    );
    expect([...prefixes].filter((p) => !(p! in DCAT_CONTEXT))).toEqual([]);
    expect(catalog['dct:license']).toEqual({ '@id': 'https://data.gov.tw/license' });
  });

  it('lists every published dataset with the fields a harvester needs', () => {
    const ids = datasetIndex().datasets.map((d) => d.id);
    expect(catalog['dcat:dataset'].map((d) => d['dct:identifier'])).toEqual(ids);
    for (const d of catalog['dcat:dataset']) {
      expect(d['@type']).toBe('dcat:Dataset');
      expect(d['dct:title'].map((t) => t['@language'])).toEqual(['zh-Hant-TW', 'en']);
      expect(d['dct:title'][0]!['@value']).toContain('合成資料');
      expect(d['dct:description'][1]!['@value']).toMatch(/synthetic/i);
      expect(d['dct:license']['@id']).toBe('https://data.gov.tw/license');
      expect(d['dct:publisher']['@type']).toBe('foaf:Agent');
      expect(d['dcat:contactPoint']['vcard:hasURL']['@id']).toBe(`${origin}/data`);
      expect(d['dct:modified']['@value']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d['dct:temporal']['dcat:startDate']['@value'] <= d['dct:temporal']['dcat:endDate']['@value']).toBe(true);
      const urls = d['dcat:distribution'].map((x) => x['dcat:downloadURL']['@id']);
      const id = d['dct:identifier'];
      expect(urls).toEqual([`${origin}/data/${id}.csv`, `${origin}/data/${id}.json`, `${origin}/data/${id}.metadata.json`]);
      expect(d['dcat:distribution'].map((x) => x['dcat:mediaType']['@id'])).toEqual([
        'https://www.iana.org/assignments/media-types/text/csv',
        'https://www.iana.org/assignments/media-types/application/json',
        'https://www.iana.org/assignments/media-types/application/json',
      ]);
    }
  });

  it('types periods of months and years as xsd:gYearMonth and xsd:gYear', () => {
    const temporal = (id: string) => catalog['dcat:dataset'].find((d) => d['dct:identifier'] === id)!['dct:temporal'];
    expect(temporal('einvoice-county-monthly')['dcat:startDate']).toEqual({ '@value': '2021-01', '@type': 'xsd:gYearMonth' });
    expect(temporal('einvoice-township-annual')['dcat:endDate']).toEqual({ '@value': '2025', '@type': 'xsd:gYear' });
  });

  it('round-trips through JSON', () => {
    expect(JSON.parse(JSON.stringify(catalog))).toEqual(catalog);
  });
});
