/**
 * The list's "next page" link (lib/forum/list-pages.ts): numbers for pages 2–5, which are cached
 * pages for the plain list, then the cursor of the last thread shown; searches always by cursor.
 */
import { describe, expect, it } from 'vitest';
import { NUMBERED_LIST_PAGES } from '@/lib/forum/list-keys';
import { nextPageParams } from '@/lib/forum/list-pages';
import { listQuerySchema } from '@/lib/forum/schemas';

describe('forum list pages', () => {
  it('numbers the pages up to the last numbered one, then follows the cursor', () => {
    expect(nextPageParams({}, 'c1')).toEqual({ page: '2' });
    expect(nextPageParams({ page: 4 }, 'c4')).toEqual({ page: '5' });
    expect(nextPageParams({ page: NUMBERED_LIST_PAGES }, 'c5')).toEqual({ cursor: 'c5' });
    expect(nextPageParams({ cursor: 'c5' }, 'c6')).toEqual({ cursor: 'c6' });
  });

  it('pages a search by cursor only, and has no link on the last page', () => {
    expect(nextPageParams({ q: '載具' }, 'c1')).toEqual({ cursor: 'c1' });
    expect(nextPageParams({ page: 3 }, null)).toBeNull();
  });

  it('reads a page number from the URL only when it is one of the numbered pages', () => {
    expect(listQuerySchema.parse({ page: '3' }).page).toBe(3);
    for (const page of ['1', '6', 'x', '-2', '2.5', undefined]) expect(listQuerySchema.parse({ page }).page, String(page)).toBeUndefined();
  });
});
