// GET /api/v1/me/spending.csv?from=2025-12&to=2026-11&view=month|category|merchant&lang=zh-Hant-TW|en – one table of My spending as CSV.
import { routeHandler } from '@/lib/api/route-handler';
import { fromZod } from '@/lib/api/errors';
import { spendingCsv } from '@/lib/spending/csv';
import { spendingCsvFileName, spendingCsvLabels } from '@/lib/spending/csv-labels';
import { attachment } from '@/lib/my-data/downloads';
import { queryInput, spendingCsvQuerySchema } from '@/lib/spending/schemas';
import { getSpending } from '@/lib/spending/store';

export const dynamic = 'force-dynamic';

export const GET = routeHandler({ auth: 'citizen' }, async ({ request, principal }) => {
  const parsed = spendingCsvQuerySchema.safeParse(queryInput(new URL(request.url).searchParams));
  if (!parsed.success) throw fromZod(parsed.error, 'The query has invalid fields.');
  const { view, lang, ...query } = parsed.data;
  const spending = await getSpending(principal.id, query);
  const labels = await spendingCsvLabels(lang, spending.otherMerchants?.merchants ?? 0);
  return attachment(spendingCsv(spending, view, labels), spendingCsvFileName(view, spending.range), 'text/csv; charset=utf-8');
});
