import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { MINISTRY_NUMBERS_URL } from '@/lib/lottery/ministry';
import type { PeriodRecord } from '@/lib/lottery/records';

/**
 * One line under a period's numbers: where they come from and, when known, the day this site
 * added them. Sourced periods carry no such date, so none is shown rather than one made up.
 * How each period was checked is on the verification record page, linked here.
 */
export async function ProvenanceLine({ record, locale }: { record: PeriodRecord; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Lottery' });
  const source = (chunks: React.ReactNode) => (
    <a href={MINISTRY_NUMBERS_URL} hrefLang="zh-Hant-TW">
      {chunks}
    </a>
  );
  return (
    <p className="mt-3 text-muted" data-testid="provenance">
      {record.publishedAt
        ? t.rich('provenanceAdded', { source, date: formatDate(new Date(record.publishedAt), locale) })
        : t.rich('provenance', { source })}
      {locale === 'en' ? '. ' : '。'}
      <Link href="/lottery/sources">{t('provenanceRecord')}</Link>
    </p>
  );
}
