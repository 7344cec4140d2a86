/**
 * What forum pages read: the shared records (lists, a thread, the categories), cached under the
 * tags of lib/forum/cache-tags.ts and expired by every write. Only records that are the same for
 * every reader are cached; a signed-in reader's own flags (endorsed, following) are read apart,
 * uncached (`viewerFlags`), and merged when the page is rendered. Statuses that depend on the
 * clock (「未達門檻」, overdue answers) are worked out when read, not when cached; list filters
 * that use the clock are re-read at least every minute.
 */
import 'server-only';
import { unstable_cache } from 'next/cache';
import { now } from '@/lib/clock';
import { FORUM_CATEGORIES_TAG, FORUM_LISTS_TAG, forumThreadTag } from './cache-tags';
import type { ListQuery } from './schemas';
import {
  listCategories,
  listThreadRecord,
  threadFromRecord,
  threadPageFromRecord,
  threadRecord,
  viewerFlags,
  type CategoryDto,
  type ThreadDto,
  type ThreadPage,
  type ThreadRecord,
} from './store';

/** Clock-dependent filters (collecting, not reached, overdue) are at most this old. */
const LIST_SECONDS = 60;

export const cachedCategories: () => Promise<CategoryDto[]> = unstable_cache(() => listCategories(), ['forum-categories'], { tags: [FORUM_CATEGORIES_TAG] });

/**
 * A list page. Searches and cursor pages are not cached: their keys are whatever people type or
 * wherever the list stood (a cursor is any `[date, id]`, different after every post), so they
 * would fill the cache without bound, and the index answers them directly (docs/benchmarks.md).
 * What is cached has a fixed set of keys: each filter, order and page number 1–5.
 */
export async function cachedThreadPage(query: Partial<ListQuery>): Promise<ThreadPage> {
  if (query.q || query.cursor) return threadPageFromRecord(await listThreadRecord(query), now());
  const key = JSON.stringify([query.category ?? '', query.status ?? '', query.sort ?? 'newest', query.page ?? 1]);
  const record = await unstable_cache(() => listThreadRecord(query), ['forum-list', key], { tags: [FORUM_LISTS_TAG], revalidate: LIST_SECONDS })();
  return threadPageFromRecord(record, now());
}

export function cachedThreadRecord(id: number): Promise<ThreadRecord | null> {
  return unstable_cache(() => threadRecord(id), ['forum-thread', String(id)], { tags: [forumThreadTag(id)] })();
}

/** A thread page: the shared record from the cache, the reader's own flags fresh. */
export async function threadForPage(id: number, viewerId: string | null): Promise<ThreadDto | null> {
  const [record, flags] = await Promise.all([cachedThreadRecord(id), viewerId ? viewerFlags(id, viewerId) : null]);
  if (!record) return null;
  return threadFromRecord(record, now(), viewerId && flags ? { id: viewerId, ...flags } : null);
}
