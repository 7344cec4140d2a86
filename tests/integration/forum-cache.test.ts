/**
 * The forum pages' cache (lib/forum/cached.ts, lib/forum/cache-tags.ts): every write expires the
 * tags of what it changed, and the shared record holds nothing personal — a record that went
 * through the cache's JSON gives the same thread as the database, and a reader's endorsement
 * shows only when their own flags are added.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ThreadInput } from '@/lib/forum/schemas';
import { addComment, answerThread, createThread, getThread, moderate, setEndorsement, threadFromRecord, threadRecord, viewerFlags, type ForumContext } from '@/lib/forum/store';
import { createTestDb, type TestDb } from './support/test-db';
import { createCitizen } from './support/world';

const expired = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof import('next/cache')>()),
  revalidateTag: (tag: string, profile: unknown) => {
    expect(profile).toEqual({ expire: 0 });
    expired.push(tag);
  },
}));

let t: TestDb;
const LATER = new Date(Date.now() + 2 * 86_400_000);
const ctx = (): ForumContext => ({ db: t.db, at: LATER, actorLabel: 'test' });
const proposal: ThreadInput = { category: 'open-data', kind: 'proposal', title: '快取標籤測試提案', body: '內容說明。' };
const take = () => expired.splice(0);

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

describe('forum cache tags', () => {
  it('expires the thread and the lists on every write that readers see, and nothing on a refused one', async () => {
    const author = await createCitizen(t.db, 'Cache author');
    const reader = await createCitizen(t.db, 'Cache reader');
    take();
    const created = await createThread(author, proposal, ctx());
    if (!created.ok) throw new Error(created.code);
    const id = created.value.id;
    expect(take()).toEqual(['forum-lists', `forum-thread-${id}`]);

    await setEndorsement(reader, id, true, ctx());
    expect(take()).toEqual(['forum-lists', `forum-thread-${id}`]);
    // The same endorsement again changes nothing, so nothing is expired.
    await setEndorsement(reader, id, true, ctx());
    expect(take()).toEqual([]);

    await addComment(reader, id, { body: '留言一則' }, ctx());
    expect(take()).toEqual(['forum-lists', `forum-thread-${id}`]);
    await answerThread({ id: author, label: 'official' }, id, { status: 'under_review', body: '研議中' }, ctx());
    expect(take()).toEqual(['forum-lists', `forum-thread-${id}`]);
    await moderate({ id: author, label: 'moderator' }, { threadId: id, commentId: null }, { type: 'lock', reason: '測試' }, ctx());
    expect(take()).toEqual(['forum-lists', `forum-thread-${id}`]);
    // A refused write (duplicate text within the hour) expires nothing.
    await createThread(author, proposal, ctx());
    expect(take()).toEqual([]);
  });

  it('keeps the shared record free of any reader: the same thread after JSON, the reader’s flags only when added', async () => {
    const author = await createCitizen(t.db, 'Record author');
    const reader = await createCitizen(t.db, 'Record reader');
    const created = await createThread(author, { ...proposal, title: '共享紀錄測試' }, ctx());
    if (!created.ok) throw new Error(created.code);
    const id = created.value.id;
    await setEndorsement(reader, id, true, ctx());
    await addComment(reader, id, { body: '讀者的留言' }, ctx());

    const record = (await threadRecord(id, { db: t.db }))!;
    const throughCache = JSON.parse(JSON.stringify(record)) as typeof record;
    expect(JSON.stringify(record)).not.toContain('endorsed');
    expect(threadFromRecord(throughCache, LATER, null)).toEqual(await getThread(id, { db: t.db, at: LATER }));
    expect(threadFromRecord(throughCache, LATER, null).viewer).toBeNull();

    const flags = await viewerFlags(id, reader, { db: t.db });
    expect(flags).toEqual({ endorsed: true, following: true });
    const asReader = threadFromRecord(throughCache, LATER, { id: reader, ...flags });
    expect(asReader).toEqual(await getThread(id, { db: t.db, at: LATER, viewerId: reader }));
    expect(asReader.commentList[0]!.mine).toBe(true);
    expect(threadFromRecord(throughCache, LATER, { id: author, ...(await viewerFlags(id, author, { db: t.db })) }).viewer).toMatchObject({ endorsed: false, mine: true });
  });
});
