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
