/**
 * The forum's cache tags. Pages read shared forum data through lib/forum/cached.ts, tagged here;
 * every write expires the tags of what it changed (lib/forum/store.ts), so a reader sees a post,
 * an endorsement or a moderator's action at once, while unchanged threads stay cached.
 */
import 'server-only';
import { revalidateTag, updateTag } from 'next/cache';

/** Every list page (counts, statuses and new threads show there). */
export const FORUM_LISTS_TAG = 'forum-lists';
/** The categories with their thresholds and deadlines (changed by admins). */
export const FORUM_CATEGORIES_TAG = 'forum-categories';
/** One thread's page and share image. */
export const forumThreadTag = (id: number) => `forum-thread-${id}`;

/**
 * Expires the tags now, not stale-while-revalidate: the writer reloads the page and must see its
 * own post. In a server action that is `updateTag` (read-your-own-writes in the action's own
 * answer); in a route handler `revalidateTag(tag, { expire: 0 })`. Outside a Next.js request
 * (scripts, Vitest) there is no cache to expire: Next.js then says "static generation store
 * missing", the one error ignored here.
 */
export function expireForumTags(tags: readonly string[]): void {
  for (const tag of tags) {
    try {
      updateTag(tag);
      continue;
    } catch (error) {
      if (!(error instanceof Error && error.message.includes('can only be called from within a Server Action'))) throw error;
    }
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      if (!(error instanceof Error && error.message.includes('static generation store missing'))) throw error;
    }
  }
}

/** After a write to these threads: their pages and every list. */
export function forumThreadsChanged(...threadIds: number[]): void {
  expireForumTags([FORUM_LISTS_TAG, ...threadIds.map(forumThreadTag)]);
}
