'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { validatedAction, type ActionState } from '@/lib/actions/validated-action';
import { actionContext } from '@/lib/carriers/request-context';
import { localePath } from '@/lib/i18n/routing';
import { RateLimitError, minutesToWait } from '@/lib/rate-limit/policies';
import { mailAnswerNotifications } from './notify-mail';
import { CATEGORY_SLUGS } from './rules';
import { answerInputSchema, commentInputSchema, reportInputSchema, threadIdSchema, threadInputSchema } from './schemas';
import { addComment, answerThread, createThread, editThread, moderate, reportPost, setEndorsement, setFollow, suspendAuthor, type WriteRefusal } from './store';

/*
 * The forum's forms. Writing needs a signed-in citizen (officials and moderators: their
 * permission); reading needs nothing. The acting user is always the principal.
 */

type T = (key: string, values?: Record<string, string | number>) => string;

function refusal(t: T, code: WriteRefusal, extra: { until?: Date; reason?: string } = {}): ActionState {
  if (code === 'suspended') return { message: t('suspended', { reason: extra.reason ?? '', until: extra.until?.toISOString().slice(0, 10) ?? '' }) };
  if (code === 'duplicate') return { errors: { body: [t('duplicate')] } };
  const key = { locked: 'threadLocked', parent_not_found: 'parentNotFound', edit_window: 'editWindow', not_author: 'notAuthor' }[code as string] ?? 'threadNotFound';
  return { message: t(key) };
}

function limited(t: T, error: unknown): ActionState {
  if (error instanceof RateLimitError) return { message: t('rateLimited', { minutes: minutesToWait(error.retryAfterSeconds) }) };
  throw error;
}

export const createThreadAction = validatedAction(
  { auth: 'citizen', schema: threadInputSchema, namespace: 'Forum', keep: ['category', 'kind', 'title', 'body'] },
  async (input, { t, locale, principal }): Promise<ActionState> => {
    let result;
    try {
      result = await createThread(principal.id, input, await actionContext(principal));
    } catch (error) {
      return limited(t, error);
    }
    if (!result.ok) return refusal(t, result.code, result);
    redirect(localePath(locale, `/forum/${result.value.id}`));
  },
);

const threadForm = z.object({ threadId: threadIdSchema });

export const editThreadAction = validatedAction(
  { auth: 'citizen', schema: threadInputSchema.pick({ title: true, body: true }).extend({ threadId: threadIdSchema }), namespace: 'Forum', keep: ['title', 'body'] },
  async ({ threadId, ...input }, { t, principal }): Promise<ActionState> => {
    const result = await editThread(principal.id, threadId, input, await actionContext(principal));
    if (!result.ok) return refusal(t, result.code);
    refresh();
    return { ok: true, data: { message: t('saved') } };
  },
);

export const commentAction = validatedAction(
  { auth: 'citizen', schema: commentInputSchema.extend({ threadId: threadIdSchema }), namespace: 'Forum', keep: ['body'] },
  async ({ threadId, ...input }, { t, principal }): Promise<ActionState> => {
    let result;
    try {
      result = await addComment(principal.id, threadId, input, await actionContext(principal));
    } catch (error) {
      return limited(t, error);
    }
    if (!result.ok) return refusal(t, result.code, result);
    refresh();
    return { ok: true, values: { body: '' }, data: { message: t('commented') } };
  },
);

export const endorseAction = validatedAction(
  { auth: 'citizen', schema: threadForm.extend({ endorse: z.enum(['yes', 'no']) }), namespace: 'Forum' },
  async ({ threadId, endorse }, { t, principal }): Promise<ActionState> => {
    let result;
    try {
      result = await setEndorsement(principal.id, threadId, endorse === 'yes', await actionContext(principal));
    } catch (error) {
      return limited(t, error);
    }
    if (!result.ok) return { message: t(result.code === 'closed' ? 'endorseClosed' : result.code === 'suspended' ? 'suspendedShort' : 'threadNotFound') };
    refresh();
    return { ok: true, data: { message: t(result.endorsed ? 'endorsed' : 'withdrawn', { count: result.count }) } };
  },
);

export const followAction = validatedAction(
  { auth: 'citizen', schema: threadForm.extend({ follow: z.enum(['yes', 'no']) }), namespace: 'Forum' },
  async ({ threadId, follow }, { t, principal }): Promise<ActionState> => {
    await setFollow(principal.id, threadId, follow === 'yes');
    refresh();
    return { ok: true, data: { message: t(follow === 'yes' ? 'followed' : 'unfollowed') } };
  },
);

export const reportAction = validatedAction(
  { auth: 'citizen', schema: reportInputSchema.extend({ threadId: threadIdSchema }), namespace: 'Forum', keep: ['reason'] },
  async ({ threadId, commentId, reason }, { t, principal }): Promise<ActionState> => {
    let result;
    try {
      result = await reportPost(principal.id, threadId, commentId ?? null, reason, await actionContext(principal));
    } catch (error) {
      return limited(t, error);
    }
    if (!result.ok) return { message: t('threadNotFound') };
    refresh();
    return { ok: true, values: { reason: '' }, data: { message: t(result.counted ? 'reported' : 'reportedAlready') } };
  },
);

export const answerAction = validatedAction(
  { auth: 'forum:reply-officially', schema: answerInputSchema.extend({ threadId: threadIdSchema }), namespace: 'Forum', keep: ['body', 'status'] },
  async ({ threadId, ...input }, { t, locale, principal }): Promise<ActionState> => {
    const ctx = await actionContext(principal);
    const result = await answerThread({ id: principal.id, label: principal.name }, threadId, input, ctx);
    if (!result.ok) return { message: t('threadNotFound') };
    await mailAnswerNotifications(threadId, result.notified, locale);
    refresh();
    return { ok: true, values: { body: '' }, data: { message: t('answered') } };
  },
);

const moderationSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('hide'), reason: z.string().trim().min(1, 'reasonRequired').max(500, 'reasonTooLong') }),
  z.object({ action: z.literal('restore') }),
  z.object({ action: z.literal('lock'), reason: z.string().trim().min(1, 'reasonRequired').max(500, 'reasonTooLong') }),
  z.object({ action: z.literal('unlock') }),
  z.object({ action: z.literal('move'), category: z.enum(CATEGORY_SLUGS, { message: 'categoryRequired' }) }),
]);

export const moderateAction = validatedAction(
  {
    auth: 'forum:moderate',
    schema: z.object({ threadId: threadIdSchema, commentId: z.coerce.number().int().positive().optional().or(z.literal('').transform(() => undefined)) }).and(moderationSchema),
    namespace: 'Forum',
  },
  async (input, { t, principal }): Promise<ActionState> => {
    const action =
      input.action === 'hide' || input.action === 'lock'
        ? { type: input.action, reason: input.reason }
        : input.action === 'move'
          ? { type: 'move' as const, category: input.category }
          : { type: input.action };
    const result = await moderate({ id: principal.id, label: principal.email || principal.name }, { threadId: input.threadId, commentId: input.commentId ?? null }, action, await actionContext(principal));
    if (!result.ok) return { message: t('threadNotFound') };
    refresh();
    return { ok: true, data: { message: t('moderated') } };
  },
);

export const suspendAction = validatedAction(
  {
    auth: 'forum:moderate',
    schema: z.object({ userId: z.uuid(), days: z.coerce.number().int().min(1).max(365), reason: z.string().trim().min(1, 'reasonRequired').max(500, 'reasonTooLong') }),
    namespace: 'Forum',
  },
  async ({ userId, days, reason }, { t, principal }): Promise<ActionState> => {
    await suspendAuthor({ id: principal.id, label: principal.email || principal.name }, userId, days, reason, await actionContext(principal));
    refresh();
    return { ok: true, data: { message: t('suspendedDone', { days }) } };
  },
);
