import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import type { PeriodRecord } from '@/lib/lottery/records';

/** Where a period's numbers come from, and how far the sources agree. Text only, never HTML. */
export async function PeriodSources({ record, locale }: { record: PeriodRecord; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Lottery' });
  const level = t.has(`confidence_${record.confidence}`) ? t(`confidence_${record.confidence}` as 'confidence_mixed') : record.confidence;
  return (
    <section aria-labelledby={`sources-${record.key}`} className="mt-8">
      <h2 id={`sources-${record.key}`} className="text-2xl font-bold">
        {t('sourcesHeading')}
      </h2>
      <p className="mt-2 font-semibold">{t('confidence', { level })}</p>
      {record.publishedAt ? <p>{t('publishedAt', { date: formatDateTime(new Date(record.publishedAt), locale) })}</p> : null}
      {record.fieldConfidence ? (
        <>
          <h3 className="mt-4 text-lg font-bold">{t('fieldNotes')}</h3>
          <dl className="mt-1">
            {Object.entries(record.fieldConfidence).map(([field, note]) => (
              <div key={field} className="mt-1">
                <dt className="inline font-semibold">{field}: </dt>
                <dd className="inline break-words">{note}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <ul className="mt-3 list-disc pl-6">
        {record.sources.map((source) => (
          <li key={source} className="break-words">
            {source}
          </li>
        ))}
      </ul>
      {record.notes ? <p className="mt-3 break-words">{record.notes}</p> : null}
      <p className="mt-3 text-muted">{t('verifyNote')}</p>
    </section>
  );
}
