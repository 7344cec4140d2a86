import { now } from '@/lib/clock';
import { cachedCategories, cachedThreadRecord } from '@/lib/forum/cached';
import { threadIdSchema } from '@/lib/forum/schemas';
import { threadFromRecord } from '@/lib/forum/store';
import { forumImage } from '@/lib/og/forum-image';
import { OG_SIZE } from '@/lib/og/lottery-image';

// The thread's record comes from its tagged cache (expired by every endorsement), so the
// progress drawn is the page's.
export const runtime = 'nodejs';
export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = '意見交流提案與附議進度 Forum proposal and its endorsements';

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const parsed = threadIdSchema.safeParse(raw);
  const record = parsed.success && /^\d+$/.test(raw) ? await cachedThreadRecord(parsed.data) : null;
  if (!record) return new Response('No such thread', { status: 404 });
  const thread = threadFromRecord(record, now(), null);
  const category = (await cachedCategories()).find((c) => c.slug === thread.category);
  return forumImage({ ...thread, hidden: thread.hidden !== null }, category?.name ?? thread.category);
}
