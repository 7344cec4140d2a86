import { getLotteryNow } from '@/lib/lottery/catalog';
import { lotteryImage, OG_SIZE } from '@/lib/og/lottery-image';

// Node, not edge: the CJK font is too large for an edge bundle, and periods come from the database.
export const runtime = 'nodejs';
export const revalidate = 300;
export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = '統一發票中獎號碼 Uniform-invoice winning numbers';

export default async function Image() {
  const { latest } = await getLotteryNow();
  if (!latest) return new Response('No periods', { status: 404 });
  return lotteryImage(latest);
}
