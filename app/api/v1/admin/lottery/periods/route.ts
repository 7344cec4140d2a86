// POST /api/v1/admin/lottery/periods – an official publishes (or corrects) a period's winning numbers,
// with its cloud-invoice prize lists as `cloud` (lists) or `cloudFile` (a CSV or text file's content, up to 1,000 rows).
import { documentedJson } from '@/lib/api/documented-json';
import { methodNotAllowed } from '@/lib/api/methods';
import { revalidateTag } from 'next/cache';
import en from '@/content/messages/en.json';
import { ApiError } from '@/lib/api/errors';
import { routeHandler } from '@/lib/api/route-handler';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { forgetRequestMemo, listPeriods, LOTTERY_CACHE_TAG } from '@/lib/lottery/catalog';
import { periodDto } from '@/lib/lottery/period-dto';
import { publishPeriod } from '@/lib/lottery/publish';
import { publishPeriodSchema } from '@/lib/lottery/publish-schema';
import { publishResponseSchema } from '@/lib/lottery/response-schemas';

export const runtime = 'nodejs';

export const POST = routeHandler(
  { auth: 'lottery:publish', body: publishPeriodSchema, maxBodyBytes: 100_000, messages: en.Publish },
  async ({ request, body, principal }) => {
    const result = await publishPeriod(body, { id: principal.id, label: principal.email || principal.name }, requestMetaFrom(request.headers));
    if (!result.ok && result.code === 'cloud_file') {
      // One message per bad line, each starting "Line N:", so the file can be fixed in one go.
      const lines = result.file.code === 'cloudFileLines' ? [...result.file.lines.map((l) => l.message), ...(result.file.more ? [`And ${result.file.more} more line(s).`] : [])] : [result.message];
      throw new ApiError('bad_request', `The cloud-invoice prize list cannot be published: ${result.message}`, { cloudFile: lines });
    }
    if (!result.ok) {
      throw new ApiError(result.code === 'not_found' ? 'not_found' : 'conflict', result.message, { [result.field]: [result.message] });
    }
    // Expire now, not stale-while-revalidate: nobody should be shown last period's numbers as the latest.
    revalidateTag(LOTTERY_CACHE_TAG, { expire: 0 });
    forgetRequestMemo();
    const record = (await listPeriods()).find((p) => p.key === result.key);
    return documentedJson(
      publishResponseSchema,
      { period: result.key, revision: result.revision, correction: result.correction, ...(record ? { record: periodDto(record) } : {}) },
      { status: result.correction ? 200 : 201, headers: { 'Cache-Control': 'no-store', Location: `/api/v1/lottery/periods/${result.key}` } },
    );
  },
);

// Every other method: 405 with Allow and the JSON error body.
const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
