// GET /api/health – version, database driver, whether the database answers, migration version.
import { methodNotAllowed } from '@/lib/api/methods';
import { apiHandler } from '@/lib/api/handler';
import { checkDatabase } from '@/lib/db';
import { LATEST_MIGRATION } from '@/lib/db/migrations';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = apiHandler({}, async () => {
  const database = await checkDatabase();
  const body = {
    status: database.ok ? 'ok' : 'unavailable',
    version: process.env.TAX_CLOUD_VERSION ?? 'dev',
    database: {
      driver: database.driver,
      ok: database.ok,
      migration: database.migration,
      latestMigration: LATEST_MIGRATION,
      upToDate: database.migration === LATEST_MIGRATION,
      latencyMs: database.latencyMs,
      ...(database.error ? { error: database.error } : {}),
    },
  };
  return Response.json(body, { status: database.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
});

// Every other method: 405 with Allow and the JSON error body.
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
