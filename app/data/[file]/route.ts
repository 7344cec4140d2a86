// GET /data/<dataset>.csv | .json | .metadata.json – the latest published version of a dataset (stable URLs).
import { DATASET_FILE_KINDS, datasetFileName, parseFileName } from '@/lib/stats/files';
import { datasetFileResponse, datasetIds } from '@/lib/stats/read-datasets';

// Static files generated at build time; next.config.ts keeps these paths out of the locale rewrite.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return datasetIds().flatMap((id) => DATASET_FILE_KINDS.map((kind) => ({ file: datasetFileName(id, kind) })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const ids = datasetIds();
  const found = parseFileName(file, ids);
  if (found) return datasetFileResponse(ids.find((id) => id === found.id)!, found.kind);
  return Response.json({ error: { code: 'not_found', message: `No dataset file ${file}. See /data/catalog.json.` } }, { status: 404 });
}
