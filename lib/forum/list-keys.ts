/**
 * The query keys of a forum list URL (search, filters, order, page). Plain data: next.config.ts
 * reads it (through lib/http/next-routing.ts) to send URLs with any of them to the per-request list.
 */
export const FORUM_LIST_QUERY_KEYS = ['q', 'category', 'status', 'sort', 'cursor', 'page'] as const;

/**
 * A list's first pages have numbers (`?page=2` … `?page=5`), later ones a cursor. A number names
 * the same place in the list after every post, so pages 2–5 of the plain list are cached like
 * the first (a fixed handful of pages, expired with it); a cursor is any `[date, id]` pair,
 * different after every post, so cursor pages render per request and nothing is kept per cursor.
 */
export const NUMBERED_LIST_PAGES = 5;

/**
 * The names of the forum's cached pages, which Next.js keeps on disk once made, 404s included:
 * `forum-index/newest`, `newest-2` … `newest-5` (the plain list and its numbered pages) and
 * `forum-read/{id}` with an id written as the thread API writes it (no sign, no leading zero,
 * at most 16 digits: lib/forum/schemas.ts threadIdSchema). The proxy sends any other name to the
 * site's not-found page, rendered per request, before the page (proxy.ts), so made-up URLs cannot
 * grow the page cache.
 */
export const LIST_VIEW_PATTERN = new RegExp(`^newest(?:-([2-${NUMBERED_LIST_PAGES}]))?$`);
export const THREAD_KEY_PATTERN = /^[1-9]\d{0,15}$/;

/** The page number of a cached list view (`newest` → 1, `newest-3` → 3), or null for any other name. */
export function listViewPage(view: string): number | null {
  const match = LIST_VIEW_PATTERN.exec(view);
  return match ? Number(match[1] ?? 1) : null;
}

/** Whether `/{locale}/forum-index/{key}` or `/{locale}/forum-read/{key}` names a page that may be cached. */
export function isCachedForumPageKey(page: 'index' | 'read', key: string): boolean {
  return page === 'index' ? LIST_VIEW_PATTERN.test(key) : THREAD_KEY_PATTERN.test(key);
}
