import { getPeriod } from '@/lib/lottery/catalog';
import { pageKey, parsePeriod } from '@/lib/lottery/period';
import { lotteryImage, OG_SIZE } from '@/lib/og/lottery-image';

export const runtime = 'nodejs';
export const revalidate = 300;
export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = '統一發票中獎號碼 Uniform-invoice winning numbers';

export default async function Image({ params }: { params: Promise<{ period: string }> }) {
  const parsed = parsePeriod((await params).period);
  const record = parsed.ok ? await getPeriod(pageKey(parsed.period)) : null;
  if (!record) return new Response('No such period', { status: 404 });
  return lotteryImage(record);
}
