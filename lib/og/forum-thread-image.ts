import 'server-only';
import { now } from '@/lib/clock';
import { cachedCategories, cachedThreadRecord } from '@/lib/forum/cached';
import { threadIdSchema } from '@/lib/forum/schemas';
import { threadFromRecord } from '@/lib/forum/store';
import { forumImage } from './forum-image';

/**
 * A thread's share image, for both thread routes. The record comes from its tagged cache
 * (expired by every endorsement), so the progress drawn is the page's.
 */
export async function forumThreadImage(raw: string): Promise<Response> {
  const parsed = threadIdSchema.safeParse(raw);
  const record = parsed.success && /^\d+$/.test(raw) ? await cachedThreadRecord(parsed.data) : null;
  if (!record) return new Response('No such thread', { status: 404 });
  const thread = threadFromRecord(record, now(), null);
  const category = (await cachedCategories()).find((c) => c.slug === thread.category);
  return forumImage({ ...thread, hidden: thread.hidden !== null }, category?.name ?? thread.category);
}
