import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AwaitingNotice } from '@/components/lottery/awaiting-notice';
import { DrawCountdown } from '@/components/lottery/countdown';
import { PrizeTable, WinningNumbers } from '@/components/lottery/winning-numbers';
import { formatDate } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { localePath, type Locale } from '@/lib/i18n/routing';
import { getLotteryNow } from '@/lib/lottery/catalog';
import { claimWindow, drawDate, periodLabel } from '@/lib/lottery/period';
import { pageMetadata } from '@/lib/seo/metadata';
import { now } from '@/lib/clock';
import { daysBetween } from '@/lib/taiwan/civil-date';
import { todayInTaipei } from '@/lib/taiwan/today';

// Static, regenerated in the background at most every 5 minutes: periods published into the
// database may be missing from the build's HTML. Publishing also revalidates the 'lottery' tag at once.
// "Now" (the period awaiting its numbers, the next draw) is the time of rendering.
export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Lottery' });
  const metadata = pageMetadata({ locale, path: '/lottery', title: t('title'), description: t('lead') });
  return {
    ...metadata,
    alternates: { ...metadata.alternates, types: { 'application/rss+xml': [{ url: localePath(locale, '/lottery/feed.xml'), title: t('rssLink') }] } },
  };
}

export default async function LotteryPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Lottery' });
  const { latest, awaiting, nextDraw } = await getLotteryNow();
  if (!latest) return <h1 className="text-3xl font-bold">{t('title')}</h1>;
  const claim = claimWindow(latest.period);
  const upcoming = nextDraw.period;
  const daysLeft = Math.max(0, daysBetween(todayInTaipei(now()), nextDraw.date));
  const countdownLabels = Array.from({ length: daysLeft + 1 }, (_, days) => t('daysToDraw', { days }));
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('lead')}</p>
      <AwaitingNotice awaiting={awaiting} locale={locale} className="mt-6 max-w-3xl" />
      <div className="mt-6 rounded-lg border-2 border-brand-700 p-5">
        {/* While a drawn period awaits its numbers, the one shown is not "the latest" draw. */}
        <h2 className="text-2xl font-bold text-brand-800">{t(awaiting ? 'latestListed' : 'latest', { label: periodLabel(latest.period, locale) })}</h2>
        <p className="mt-2">{t('drawnOn', { date: formatDate(drawDate(latest.period), locale) })}</p>
        <p>
          {t('claimWindow', { from: formatDate(claim.from, locale), to: formatDate(claim.to, locale) })}
        </p>
        <p className="text-muted">{t('claimNote')}</p>
        <p className="mt-2">
          {t('nextDraw', { date: formatDate(nextDraw.date, locale), label: periodLabel(upcoming, locale) })}
          {/* The browser counts the days (the page is static), from sentences written here. */}
          <DrawCountdown drawDate={nextDraw.date} labels={countdownLabels} />
        </p>
        <p className="mt-4 flex flex-wrap gap-3">
          <Link href="/lottery/check" className="btn">
            {t('checkCta')}
          </Link>
          <Link href={`/lottery/${latest.key}`} className="btn-secondary">
            {periodLabel(latest.period, locale)}
          </Link>
          <Link href="/lottery/periods" className="btn-secondary">
            {t('allPeriods')}
          </Link>
        </p>
      </div>
      <div className="mt-8">
        <WinningNumbers record={latest} locale={locale} />
      </div>
      <div className="mt-8">
        <PrizeTable locale={locale} />
        <p className="mt-2 text-muted">{t('additionalSixthNote')}</p>
      </div>
      <section aria-labelledby="follow-heading" className="mt-8">
        <h2 id="follow-heading" className="text-xl font-bold">
          {t('followHeading')}
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {/* Plain anchors: these are files for feed readers and calendars, not pages. */}
          <li>
            <a href={localePath(locale, '/lottery/feed.xml')} type="application/rss+xml">
              {t('rssLink')}
            </a>
          </li>
          <li>
            <a href={localePath(locale, '/lottery/calendar.ics')} type="text/calendar">
              {t('icsLink')}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
