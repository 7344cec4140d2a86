// GET /api/health – ok, degraded (slow database) or unavailable (503); details for signed-in staff only.
import { methodNotAllowed } from '@/lib/api/methods';
import { routeHandler } from '@/lib/api/route-handler';
import { getStaffSession } from '@/lib/auth/session';
import { hasSessionCookie } from '@/lib/auth/session-cookie';
import { checkDatabase } from '@/lib/db';
import { DATABASE_RETRY_AFTER_SECONDS } from '@/lib/db/errors';
import { LATEST_MIGRATION } from '@/lib/db/migrations';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The database's host and the driver's error text help an attacker more than a citizen: staff only. */
async function isStaff(): Promise<boolean> {
  try {
    return (await getStaffSession()) !== null;
  } catch {
    return false; // a session that cannot be read (e.g. the database is down) counts as none
  }
}

export const GET = routeHandler({ auth: 'public' }, async ({ request }) => {
  // Monitors ask without a cookie: no session to read then (that read cost more than the probe).
  const [database, staff] = await Promise.all([checkDatabase(), hasSessionCookie(request.headers.get('cookie')) ? isStaff() : false]);
  const summary = { status: database.status, version: process.env.TAX_CLOUD_VERSION ?? 'dev' };
  const body = staff
    ? {
        ...summary,
        database: {
          driver: database.driver,
          server: database.label,
          ok: database.ok,
          migration: database.migration,
          latestMigration: LATEST_MIGRATION,
          upToDate: database.migration === LATEST_MIGRATION,
          latencyMs: database.latencyMs,
          ...(database.error ? { error: database.error } : {}),
        },
      }
    : summary;
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (database.status === 'unavailable') headers['Retry-After'] = String(DATABASE_RETRY_AFTER_SECONDS);
  return Response.json(body, { status: database.status === 'unavailable' ? 503 : 200, headers });
});

// Every other method: 405 with Allow and the JSON error body.
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
