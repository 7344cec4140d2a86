/**
 * Whether `/forum/{id}` can name a thread, asked by the proxy before the page is made. A page
 * for an id no thread has would call notFound(): Next.js keeps that 404 in its page cache, one
 * file per id (a crawler counting upwards grows the disk without end), and sends it as an empty
 * document that shows its message only once scripts have run (vercel/next.js#62228). An id above
 * the newest thread goes to the site's static not-found page instead, nothing made or kept.
 *
 * Thread ids come from one sequence and threads are never deleted (moderation hides them), so
 * every id up to the largest one in use is a thread's, bar the rare number an aborted insert
 * used up (that one still reaches the page and its notFound(), as before). The largest id is
 * kept in memory: a known id costs nothing, and only an id above it reads the database again
 * (one index lookup, each time: a read shared with a request that came earlier could predate a
 * thread made in between by another instance). A thread made in this process is noted at once.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';

let largestKnown = 0;

/** The largest thread id in use (0 with no threads). */
export async function largestThreadId(database?: Kysely<Database>): Promise<number> {
  const db = await resolveDb(database);
  const row = await db
    .selectFrom('forum_threads')
    .select((eb) => eb.fn.max('id').as('largest'))
    .executeTakeFirst();
  return Number(row?.largest ?? 0);
}

/**
 * False only when the database says no thread has an id this large. When the database cannot
 * be asked, the page decides (true), as it did before this gate.
 */
export async function mayBeThread(id: number, readLargest: () => Promise<number> = largestThreadId): Promise<boolean> {
  if (id <= largestKnown) return true;
  try {
    largestKnown = Math.max(largestKnown, await readLargest());
  } catch {
    return true;
  }
  return id <= largestKnown;
}

/** Called when this process makes a thread. */
export function noteThreadId(id: number): void {
  if (id > largestKnown) largestKnown = id;
}

/** Tests only: forget what was learnt. */
export function resetThreadGate(): void {
  largestKnown = 0;
}
