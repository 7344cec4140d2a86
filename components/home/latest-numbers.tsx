import { getTranslations } from 'next-intl/server';
import { ProvenanceLine } from '@/components/lottery/provenance-line';
import { formatDate } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { claimWindow, drawDate, periodLabel, type Period } from '@/lib/lottery/period';
import { prizeName, type PrizeKey } from '@/lib/lottery/prizes';
import type { PeriodRecord } from '@/lib/lottery/records';

type Props = {
  latest: PeriodRecord;
  nextDraw: { period: Period; date: string };
  /** A later period has been drawn but its numbers are not here: `latest` is then not the newest draw. */
  awaiting?: boolean;
  locale: Locale;
};

/**
 * What most visitors come for, first: the latest numbers large enough to read off a phone held
 * beside a stack of invoices, and one large way to check them.
 */
export async function HomeLatestNumbers({ latest, nextDraw, awaiting = false, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Home' });
  const lottery = await getTranslations({ locale, namespace: 'Lottery' });
  const { numbers } = latest;
  const rows: { key: PrizeKey; values: (string | null)[] }[] = [
    { key: 'special', values: [numbers.special] },
    { key: 'grand', values: [numbers.grand] },
    { key: 'first', values: [...numbers.first] },
  ];
  return (
    <section aria-labelledby="latest-heading" className="mt-6 rounded-lg border-2 border-brand-700 p-4 sm:p-6">
      <h2 id="latest-heading" className="text-2xl font-bold text-brand-800">
        {awaiting
          ? lottery('latestListed', { label: periodLabel(latest.period, locale) })
          : t('latestHeading', { label: periodLabel(latest.period, locale) })}
      </h2>
      <p className="mt-1 text-muted">
        {t('drawnOn', { date: formatDate(drawDate(latest.period), locale) })}
        {locale === 'en' ? ' · ' : '・'}
        {t('claimUntil', { date: formatDate(claimWindow(latest.period).to, locale) })}
      </p>
      <dl className="mt-4 grid gap-4 sm:grid-cols-3" data-testid="home-numbers">
        {rows.map((row) => (
          <div key={row.key}>
            <dt className="text-lg font-semibold">{prizeName(row.key, locale)}</dt>
            {row.values.map((value, i) => (
              <dd key={i} className={value ? 'font-mono text-3xl font-bold tracking-wider text-ink tabular-nums sm:text-4xl' : 'text-lg text-muted'}>
                {value ?? lottery('unknownNumber')}
              </dd>
            ))}
          </div>
        ))}
      </dl>
      <ProvenanceLine record={latest} locale={locale} />
      <p className="mt-5">
        <Link href="/lottery/check" className="btn w-full px-10 py-4 text-2xl sm:w-auto" aria-describedby="check-hint">
          {t('checkCta')}
        </Link>
      </p>
      <p id="check-hint" className="mt-2 text-muted">
        {t('checkHint')}
      </p>
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        <span className="font-semibold">
          {t('nextDraw', { date: formatDate(nextDraw.date, locale), label: periodLabel(nextDraw.period, locale) })}
        </span>
        <Link href={`/lottery/${latest.key}`}>{t('allNumbers')}</Link>
      </p>
    </section>
  );
}
