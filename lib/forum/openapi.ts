/**
 * The forum's routes in the OpenAPI document (lib/openapi/document.ts). Reading is public; writing
 * needs a signed-in citizen's session and is rate-limited. Authors appear by pseudonym only
 * (the JSON shapes of lib/forum/api.ts).
 */
import { z } from 'zod';
import { errors, json, jsonBody, SESSION, type FeatureOpenApi } from '@/lib/openapi/shared';
import { ANSWER_STATUSES, CATEGORY_SLUGS, STATUSES, THREAD_KINDS } from './rules';
import { apiListQuerySchema, commentInputSchema, threadIdSchema, threadInputSchema } from './schemas';

const dateTime = () => z.string().meta({ format: 'date-time' });
const hidden = z.object({ reason: z.string() }).nullable().meta({ description: 'Set when a moderator hid it (its text is then null), with the reason' });

const threadSummarySchema = z
  .object({
    id: z.number().int(),
    category: z.enum(CATEGORY_SLUGS),
    kind: z.enum(THREAD_KINDS),
    title: z.string().nullable().meta({ description: 'null when hidden' }),
    author: z.string().meta({ description: 'The author’s pseudonym' }),
    status: z.enum(STATUSES).meta({ description: 'not_reached: a proposal past its deadline without enough endorsements' }),
    overdue: z.boolean().meta({ description: 'The official answer is late' }),
    endorsements: z
      .object({ count: z.number().int(), threshold: z.number().int().nullable(), until: dateTime().nullable() })
      .nullable()
      .meta({ description: 'Proposals only (附議): endorsements so far, the threshold and the deadline' }),
    answerDue: dateTime().nullable(),
    lastAnsweredAt: dateTime().nullable(),
    comments: z.number().int(),
    createdAt: dateTime(),
    hidden,
    locked: z.boolean(),
    synthetic: z.boolean().meta({ description: 'Demo content' }),
  })
  .meta({ id: 'ForumThreadSummary', description: 'A thread in a list (lib/forum/api.ts threadSummaryJson).' });

const threadSchema = threadSummarySchema
  .extend({
    body: z.string().nullable().meta({ description: 'Markdown as written; null when hidden' }),
    bodyHtml: z.string().nullable().meta({ description: 'The body rendered to safe HTML' }),
    editedAt: dateTime().nullable(),
    thresholdReachedAt: dateTime().nullable(),
    history: z.array(z.object({ title: z.string().nullable(), body: z.string(), writtenAt: dateTime() })).meta({ description: 'Earlier versions, after the 30-minute edit window' }),
    answers: z.array(z.object({ id: z.number().int(), official: z.string().meta({ description: 'The answering office' }), status: z.enum(ANSWER_STATUSES), body: z.string(), createdAt: dateTime() })),
    commentList: z.array(
      z.object({
        id: z.number().int(),
        parentId: z.number().int().nullable().meta({ description: 'The comment replied to (one level)' }),
        author: z.string(),
        body: z.string().nullable(),
        createdAt: dateTime(),
        editedAt: dateTime().nullable(),
        hidden,
        synthetic: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'ForumThread', description: 'A thread with its official answers and comments (lib/forum/api.ts threadJson).' });

// Text fields are normalised (NFC, trimmed) before their length is checked, so the limits are stated here.
const threadBody = threadInputSchema.extend({
  title: threadInputSchema.shape.title.meta({ description: '4–200 characters after trimming' }),
  body: threadInputSchema.shape.body.meta({ description: 'Markdown, 1–20,000 characters' }),
});
const commentBody = commentInputSchema.extend({
  body: commentInputSchema.shape.body.meta({ description: 'Markdown, 1–10,000 characters' }),
  parentId: commentInputSchema.shape.parentId.meta({ description: 'The comment replied to (replies are one level deep)' }),
});

const idPath = z.object({ id: threadIdSchema.meta({ description: 'The thread’s number', example: 12 }) });

const endorsementSchema = z
  .object({
    endorsement: z.object({
      threadId: z.number().int(),
      endorsed: z.boolean(),
      changed: z.boolean().meta({ description: 'false when it already was so' }),
      count: z.number().int(),
      status: z.enum(STATUSES),
    }),
  })
  .meta({ id: 'ForumEndorsement' });

const write = { tags: ['forum'], security: SESSION };

export const forumOpenApi: FeatureOpenApi = {
  tag: { name: 'forum', description: 'The community forum (意見交流): proposals with endorsements (附議) and official answers, questions, comments.' },
  paths: {
    '/api/v1/forum/threads': {
      get: {
        tags: ['forum'],
        summary: 'Threads, newest first by default; q searches titles and bodies (no sign-in)',
        requestParams: { query: apiListQuerySchema },
        responses: {
          '200': json(z.object({ threads: z.array(threadSummarySchema), nextCursor: z.string().nullable().meta({ description: 'Pass as cursor for the next page; null on the last' }) }), 'A page of threads.'),
          ...errors(400),
        },
      },
      post: {
        ...write,
        summary: 'Start a thread (rate-limited; the same text twice within an hour is refused)',
        requestBody: jsonBody(threadBody),
        responses: { '201': json(z.object({ thread: threadSchema }), 'Started (Location names it).'), ...errors(400, 401, 403, 409, 413, 415, 429) },
      },
    },
    '/api/v1/forum/threads/{id}': {
      get: {
        tags: ['forum'],
        summary: 'One thread with its answers and comments (no sign-in)',
        requestParams: { path: idPath },
        responses: { '200': json(z.object({ thread: threadSchema }), 'The thread.'), ...errors(404) },
      },
    },
    '/api/v1/forum/threads/{id}/comments': {
      post: {
        ...write,
        summary: 'Comment on a thread, or reply to a comment with parentId (one level; rate-limited)',
        requestParams: { path: idPath },
        requestBody: jsonBody(commentBody),
        responses: { '201': json(z.object({ comment: z.object({ id: z.number().int(), threadId: z.number().int() }) }), 'Posted.'), ...errors(400, 401, 403, 404, 409, 413, 415, 429) },
      },
    },
    '/api/v1/forum/threads/{id}/endorsement': {
      put: {
        ...write,
        summary: 'Endorse (附議) a proposal; the same request again changes nothing',
        requestParams: { path: idPath },
        responses: { '200': json(endorsementSchema, 'Endorsed.'), ...errors(401, 403, 404, 409, 429) },
      },
      delete: {
        ...write,
        summary: 'Withdraw my endorsement, before the deadline',
        requestParams: { path: idPath },
        responses: { '200': json(endorsementSchema, 'Withdrawn.'), ...errors(401, 403, 404, 409, 429) },
      },
    },
    '/api/v1/forum/feed': {
      get: {
        tags: ['forum'],
        summary: 'RSS 2.0 of the newest threads, of one category or all',
        requestParams: { query: z.object({ category: z.enum(CATEGORY_SLUGS).optional(), lang: z.enum(['zh-Hant-TW', 'en']).optional() }) },
        responses: { '200': { description: 'The feed.', content: { 'application/rss+xml': { schema: z.string() } } }, ...errors(404) },
      },
    },
  },
};
