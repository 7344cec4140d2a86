/** Steps and warnings common to the late-payment regimes. */
import { INTEREST_DAY_BASIS } from './data/interest-rates';
import type { InterestPeriod } from './late-fee-interest';
import type { LateFeeTimeline } from './late-fee-timeline';
import { DEADLINE_SHIFT, INTEREST_SPLIT_RULING, LATE_INTEREST_RULE, TAX_COLLECTION_ACT_20 } from './laws';
import { formatMilliPercent, formatNtd } from './money';
import type { LegalBasis, Step, TaxWarning } from './types';
import { warning } from './warnings';
import { OFFICE_CALENDAR_YEARS } from '../taiwan';

/** Surcharges are computed in basis points of the tax: 1% = 100 bp. */
export const BP_DENOMINATOR = 10_000n;

const REASON_ZH: Record<string, string> = { saturday: '星期六', sunday: '星期日', holiday: '國定假日', closed: '停止上班日' };
const REASON_EN: Record<string, string> = { saturday: 'Saturday', sunday: 'Sunday', holiday: 'government office holiday', closed: 'closed day' };

export function deadlineStep(t: LateFeeTimeline): Step {
  const moved = t.shift.effective !== t.shift.deadline;
  return {
    id: 'deadline',
    label: moved
      ? { 'zh-Hant-TW': `繳納期限 ${t.shift.deadline} 遇假日，順延至 ${t.shift.effective}`, en: `Deadline ${t.shift.deadline} fell on a non-working day; moved to ${t.shift.effective}` }
      : { 'zh-Hant-TW': `繳納期限 ${t.shift.deadline}`, en: `Deadline ${t.shift.deadline}` },
    value: t.shift.effective,
    basis: DEADLINE_SHIFT,
    ...(moved
      ? {
          note: {
            'zh-Hant-TW': `期間末日遇休息日，以其次日代之。跳過：${t.shift.skipped.map((s) => `${s.date}（${s.name ?? REASON_ZH[s.reason]}）`).join('、')}`,
            en: `A deadline on a day off moves to the next working day. Skipped: ${t.shift.skipped.map((s) => `${s.date} (${REASON_EN[s.reason]})`).join(', ')}`,
          },
        }
      : {}),
  };
}

export function daysLateStep(t: LateFeeTimeline, basis: LegalBasis = TAX_COLLECTION_ACT_20): Step {
  return {
    id: 'days-late',
    label: { 'zh-Hant-TW': `逾期 ${t.daysLate} 日`, en: `${t.daysLate} days late` },
    value: String(t.daysLate),
    formula: `${t.paidOn} − ${t.shift.effective} = ${t.daysLate}`,
    basis,
    note: {
      'zh-Hant-TW': '自繳納期限（順延後）之翌日起算，期間內之假日不予扣除。',
      en: 'Counted from the day after the (moved) deadline; holidays after it are not deducted.',
    },
  };
}

export function interestSteps(amount: number, t: LateFeeTimeline, periods: readonly InterestPeriod[], basis: LegalBasis = LATE_INTEREST_RULE): Step[] {
  if (periods.length === 0) {
    return [
      {
        id: 'interest',
        label: { 'zh-Hant-TW': '利息：於滯納期間內繳納，不計息', en: 'Interest: paid within the surcharge period, none due' },
        amount: 0,
        basis,
        note: {
          'zh-Hant-TW': `利息自滯納期滿之翌日（${t.interestFrom}）起算。`,
          en: `Interest would run from the day after the surcharge period (${t.interestFrom}).`,
        },
      },
    ];
  }
  return periods.map((p) => ({
    id: `interest-${p.from.slice(0, 4)}`,
    label: {
      'zh-Hant-TW': `利息 ${p.from} – ${p.to}（${p.days} 日，年利率 ${formatMilliPercent(p.rateMilliPercent)}）`,
      en: `Interest ${p.from} – ${p.to} (${p.days} days at ${formatMilliPercent(p.rateMilliPercent)} a year)`,
    },
    amount: p.amount,
    formula: `${formatNtd(amount)} × ${formatMilliPercent(p.rateMilliPercent)} × ${p.days} / ${INTEREST_DAY_BASIS.days} = ${formatNtd(p.amount)}`,
    basis,
    confidence: p.confidence,
    note: {
      'zh-Hant-TW': `按應納稅額（不含滯納金）計息，利率為該年 1 月 1 日郵局一年期定期儲金固定利率；利率不同的年度分段計算（${INTEREST_SPLIT_RULING.citation['zh-Hant-TW']}）。`,
      en: `Interest is on the unpaid tax, not on the surcharge, at the post office one-year fixed rate in force on 1 January of that year; split where the rate changes, at year boundaries (${INTEREST_SPLIT_RULING.citation.en}).`,
    },
  }));
}

export function holidayWarnings(t: LateFeeTimeline): TaxWarning[] {
  return t.shift.uncoveredYears.map((year) => warning('holiday_table_missing', { year, ...OFFICE_CALENDAR_YEARS }));
}


export function totalStep(amount: number, surcharge: number, interest: number, basis: LegalBasis): Step {
  const total = amount + surcharge + interest;
  return {
    id: 'total',
    label: { 'zh-Hant-TW': '應繳合計（稅額＋滯納金＋利息）', en: 'Total to pay (tax + surcharge + interest)' },
    amount: total,
    formula: `${formatNtd(amount)} + ${formatNtd(surcharge)} + ${formatNtd(interest)} = ${formatNtd(total)}`,
    basis,
  };
}
