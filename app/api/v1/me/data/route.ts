// GET /api/v1/me/data – everything about the signed-in citizen, as one JSON file (a download).
import { routeHandler } from '@/lib/api/route-handler';
import { ApiError } from '@/lib/api/errors';
import { now } from '@/lib/clock';
import { todayInTaipei } from '@/lib/i18n/format';
import { exportFileName } from '@/lib/my-data/csv';
import { auditDownload, attachment } from '@/lib/my-data/downloads';
import { collectMyData } from '@/lib/my-data/export';

export const dynamic = 'force-dynamic';

export const GET = routeHandler({ auth: 'citizen' }, async ({ request, principal }) => {
  const data = await collectMyData(principal.id);
  if (!data) throw new ApiError('not_found', 'This account no longer exists.');
  await auditDownload(principal, request, { format: 'json' });
  return attachment(`${JSON.stringify(data, null, 2)}\n`, exportFileName(null, todayInTaipei(now())), 'application/json; charset=utf-8');
});
