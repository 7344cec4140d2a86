// GET /data/<dataset>.csv | .json | .metadata.json – the latest published version of a dataset (stable URLs).
import { datasetFileResponse, datasetIds, FILE_TYPES, type DatasetFileKind } from '@/lib/stats/read-datasets';

// Static files generated at build time; next.config.ts keeps these paths out of the locale rewrite.
export const dynamic = 'force-static';
export const dynamicParams = false;

const KINDS = Object.keys(FILE_TYPES) as DatasetFileKind[];

function fileName(id: string, kind: DatasetFileKind): string {
  return `${id}${FILE_TYPES[kind].suffix}`;
}

export function generateStaticParams() {
  return datasetIds().flatMap((id) => KINDS.map((kind) => ({ file: fileName(id, kind) })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  for (const id of datasetIds()) {
    for (const kind of KINDS) if (fileName(id, kind) === file) return datasetFileResponse(id, kind);
  }
  return Response.json({ error: { code: 'not_found', message: `No dataset file ${file}. See /data/catalog.json.` } }, { status: 404 });
}
