import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { IslandMessages } from '@/components/stats/island-messages';
import { MethodNote } from '@/components/stats/method-note';
import { SyntheticNotice } from '@/components/stats/synthetic-notice';
import { TopicExplorer } from '@/components/stats/topic-explorer';
import { Link } from '@/lib/i18n/navigation';
import { localePath, type Locale } from '@/lib/i18n/routing';
import { datasetMetadata, topicData } from '@/lib/stats/read-datasets';
import { headlines } from '@/lib/stats/views/headlines';
import { countyMapGeometry } from '@/lib/stats/views/map-geometry';
import { periodOptions, type ViewState } from '@/lib/stats/views/state';
import { explorerInput, formatValue } from '@/lib/stats/views/table';
import { TOPICS, TOPIC_IDS } from '@/lib/stats/views/topics';
import { pageMetadata } from '@/lib/seo/metadata';

// Static: the datasets are files read at build time; a new data release ships with a new build.
export const dynamic = 'force-static';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Stats' });
  return pageMetadata({ locale, path: '/stats', title: t('title'), description: t('lead') });
}

export default async function StatsPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Stats' });
  const carrier = topicData('carrier', locale);
  const county = topicData('county', locale);
  const years = periodOptions(carrier, 'year');
  const year = years.at(-1)!;
  const figures = headlines(carrier, year);
  const carrierView: ViewState = { from: years[0]!, to: year, by: 'year', measure: 'share', series: carrier.series.map((s) => s.key) };
  const countyView: ViewState = { from: `${year}-01`, to: `${year}-12`, by: 'month', measure: 'count', series: ['all'] };
  const k = datasetMetadata('einvoice-carrier-monthly').suppression.k;
  const fmt = (v: number | null, m: 'count' | 'mean' | 'share') => (v === null ? t('suppressed') : formatValue(v, m, locale));
  const cards = [
    { label: t('headlineCloud'), value: `${fmt(figures.cloudSharePct, 'share')}%`, note: t('headlineCloudNote') },
    { label: t('headlineMean'), value: fmt(figures.meanTicket, 'mean'), note: t('headlineMeanNote') },
    { label: t('headlineDonated'), value: `${fmt(figures.donatedSharePct, 'share')}%`, note: t('headlineDonatedNote') },
    { label: t('headlineSample'), value: fmt(figures.invoices, 'count'), note: t('headlineSampleNote') },
  ];
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('lead')}</p>
      <SyntheticNotice locale={locale} />

      <section aria-labelledby="headlines-heading" className="mt-8">
        <h2 id="headlines-heading" className="text-2xl font-bold">
          {t('headlinesHeading', { year })}
        </h2>
        <dl className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {cards.map((c) => (
            <div key={c.label} className="flex flex-col rounded-md border-2 border-line p-4">
              <dt className="font-semibold">{c.label}</dt>
              <dd className="order-first text-3xl font-bold text-brand-800 tabular-nums">{c.value}</dd>
              <dd className="mt-1 text-sm text-muted">{c.note}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="topics-heading" className="mt-8">
        <h2 id="topics-heading" className="text-2xl font-bold">
          {t('topicsHeading')}
        </h2>
        <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {TOPIC_IDS.map((id) => (
            <li key={id} className="rounded-md border-2 border-line p-4">
              <Link href={`/stats/${id}`} className="text-lg font-bold">
                {t(`topics.${TOPICS[id].messageKey}.title`)}
              </Link>
              <p className="mt-1">{t(`topics.${TOPICS[id].messageKey}.summary`)}</p>
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <Link href="/data">{t('catalogLink')}</Link>
        </p>
      </section>

      <IslandMessages>
        <TopicExplorer
          locale={locale}
          {...explorerInput(carrier, locale, carrierView)}
          id="overview-carrier"
          title={t('overviewCarrierTitle')}
          datasetPath={localePath(locale, '/data/einvoice-carrier-monthly')}
          topicPath={localePath(locale, '/stats/carrier')}
          k={k}
          fixed={carrierView}
        />
        <p className="mt-2">
          <Link href="/stats/carrier">{t('exploreLink', { topic: t('topics.carrier.title') })}</Link>
        </p>
        <TopicExplorer
          locale={locale}
          {...explorerInput(county, locale, countyView)}
          id="overview-county"
          title={t('overviewCountyTitle', { year })}
          datasetPath={localePath(locale, '/data/einvoice-county-monthly')}
          topicPath={localePath(locale, '/stats/county')}
          k={k}
          geometry={countyMapGeometry()}
          fixed={countyView}
        />
        <p className="mt-2">
          <Link href="/stats/county">{t('exploreLink', { topic: t('topics.county.title') })}</Link>
        </p>
      </IslandMessages>

      <MethodNote locale={locale} datasets={['einvoice-carrier-monthly', 'einvoice-county-monthly']} mapCredit />
    </div>
  );
}
