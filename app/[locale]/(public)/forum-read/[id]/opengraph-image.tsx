import { forumThreadImage } from '@/lib/og/forum-thread-image';
import { OG_SIZE } from '@/lib/og/lottery-image';

export const runtime = 'nodejs';
export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = '意見交流提案與附議進度 Forum proposal and its endorsements';

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  return forumThreadImage((await params).id);
}
