// GET /stats/<topic>/data.json – what a dashboard loads when the reader first changes its view:
// every cell of the topic (TopicData, labels in the page's language). The page's first payload
// carries only the topic's shape and its first view (components/stats/topic-source.ts).
import { LOCALES, type Locale } from '@/lib/i18n/routing';
import { topicData } from '@/lib/stats/read-datasets';
import { TOPIC_IDS, isTopicId } from '@/lib/stats/views/topics';

// Static files generated at build time, one per language and topic, like the pages.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.flatMap((locale) => TOPIC_IDS.map((topic) => ({ locale, topic })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; topic: string }> }) {
  const { locale, topic } = await params;
  if (!isTopicId(topic) || !(LOCALES as readonly string[]).includes(locale)) {
    return Response.json({ error: { code: 'not_found', message: `No statistics topic ${topic}.` } }, { status: 404 });
  }
  return Response.json(topicData(topic, locale as Locale));
}
