import { LOCALES } from '@/lib/i18n/routing';
import { statsImage, OG_SIZE } from '@/lib/og/stats-image';
import { datasetMetadata, topicData } from '@/lib/stats/read-datasets';
import { topicShareInput } from '@/lib/stats/views/share';
import { TOPICS, TOPIC_IDS, isTopicId } from '@/lib/stats/views/topics';

export const runtime = 'nodejs';
export const dynamic = 'force-static';
export const dynamicParams = false;
export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = '電子發票開放統計（合成資料）Open e-invoice statistics (synthetic data)';

export function generateStaticParams() {
  return LOCALES.flatMap((locale) => TOPIC_IDS.map((topic) => ({ locale, topic })));
}

export default async function Image({ params }: { params: Promise<{ topic: string }> }) {
  const { topic } = await params;
  if (!isTopicId(topic)) return new Response('No such topic', { status: 404 });
  // The image is bilingual (as the lottery's), so both languages get the same one.
  return statsImage(topicShareInput(topicData(topic, 'zh-Hant-TW'), datasetMetadata(TOPICS[topic].dataset).modified));
}
