import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SyntheticNotice } from '@/components/stats/synthetic-notice';
import { formatDate } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { datasetPagePath, fileUrlPath } from '@/lib/stats/files';
import { periodLabel } from '@/lib/stats/views/period-label';
import { datasetIds, datasetSummary } from '@/lib/stats/read-datasets';
import { pageMetadata } from '@/lib/seo/metadata';

export const dynamic = 'force-static';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Stats.catalog' });
  return pageMetadata({ locale, path: '/data', title: t('title'), description: t('lead') });
}

export default async function CatalogPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Stats.catalog' });
  const datasets = datasetIds().map((id) => datasetSummary(id, locale));
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('lead')}</p>
      <SyntheticNotice locale={locale} />
      <p className="mt-4 max-w-3xl">
        {t.rich('licenceNote', {
          licence: (chunks) => <Link href="/open-data-licence">{chunks}</Link>,
        })}
      </p>
      <ul className="mt-6 space-y-6">
        {datasets.map((d) => (
          <li key={d.id} className="rounded-md border-2 border-line p-4">
            <h2 className="text-xl font-bold">
              <Link href={datasetPagePath(d.id)}>{d.title}</Link>
            </h2>
            <p className="mt-1 max-w-3xl">{d.description}</p>
            <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">{t('coverage')}</dt>
              <dd>{t('coverageValue', { start: periodLabel(d.temporal.start, locale), end: periodLabel(d.temporal.end, locale) })}</dd>
              <dt className="font-semibold">{t('frequency')}</dt>
              <dd>{d.updateFrequency}</dd>
              <dt className="font-semibold">{t('updated')}</dt>
              <dd>
                <time dateTime={d.modified}>{formatDate(d.modified, locale)}</time>
              </dd>
              <dt className="font-semibold">{t('rows')}</dt>
              <dd>{t('rowsValue', { rows: d.rowCount, suppressed: d.suppressedCount })}</dd>
              <dt className="font-semibold">{t('downloads')}</dt>
              <dd className="flex flex-wrap gap-x-4">
                <a href={fileUrlPath(d.id, 'csv')} aria-label={`CSV: ${d.title}`}>
                  CSV
                </a>
                <a href={fileUrlPath(d.id, 'json')} aria-label={`JSON: ${d.title}`}>
                  JSON
                </a>
                <a href={fileUrlPath(d.id, 'metadata')} aria-label={`${t('metadata')}: ${d.title}`}>
                  {t('metadata')}
                </a>
              </dd>
            </dl>
          </li>
        ))}
      </ul>
      <section aria-labelledby="machine-heading" className="mt-8 max-w-3xl">
        <h2 id="machine-heading" className="text-2xl font-bold">
          {t('machineHeading')}
        </h2>
        <p className="mt-2">{t('machineBody')}</p>
        <p className="mt-2">
          <a href="/data/catalog.json" type="application/ld+json">
            {t('machineLink')}
          </a>
        </p>
      </section>
      <p className="mt-8">
        <Link href="/stats">{t('statsLink')}</Link>
      </p>
    </div>
  );
}
