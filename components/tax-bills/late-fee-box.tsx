import type { LateFeeDto } from '@/lib/tax-bills/dto';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';

type T = (key: string, values?: Record<string, string | number>) => string;

/** Today's surcharge and interest on an overdue bill, from lib/tax. */
export function LateFeeBox({ fee, locale, t }: { fee: LateFeeDto; locale: Locale; t: T }) {
  const n = (v: number) => formatNumber(v, locale);
  return (
    <div className="mt-3 rounded-md border-l-8 border-[#b35900] bg-[#fff4e5] p-4 text-black" data-testid="late-fee">
      <p className="font-semibold">{t('lateToday', { date: formatDate(fee.paidOn, locale), days: fee.daysLate })}</p>
      <ul className="mt-1 list-disc pl-6">
        <li>{t('lateSurcharge', { percent: fee.surchargePercent, amount: n(fee.surcharge) })}</li>
        <li>{t('lateInterest', { days: fee.interestDays, amount: n(fee.interest) })}</li>
      </ul>
      <p className="mt-1 text-lg font-bold" data-testid="late-fee-total">
        {t('lateTotal', { amount: n(fee.total) })}
      </p>
      <p className="mt-2">
        {fee.referred ? t('referredNote', { date: formatDate(fee.referralDate, locale) }) : t('referralNote', { date: formatDate(fee.surchargePeriodTo, locale) })}
      </p>
      <p className="mt-1 text-sm">{t('lateBasis')}</p>
    </div>
  );
}
