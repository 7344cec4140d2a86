import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { IslandMessages } from '@/components/stats/island-messages';
import { MethodNote } from '@/components/stats/method-note';
import { SyntheticNotice } from '@/components/stats/synthetic-notice';
import { TopicExplorer } from '@/components/stats/topic-explorer';
import { Link } from '@/lib/i18n/navigation';
import { LOCALES, localePath, type Locale } from '@/lib/i18n/routing';
import { datasetPagePath } from '@/lib/stats/files';
import { datasetMetadata, topicData } from '@/lib/stats/read-datasets';
import { countyMapGeometry } from '@/lib/stats/views/map-geometry';
import { explorerInput } from '@/lib/stats/views/table';
import { TOPICS, TOPIC_IDS, isTopicId } from '@/lib/stats/views/topics';
import { pageMetadata } from '@/lib/seo/metadata';

// Static: one page per topic and language. Filters live in the browser and the address bar.
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
  const key = TOPICS[topic].messageKey;
  return pageMetadata({ locale, path: `/stats/${topic}`, title: t(`topics.${key}.title`), description: t(`topics.${key}.summary`) });
}

export default async function TopicPage({ params }: Props) {
  const { locale, topic } = (await params) as { locale: Locale; topic: string };
  if (!isTopicId(topic)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Stats' });
  const spec = TOPICS[topic];
  const key = spec.messageKey;
  const meta = datasetMetadata(spec.dataset);
  return (
    <div>
      <p className="mb-2">
        <Link href="/stats">{t('title')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t(`topics.${key}.title`)}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t(`topics.${key}.lead`)}</p>
      <SyntheticNotice locale={locale} />
      <IslandMessages>
        <TopicExplorer
          locale={locale}
          {...explorerInput(topicData(topic, locale), locale)}
          id={`topic-${topic}`}
          title={t(`topics.${key}.chartTitle`)}
          datasetPath={localePath(locale, datasetPagePath(spec.dataset))}
          topicPath={localePath(locale, `/stats/${topic}`)}
          k={meta.suppression.k}
          geometry={spec.chart === 'map' ? countyMapGeometry() : undefined}
        />
      </IslandMessages>
      <MethodNote locale={locale} datasets={[spec.dataset]} mapCredit={spec.chart === 'map'} />
      <nav aria-labelledby="other-topics" className="mt-10 border-t-2 border-line pt-6">
        <h2 id="other-topics" className="text-xl font-bold">
          {t('otherTopics')}
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {TOPIC_IDS.filter((id) => id !== topic).map((id) => (
            <li key={id}>
              <Link href={`/stats/${id}`}>{t(`topics.${TOPICS[id].messageKey}.title`)}</Link>
            </li>
          ))}
          <li>
            <Link href="/data">{t('catalogLink')}</Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
