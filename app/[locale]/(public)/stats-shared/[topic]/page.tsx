/**
 * A topic page opened with a view in its query (/stats/<topic>?from=…, rewritten here by
 * next.config.ts): the same page, rendered per request so that its share card (og:image, og:url)
 * shows the chart as filtered. Without a query the static topic page answers, as before.
 */
import type { Metadata } from 'next';
import { localePath, type Locale } from '@/lib/i18n/routing';
import { topicData } from '@/lib/stats/read-datasets';
import { parseState, stateQuery } from '@/lib/stats/views/state';
import { isTopicId } from '@/lib/stats/views/topics';
import TopicPage, { generateMetadata as topicMetadata } from '../../stats/[topic]/page';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; topic: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function searchOf(query: Record<string, string | string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (typeof value === 'string') params.set(key, value);
  return `?${params.toString()}`;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const base = await topicMetadata({ params });
  const { locale, topic } = (await params) as { locale: Locale; topic: string };
  if (!isTopicId(topic)) return base;
  const data = topicData(topic, locale);
  const query = stateQuery(parseState(searchOf(await searchParams), data), data);
  const path = localePath(locale, `/stats/${topic}`);
  return {
    ...base,
    openGraph: { ...base.openGraph, url: `${path}?${query}`, images: [{ url: `${path}/chart.png?${query}`, width: 1200, height: 630, alt: String(base.title ?? '') }] },
  };
}

export default function SharedTopicPage({ params }: Props) {
  return TopicPage({ params });
}
