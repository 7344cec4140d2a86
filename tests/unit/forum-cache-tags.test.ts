/**
 * How the forum expires its cache tags: `updateTag` inside a server action (the writer's own
 * answer is fresh), else `revalidateTag(tag, { expire: 0 })` (route handlers), and nothing
 * outside a Next.js request; any other error is not swallowed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ update: [] as string[], revalidate: [] as string[], mode: 'action' as 'action' | 'route' | 'none' | 'broken' }));
vi.mock('next/cache', () => ({
  updateTag: (tag: string) => {
    if (calls.mode === 'broken') throw new Error('something else');
    if (calls.mode !== 'action') throw new Error('updateTag can only be called from within a Server Action. To invalidate cache tags in Route Handlers…');
    calls.update.push(tag);
  },
  revalidateTag: (tag: string, profile: unknown) => {
    expect(profile).toEqual({ expire: 0 });
    if (calls.mode === 'none') throw new Error('Invariant: static generation store missing in revalidateTag(…)');
    calls.revalidate.push(tag);
  },
}));
vi.mock('server-only', () => ({}));

const { forumThreadsChanged } = await import('@/lib/forum/cache-tags');

beforeEach(() => {
  calls.update.length = 0;
  calls.revalidate.length = 0;
});

describe('forum cache tags', () => {
  it('use updateTag in a server action', () => {
    calls.mode = 'action';
    forumThreadsChanged(7);
    expect(calls.update).toEqual(['forum-lists', 'forum-thread-7']);
    expect(calls.revalidate).toEqual([]);
  });

  it('use revalidateTag with immediate expiry in a route handler', () => {
    calls.mode = 'route';
    forumThreadsChanged(7, 8);
    expect(calls.revalidate).toEqual(['forum-lists', 'forum-thread-7', 'forum-thread-8']);
  });

  it('do nothing outside a request, and let other errors through', () => {
    calls.mode = 'none';
    expect(() => forumThreadsChanged(1)).not.toThrow();
    calls.mode = 'broken';
    expect(() => forumThreadsChanged(1)).toThrow('something else');
  });
});
