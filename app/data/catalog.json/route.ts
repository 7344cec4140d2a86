// GET /data/catalog.json – every published dataset as a DCAT catalog (JSON-LD), for harvesters.
import { env } from '@/lib/env';
import { datasetIds, datasetMetadata } from '@/lib/stats/read-datasets';
import { CATALOG_TEXT, dcatCatalog } from '@/lib/stats/views/dcat';

// Static, like the files it lists; absolute URLs use APP_URL as set at build time.
export const dynamic = 'force-static';

export function GET() {
  const catalog = dcatCatalog(datasetIds().map(datasetMetadata), env().APP_URL, CATALOG_TEXT);
  return new Response(`${JSON.stringify(catalog, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/ld+json; charset=utf-8', 'Access-Control-Allow-Origin': '*' },
  });
}
