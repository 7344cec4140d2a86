import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { isDrawn } from '@/lib/lottery/now';
import { claimWindow, drawDate, periodLabel, periodName, type Period } from '@/lib/lottery/period';
import { AwaitingNotice } from './awaiting-notice';

/**
 * The page of a period that can have numbers but has none here yet (the proxy lets only such
 * periods through: lib/lottery/period-gate.ts): on draw night, 「115年09-10月已於11月25日開獎，
 * 本站尚未登錄號碼」 with the Ministry's link; before its draw, the draw date. Either way the claim
 * window and the way to the checker, never an empty "not found". Publishing the numbers
 * revalidates the page with the rest of the lottery.
 */
export async function PendingPeriod({ period, locale, at }: { period: Period; locale: Locale; at: Date }) {
  const t = await getTranslations({ locale, namespace: 'Lottery' });
  const claim = claimWindow(period);
  const drawn = isDrawn(period, at);
  return (
    <div>
      <h1 className="text-3xl font-bold">
        {periodLabel(period, locale)} {t('numbersHeading')}
      </h1>
      {drawn ? (
        <AwaitingNotice awaiting={period} locale={locale} className="mt-6 max-w-3xl" />
      ) : (
        <p className="mt-6 text-lg">{t('pendingDraw', { period: periodName(period, locale), date: formatDate(drawDate(period), locale) })}</p>
      )}
      <p className="mt-3">{t('claimWindow', { from: formatDate(claim.from, locale), to: formatDate(claim.to, locale) })}</p>
      <p className="text-muted">{t('claimNote')}</p>
      <nav aria-label={t('allPeriods')} className="mt-8 flex flex-wrap gap-4">
        <Link href="/lottery/check" className="btn">
          {t('checkCta')}
        </Link>
        <Link href="/lottery/periods" className="self-center">
          {t('allPeriods')}
        </Link>
      </nav>
    </div>
  );
}
