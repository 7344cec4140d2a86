/**
 * The thread gate's read (lib/forum/thread-gate.ts largestThreadId) on a real database: 0 with no
 * threads, then the newest thread's id; the proxy's side is tests/integration/forum-page-gate.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThread } from '@/lib/forum/store';
import { largestThreadId } from '@/lib/forum/thread-gate';
import { createTestDb, type TestDb } from './support/test-db';
import { createCitizen } from './support/world';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

describe('largestThreadId', () => {
  it('is the newest thread’s id', async () => {
    const before = await largestThreadId(t.db);
    const author = await createCitizen(t.db, 'Gate author');
    const at = new Date(Date.now() + 2 * 86_400_000);
    const made = await createThread(author, { category: 'open-data', kind: 'question', title: '門檻測試問題', body: '內容。' }, { db: t.db, at, actorLabel: 'test' });
    if (!made.ok) throw new Error(made.code);
    expect(made.value.id).toBeGreaterThan(before);
    expect(await largestThreadId(t.db)).toBe(made.value.id);
  });
});
