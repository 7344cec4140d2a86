// GET /api/v1/me/data/{section}.csv – one part of the signed-in citizen's data as CSV (account, carriers, invoices, items, donations, bank-account, spending, access-log).
import { routeHandler } from '@/lib/api/route-handler';
import { ApiError } from '@/lib/api/errors';
import { now } from '@/lib/clock';
import { todayInTaipei } from '@/lib/i18n/format';
import { exportFileName, sectionCsv } from '@/lib/my-data/csv';
import { auditDownload, attachment } from '@/lib/my-data/downloads';
import { EXPORT_SECTIONS, isExportSection } from '@/lib/my-data/dto';
import { collectMyData } from '@/lib/my-data/export';

export const dynamic = 'force-dynamic';

export const GET = routeHandler<'citizen', undefined, { file: string }>({ auth: 'citizen' }, async ({ request, params, principal }) => {
  const section = params.file.endsWith('.csv') ? params.file.slice(0, -4) : '';
  if (!isExportSection(section)) throw new ApiError('not_found', `No such part. Parts: ${EXPORT_SECTIONS.map((s) => `${s}.csv`).join(', ')}.`);
  const data = await collectMyData(principal.id);
  if (!data) throw new ApiError('not_found', 'This account no longer exists.');
  await auditDownload(principal, request, { format: 'csv', section });
  return attachment(sectionCsv(data, section), exportFileName(section, todayInTaipei(now())), 'text/csv; charset=utf-8');
});
