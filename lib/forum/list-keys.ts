/**
 * The query keys of a forum list URL (search, filters, order, page). Plain data: next.config.ts
 * reads it (through lib/http/next-routing.ts) to send URLs with any of them to the per-request list.
 */
export const FORUM_LIST_QUERY_KEYS = ['q', 'category', 'status', 'sort', 'cursor'] as const;
