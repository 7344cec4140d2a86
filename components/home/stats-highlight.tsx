import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { topicData } from '@/lib/stats/read-datasets';
import { headlines } from '@/lib/stats/views/headlines';
import { periodOptions } from '@/lib/stats/views/state';
import { formatValue } from '@/lib/stats/views/table';

/** The year as the page reads it: 民國114年 on Chinese pages (through Intl, not by subtracting), 2025 in English. */
function yearLabel(year: string, locale: Locale): string {
  if (locale === 'en') return year;
  return new Intl.DateTimeFormat('zh-Hant-TW-u-ca-roc', { year: 'numeric', timeZone: 'Asia/Taipei' }).format(new Date(`${year}-07-01T00:00:00+08:00`));
}

/**
 * One figure from the open statistics, the same one the statistics overview leads with (the
 * cloud-invoice share of the latest full year), and said plainly to be synthetic.
 */
export async function HomeStatsHighlight({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Home' });
  const carrier = topicData('carrier', locale);
  const year = periodOptions(carrier, 'year').at(-1)!;
  const share = headlines(carrier, year).cloudSharePct;
  if (share === null) return null;
  return (
    <section aria-labelledby="stats-heading">
      <h2 id="stats-heading" className="text-2xl font-bold">
        {t('statsHeading')}
      </h2>
      <figure className="mt-3 rounded-md border-2 border-line p-4">
        <p className="text-4xl font-bold text-brand-800 tabular-nums" data-testid="home-stat">
          {formatValue(share, 'share', locale)}%
        </p>
        <figcaption className="mt-1">
          <span className="block font-semibold">{t('statsFigure', { year: yearLabel(year, locale) })}</span>
          <span className="block text-sm text-muted">{t('statsNote')}</span>
        </figcaption>
      </figure>
      <p className="mt-3">
        <Link href="/stats">{t('statsLink')}</Link>
      </p>
    </section>
  );
}
