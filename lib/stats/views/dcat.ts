/**
 * The machine-readable catalog (/data/catalog.json): a DCAT catalog (W3C Data Catalog Vocabulary,
 * version 2) in JSON-LD, built from the datasets' published metadata. Titles and descriptions
 * carry both languages as language-tagged values. Pure: the route handler passes the metadata
 * and the site's origin.
 */
import type { DatasetMetadata } from '../pipeline/publish';
import { CATALOG_PATH, DATASET_FILES, datasetPagePath, fileUrlPath } from '../files';

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  spdx: 'http://spdx.org/rdf/terms#',
} as const;

type Text = { 'zh-Hant-TW': string; en: string };
type LangValue = { '@value': string; '@language': string };

const lang = (t: Text): LangValue[] => [
  { '@value': t['zh-Hant-TW'], '@language': 'zh-Hant-TW' },
  { '@value': t.en, '@language': 'en' },
];

const MEDIA_TYPE = (type: string) => ({ '@id': `https://www.iana.org/assignments/media-types/${type}` });

/** 2021-01 → xsd:gYearMonth, 2021 → xsd:gYear. */
function temporalValue(value: string) {
  return { '@value': value, '@type': /^\d{4}-\d{2}$/.test(value) ? 'xsd:gYearMonth' : 'xsd:gYear' };
}

function keywords(t: Text): LangValue[] {
  return [
    ...t['zh-Hant-TW'].split('、').map((k) => ({ '@value': k.trim(), '@language': 'zh-Hant-TW' })),
    ...t.en.split(',').map((k) => ({ '@value': k.trim(), '@language': 'en' })),
  ].filter((k) => k['@value'] !== '');
}

export type CatalogText = { title: Text; description: Text; publisher: Text };

export function dcatCatalog(metadata: readonly DatasetMetadata[], origin: string, text: CatalogText) {
  const abs = (p: string) => new URL(p, origin).toString();
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': lang(text.publisher) };
  const files = (m: DatasetMetadata) => [
    { kind: DATASET_FILES.csv.format, path: fileUrlPath(m.id, 'csv'), mediaType: DATASET_FILES.csv.mediaType, file: m.files.csv },
    { kind: DATASET_FILES.json.format, path: fileUrlPath(m.id, 'json'), mediaType: DATASET_FILES.json.mediaType, file: m.files.json },
  ];
  return {
    '@context': DCAT_CONTEXT,
    '@id': abs(CATALOG_PATH),
    '@type': 'dcat:Catalog',
    'dct:title': lang(text.title),
    'dct:description': lang(text.description),
    'dct:publisher': publisher,
    'dct:license': { '@id': metadata[0]?.licence.url ?? 'https://data.gov.tw/license' },
    'dct:language': [{ '@id': 'http://id.loc.gov/vocabulary/iso639-1/zh' }, { '@id': 'http://id.loc.gov/vocabulary/iso639-1/en' }],
    'foaf:homepage': { '@id': abs('/data') },
    'dct:modified': { '@value': metadata.map((m) => m.modified).sort().at(-1) ?? '', '@type': 'xsd:date' },
    'dcat:dataset': metadata.map((m) => ({
      '@id': abs(datasetPagePath(m.id)),
      '@type': 'dcat:Dataset',
      'dct:identifier': m.id,
      'owl:versionInfo': m.version,
      'dct:title': lang(m.title),
      'dct:description': lang(m.description),
      // The synthetic-data statement travels with every dataset, not only the catalog.
      'rdfs:comment': lang(m.notes),
      'dcat:keyword': keywords(m.keywords),
      'dct:license': { '@id': m.licence.url },
      'dct:rights': lang(m.licence.name),
      'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': lang(m.provider) },
      'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': lang(m.contactPoint.name), 'vcard:hasURL': { '@id': abs(m.contactPoint.url) } },
      'dct:modified': { '@value': m.modified, '@type': 'xsd:date' },
      'dct:temporal': {
        '@type': 'dct:PeriodOfTime',
        'dcat:startDate': temporalValue(String(m.temporalCoverage.start)),
        'dcat:endDate': temporalValue(String(m.temporalCoverage.end)),
      },
      'dcat:temporalResolution': { '@value': m.temporalCoverage.granularity === 'month' ? 'P1M' : 'P1Y', '@type': 'xsd:duration' },
      'dct:spatial': { '@type': 'dct:Location', 'rdfs:label': lang(m.spatialCoverage) },
      'dct:accrualPeriodicity': { '@id': 'http://purl.org/cld/freq/irregular' },
      'dcat:landingPage': { '@id': abs(datasetPagePath(m.id)) },
      'dcat:distribution': [
        ...files(m).map((f) => ({
          '@id': abs(f.path),
          '@type': 'dcat:Distribution',
          'dct:title': `${m.id} (${f.kind})`,
          'dct:format': f.kind,
          'dcat:mediaType': MEDIA_TYPE(f.mediaType),
          'dcat:downloadURL': { '@id': abs(f.path) },
          'dcat:accessURL': { '@id': abs(datasetPagePath(m.id)) },
          'dcat:byteSize': { '@value': String(f.file.bytes), '@type': 'xsd:nonNegativeInteger' },
          'spdx:checksum': { '@type': 'spdx:Checksum', 'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' }, 'spdx:checksumValue': f.file.sha256 },
          'dct:license': { '@id': m.licence.url },
        })),
        {
          '@id': abs(fileUrlPath(m.id, 'metadata')),
          '@type': 'dcat:Distribution',
          'dct:title': `${m.id} (metadata)`,
          'dct:format': DATASET_FILES.metadata.format,
          'dcat:mediaType': MEDIA_TYPE(DATASET_FILES.metadata.mediaType),
          'dcat:downloadURL': { '@id': abs(fileUrlPath(m.id, 'metadata')) },
          'dcat:accessURL': { '@id': abs(datasetPagePath(m.id)) },
          'dct:license': { '@id': m.licence.url },
        },
      ],
    })),
  };
}

export const CATALOG_TEXT: CatalogText = {
  title: { 'zh-Hant-TW': '稅務雲開放資料目錄（合成資料）', en: 'Tax Cloud open data catalog (synthetic data)' },
  description: {
    'zh-Hant-TW': '電子發票的去識別化彙總統計。全部資料集皆為合成資料，僅供展示與測試，並非真實統計。',
    en: 'De-identified aggregate e-invoice statistics. Every dataset is synthetic, for demonstration and testing only: not real statistics.',
  },
  publisher: { 'zh-Hant-TW': '稅務雲（示範入口）', en: 'Tax Cloud (demonstration portal)' },
};
