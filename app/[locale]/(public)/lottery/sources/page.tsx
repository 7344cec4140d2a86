import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MINISTRY_NUMBERS_URL } from '@/lib/lottery/ministry';
import { DataTable } from '@/components/ui/data-table';
import { formatDate } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { getPeriods } from '@/lib/lottery/catalog';
import { periodLabel } from '@/lib/lottery/period';
import type { PeriodRecord } from '@/lib/lottery/records';
import { pageMetadata } from '@/lib/seo/metadata';

// Like the other lottery pages: static, refreshed when an official publishes.
export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

/** A file for programs, not a page: a plain link, not a client-side navigation. */
const PERIODS_API = '/api/v1/lottery/periods';

/** The levels in the order readers meet them, strongest first. */
const LEVELS = ['official', 'verified-2plus', 'one-source-news', 'code-only-2plus', 'one-source-code', 'mixed'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Lottery' });
  return pageMetadata({ locale, path: '/lottery/sources', title: t('recordTitle'), description: t('recordLead') });
}

/**
 * How each period's numbers were checked, in plain words per level. The raw source notes are
 * written in English by whoever collected them, so only the English page lists them; the
 * Chinese page has the Chinese summary of each level and the API has everything.
 */
export default async function SourcesPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Lottery' });
  const periods = await getPeriods();
  const level = (r: PeriodRecord) => (t.has(`confidence_${r.confidence}`) ? t(`confidence_${r.confidence}` as 'confidence_mixed') : t('verifyNote'));
  const used = LEVELS.filter((l) => periods.some((p) => p.confidence === l));
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('recordTitle')}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('recordLead')}</p>
      <p className="mt-2 max-w-3xl">
        <a href={MINISTRY_NUMBERS_URL} hrefLang="zh-Hant-TW">
          {t('verifyNote')}
        </a>
      </p>

      <section aria-labelledby="levels-heading" className="mt-8 max-w-3xl">
        <h2 id="levels-heading" className="text-2xl font-bold">
          {t('recordLevelsHeading')}
        </h2>
        <ul className="mt-3 list-disc pl-6">
          {used.map((l) => (
            <li key={l} className="mt-1">
              {t(`confidence_${l}`)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="record-heading" className="mt-8">
        <h2 id="record-heading" className="text-2xl font-bold">
          {t('recordTableHeading')}
        </h2>
        <DataTable label={t('recordTableHeading')} testId="record-table">
          <thead>
            <tr>
              <th scope="col">{t('recordColPeriod')}</th>
              <th scope="col">{t('recordColCheck')}</th>
              <th scope="col" className="num">{t('recordColSources')}</th>
              <th scope="col">{t('recordColAdded')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.key}>
                <th scope="row" className="nowrap font-semibold">
                  <Link href={`/lottery/${p.key}`}>{periodLabel(p.period, locale)}</Link>
                </th>
                <td className="cell-prose">{level(p)}</td>
                <td className="num">{p.sources.length}</td>
                <td className="nowrap">{p.publishedAt ? formatDate(new Date(p.publishedAt), locale) : t('recordNoDate')}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        <p className="mt-3">{t.rich('recordApi', { api: (chunks) => <a href={PERIODS_API} type="application/json">
              {chunks}
            </a> })}</p>
      </section>

      {locale === 'en' ? <RawSources periods={periods} heading={t('recordRawHeading')} /> : null}
    </div>
  );
}

/** The collectors' own notes, as recorded (English only: they were written in English). */
function RawSources({ periods, heading }: { periods: PeriodRecord[]; heading: string }) {
  return (
    <section aria-labelledby="raw-heading" className="mt-8 max-w-3xl">
      <h2 id="raw-heading" className="text-2xl font-bold">
        {heading}
      </h2>
      {periods.map((p) => (
        <details key={p.key} className="mt-2 border-b border-line py-2">
          <summary className="cursor-pointer font-semibold">{periodLabel(p.period, 'en')}</summary>
          <ul className="mt-2 list-disc pl-6">
            {p.sources.map((s) => (
              <li key={s} className="break-words">
                {s}
              </li>
            ))}
          </ul>
          {p.fieldConfidence ? (
            <ul className="mt-2 list-disc pl-6">
              {Object.entries(p.fieldConfidence).map(([field, note]) => (
                <li key={field} className="break-words">
                  {field}: {note}
                </li>
              ))}
            </ul>
          ) : null}
          {p.notes ? <p className="mt-2 break-words">{p.notes}</p> : null}
        </details>
      ))}
    </section>
  );
}
