import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { MINISTRY_NUMBERS_URL } from '@/lib/lottery/ministry';
import { drawDate, monthDay, periodName, type Period } from '@/lib/lottery/period';

/**
 * One line after a draw whose numbers are not here yet, with a link to the Ministry's
 * announcement: 「115年09-10月已於11月25日開獎，本站尚未登錄號碼。」 Nothing when there is none.
 * Pass `getLotteryNow().awaiting`.
 */
export async function AwaitingNotice({ awaiting, locale, className = '' }: { awaiting: Period | null; locale: Locale; className?: string }) {
  if (!awaiting) return null;
  const t = await getTranslations({ locale, namespace: 'Lottery' });
  return (
    <p className={`rounded-md border-l-8 border-[#b58100] bg-[#fff4cc] p-3 text-lg ${className}`}>
      <strong>{t('awaiting', { period: periodName(awaiting, locale), date: monthDay(drawDate(awaiting), locale) })}</strong>{' '}
      <a href={MINISTRY_NUMBERS_URL} rel="noopener" className="font-semibold underline underline-offset-2">
        {t('awaitingLink')}
      </a>
    </p>
  );
}
