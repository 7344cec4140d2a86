/**
 * Forum input, shared by the forms, their server actions and /api/v1/forum. Messages are codes
 * in the "Forum" message namespace (the API maps them to English).
 */
import { z } from 'zod';
import { NUMBERED_LIST_PAGES } from './list-keys';
import { ANSWER_STATUSES, CATEGORY_SLUGS, SORTS, STATUS_FILTERS, THREAD_KINDS } from './rules';

/** Text as people type it: NFC, no control characters but line breaks, trimmed. */
const text = (max: number, required: string, tooLong: string) =>
  z
    .string()
    .transform((v) => v.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim())
    .pipe(z.string().min(1, { message: required, abort: true }).max(max, tooLong));

export const threadInputSchema = z.object({
  category: z.enum(CATEGORY_SLUGS, { message: 'categoryRequired' }),
  kind: z.enum(THREAD_KINDS, { message: 'kindRequired' }),
  title: text(200, 'titleRequired', 'titleTooLong').pipe(z.string().min(4, 'titleTooShort')),
  body: text(20000, 'bodyRequired', 'bodyTooLong'),
});
export type ThreadInput = z.infer<typeof threadInputSchema>;

export const commentInputSchema = z.object({
  body: text(10000, 'bodyRequired', 'bodyTooLong'),
  parentId: z.coerce.number().int().positive().optional().or(z.literal('').transform(() => undefined)),
});
export type CommentInput = z.infer<typeof commentInputSchema>;

/** An admin's rules for a category's new proposals (the table's checks: 1–1,000,000 and 1–365 days). */
export const categoryRulesSchema = z.object({
  category: z.enum(CATEGORY_SLUGS, { message: 'categoryRequired' }),
  threshold: z.coerce.number({ message: 'thresholdInvalid' }).int('thresholdInvalid').min(1, 'thresholdInvalid').max(1_000_000, 'thresholdInvalid'),
  days: z.coerce.number({ message: 'daysInvalid' }).int('daysInvalid').min(1, 'daysInvalid').max(365, 'daysInvalid'),
});
export type CategoryRulesInput = z.infer<typeof categoryRulesSchema>;

export const threadIdSchema = z.coerce.number({ message: 'threadId' }).int('threadId').positive('threadId').max(Number.MAX_SAFE_INTEGER, 'threadId');

export const answerInputSchema = z.object({
  status: z.enum(ANSWER_STATUSES, { message: 'answerStatusRequired' }),
  body: text(20000, 'answerRequired', 'bodyTooLong'),
});

export const reportInputSchema = z.object({
  reason: text(500, 'reasonRequired', 'reasonTooLong'),
  commentId: z.coerce.number().int().positive().optional().or(z.literal('').transform(() => undefined)),
});

/** The list's query string (page URL and API alike). Unknown values fall back rather than fail. */
export const listQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  category: z.enum(CATEGORY_SLUGS).optional().catch(undefined),
  status: z.enum(STATUS_FILTERS).optional().catch(undefined),
  sort: z.enum(SORTS).default('newest').catch('newest'),
  cursor: z.string().max(300).optional().catch(undefined),
  // Pages 2–5 by number (lib/forum/list-keys.ts); any other value is the first page. A cursor wins.
  page: z.coerce.number().int().min(2).max(NUMBERED_LIST_PAGES).optional().catch(undefined),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

/** The API is strict where the page is forgiving: a wrong value is a 400 that names the field. */
export const apiListQuerySchema = z.object({
  q: z.string().trim().max(200, 'qTooLong').optional(),
  category: z.enum(CATEGORY_SLUGS, { message: 'category' }).optional(),
  status: z.enum(STATUS_FILTERS, { message: 'status' }).optional(),
  sort: z.enum(SORTS, { message: 'sort' }).default('newest'),
  cursor: z.string().max(300, 'cursor').optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
