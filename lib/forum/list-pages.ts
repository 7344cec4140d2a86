/**
 * Where a list's "next page" link goes. Pure: the list view and its unit test use it.
 *
 * The first NUMBERED_LIST_PAGES pages of a list are numbered (`?page=2` … `?page=5`): a number
 * names a fixed page, so the plain list's pages 2–5 are cached pages (lib/http/next-routing.ts)
 * and each filter's are a fixed set of cached records. After the last numbered page, and in a
 * search, the link carries the cursor of the page's last thread and renders per request.
 */
import { NUMBERED_LIST_PAGES } from './list-keys';

type PageQuery = { q?: string; cursor?: string; page?: number };

/** The query keys to set for the next page, or null on the last page. */
export function nextPageParams(query: PageQuery, nextCursor: string | null): { page: string } | { cursor: string } | null {
  if (!nextCursor) return null;
  const current = query.page ?? 1;
  if (!query.q && !query.cursor && current < NUMBERED_LIST_PAGES) return { page: String(current + 1) };
  return { cursor: nextCursor };
}
