import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PendingPeriod } from '@/components/lottery/pending-period';
import { PrizeTable, WinningNumbers } from '@/components/lottery/winning-numbers';
import { now } from '@/lib/clock';
import { formatDate } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { LOCALES, type Locale } from '@/lib/i18n/routing';
import { getPeriod, getPeriods } from '@/lib/lottery/catalog';
import { mayBePeriod } from '@/lib/lottery/period-gate';
import { claimWindow, drawDate, nextPeriod, pageKey, parsePeriod, periodLabel, previousPeriod } from '@/lib/lottery/period';
import { todayInTaipei } from '@/lib/taiwan/today';
import { pageMetadata } from '@/lib/seo/metadata';

// Static, regenerated in the background at most every 5 minutes: periods published into the
// database may be missing from the build's HTML. Publishing also revalidates the 'lottery' tag at once.
export const revalidate = 300;

type Props = { params: Promise<{ locale: string; period: string }> };

// Periods published after the build render on first visit and are then cached like the rest.
// Every result is cached, so only keys that may be periods get here: proxy.ts
// (lib/lottery/period-gate.ts) sends every other address to the uncached not-found page. Such a
// key without numbers here yet gets its draw date or, after the draw, the awaiting line.
export const dynamicParams = true;

export async function generateStaticParams() {
  const periods = await getPeriods();
  return LOCALES.flatMap((locale) => periods.map((p) => ({ locale, period: p.key })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, period } = (await params) as { locale: Locale; period: string };
  const parsed = parsePeriod(period);
  if (!parsed.ok) return {};
  const t = await getTranslations({ locale, namespace: 'Lottery' });
  const label = periodLabel(parsed.period, locale);
  return pageMetadata({ locale, path: `/lottery/${pageKey(parsed.period)}`, title: `${label} ${t('numbersHeading')}`, description: t('lead') });
}

export default async function PeriodPage({ params }: Props) {
  const { locale, period } = (await params) as { locale: Locale; period: string };
  setRequestLocale(locale);
  // The API's even-month term (11410) shows the same page; its canonical link names 11409.
  const parsed = parsePeriod(period);
  if (!parsed.ok || !/^\d{4,5}$/.test(period)) notFound();
  const record = await getPeriod(pageKey(parsed.period));
  if (!record) {
    const at = now();
    if (!mayBePeriod(period, todayInTaipei(at))) notFound();
    return <PendingPeriod period={parsed.period} locale={locale} at={at} />;
  }
  const t = await getTranslations({ locale, namespace: 'Lottery' });
  const claim = claimWindow(record.period);
  const known = new Set((await getPeriods()).map((p) => p.key));
  const prev = pageKey(previousPeriod(record.period));
  const next = pageKey(nextPeriod(record.period));
  return (
    <div>
      <h1 className="text-3xl font-bold">
        {periodLabel(record.period, locale)} {t('numbersHeading')}
      </h1>
      <p className="mt-3">{t('drawnOn', { date: formatDate(drawDate(record.period), locale) })}</p>
      <p>{t('claimWindow', { from: formatDate(claim.from, locale), to: formatDate(claim.to, locale) })}</p>
      <p className="text-muted">{t('claimNote')}</p>
      <p className="mt-4">
        <Link href="/lottery/check" className="btn">
          {t('checkCta')}
        </Link>
      </p>
      <div className="mt-8">
        <WinningNumbers record={record} locale={locale} />
      </div>
      <div className="mt-8">
        <PrizeTable locale={locale} withAdditionalSixth={record.numbers.additionalSixth.length > 0} />
      </div>
      <nav aria-label={t('allPeriods')} className="mt-8 flex flex-wrap gap-4">
        {known.has(prev) ? <Link href={`/lottery/${prev}`}>← {t('previousPeriod')}</Link> : null}
        <Link href="/lottery/periods">{t('allPeriods')}</Link>
        {known.has(next) ? <Link href={`/lottery/${next}`}>{t('nextPeriodLink')} →</Link> : null}
      </nav>
    </div>
  );
}
