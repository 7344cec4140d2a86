import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { IslandMessages } from '@/components/stats/island-messages';
import { TopicExplorer } from '@/components/stats/topic-explorer';
import { LOCALES, localePath, type Locale } from '@/lib/i18n/routing';
import { datasetPagePath } from '@/lib/stats/files';
import { formatDate } from '@/lib/i18n/format';
import { datasetMetadata, datasetSummary, topicData } from '@/lib/stats/read-datasets';
import { countyMapGeometry } from '@/lib/stats/views/map-geometry';
import { explorerInput } from '@/lib/stats/views/table';
import { TOPICS, TOPIC_IDS, isTopicId } from '@/lib/stats/views/topics';

// Static, like the topic page: the island reads the embed's query (the view) in the browser.
export const dynamic = 'force-static';
export const dynamicParams = false;

type Props = { params: Promise<{ locale: string; topic: string }> };

export function generateStaticParams() {
  return LOCALES.flatMap((locale) => TOPIC_IDS.map((topic) => ({ locale, topic })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, topic } = (await params) as { locale: Locale; topic: string };
  if (!isTopicId(topic)) return {};
  const t = await getTranslations({ locale, namespace: 'Stats' });
  return { title: `${t(`topics.${TOPICS[topic].messageKey}.title`)}｜${t('embedSite')}`, alternates: { canonical: localePath(locale, `/stats/${topic}`) } };
}

export default async function EmbedTopic({ params }: Props) {
  const { locale, topic } = (await params) as { locale: Locale; topic: string };
  if (!isTopicId(topic)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Stats' });
  const spec = TOPICS[topic];
  const key = spec.messageKey;
  const topicPath = localePath(locale, `/stats/${topic}`);
  const dataset = datasetSummary(spec.dataset, locale);
  return (
    <div>
      <p className="font-semibold">
        {t('embedSite')}
        {locale === 'en' ? ' · ' : '・'}
        <strong className="text-[#b3261e]">{t('embedSynthetic')}</strong>
      </p>
      <h1 className="mt-1 text-2xl font-bold">{t(`topics.${key}.title`)}</h1>
      <IslandMessages>
        <TopicExplorer
          locale={locale}
          {...explorerInput(topicData(topic, locale), locale)}
          id={`embed-${topic}`}
          title={t(`topics.${key}.chartTitle`)}
          datasetPath={localePath(locale, datasetPagePath(spec.dataset))}
          topicPath={topicPath}
          k={datasetMetadata(spec.dataset).suppression.k}
          geometry={spec.chart === 'map' ? countyMapGeometry() : undefined}
          embed
        />
      </IslandMessages>
      <p className="mt-4 text-muted" data-testid="embed-source">
        {t('embedCredit', { dataset: dataset.title, date: formatDate(dataset.modified, locale) })}
      </p>
      <p className="mt-1">
        <a href={topicPath} target="_top">
          {t('embedSource')}
        </a>
      </p>
    </div>
  );
}
