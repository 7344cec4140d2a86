'use server';

import { updateTag } from 'next/cache';
import { headers } from 'next/headers';
import { validatedAction, type ActionState } from '@/lib/actions/validated-action';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { minutesToWait, RateLimitError } from '@/lib/rate-limit/policies';
import { forgetRequestMemo, LOTTERY_CACHE_TAG } from './catalog';
import { periodLabel, periodOrThrow } from './period';
import { publishPeriod } from './publish';
import { MAX_CLOUD_FILE_CHARS, publishFormSchema } from './publish-schema';

const FORM_FIELDS = [
  'period', 'special', 'grand', 'first1', 'first2', 'first3', 'additionalSixth', 'sources', 'note', 'correction',
  'cloud1000000', 'cloud2000', 'cloud800', 'cloud500',
];

/** The official's publishing form (works without JavaScript). Permission checked in the wrapper. */
const publishPeriodForm = validatedAction(
  { schema: publishFormSchema, namespace: 'Publish', keep: FORM_FIELDS, auth: 'lottery:publish' },
  async (input, { locale, t, principal }): Promise<ActionState> => {
    const actor = { id: principal.id, label: principal.email || principal.name };
    let result;
    try {
      result = await publishPeriod(input, actor, requestMetaFrom(await headers()));
    } catch (error) {
      if (error instanceof RateLimitError) return { message: t('rateLimited', { minutes: minutesToWait(error.retryAfterSeconds) }) };
      throw error;
    }
    if (!result.ok && result.code === 'cloud_file') {
      const file = result.file;
      const messages =
        file.code === 'cloudFileLines'
          ? [...file.lines.map((l) => t(l.code, l.params)), ...(file.more ? [t('cloudFileMore', { count: file.more })] : [])]
          : [t(file.code, file.params)];
      return { errors: { cloudFile: messages } };
    }
    if (!result.ok) {
      const label = periodLabel(periodOrThrow(input.period), locale);
      const key = result.code === 'out_of_order' ? 'outOfOrder' : result.code === 'not_found' ? 'notFound' : 'exists';
      return { errors: { [result.field]: [t(key, { label, ...result.params })] } };
    }
    // Read-your-own-writes: the official's next page view already shows the new numbers.
    updateTag(LOTTERY_CACHE_TAG);
    forgetRequestMemo();
    const label = periodLabel(periodOrThrow(result.key), locale);
    return {
      ok: true,
      // A clean form after success, so the next period starts empty.
      values: {},
      data: { key: result.key, message: t(result.correction ? 'corrected' : 'published', { label, revision: result.revision }), link: t('viewPeriod', { label }) },
    };
  },
);

/**
 * The form posts the cloud-invoice prize list as a file (multipart): its text goes on to the
 * schema in place of the file, so the one wrapper above still checks the permission first and
 * the same rules as the API's `cloudFile` apply. No file chosen → no field.
 */
export async function publishPeriodAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const file = formData.get('cloudFile');
  formData.delete('cloudFile');
  if (file instanceof Blob && file.size > 0) {
    // Never more than one byte past the limit is read: a larger file is then refused by its size.
    formData.set('cloudFile', await file.slice(0, MAX_CLOUD_FILE_CHARS + 1).text());
  }
  return publishPeriodForm(previous, formData);
}
