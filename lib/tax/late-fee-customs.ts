/**
 * Customs duty (關稅法 §43/§74): 0.05% of the unpaid duty for each day after the deadline, for at
 * most 30 days (1.5%; single-source, flagged on every result that reaches it). The sources
 * record no interest; after 30 days the goods may be sold or the case enforced.
 */
import { CUSTOMS_CAP, CUSTOMS_DAILY } from './data/late-payment-rules';
import { addDays } from '../taiwan';
import type { LateFeeResult } from './late-fee-result';
import { BP_DENOMINATOR, daysLateStep, deadlineStep, holidayWarnings, totalStep } from './late-fee-steps';
import { customsBasisPoints } from './late-fee-surcharge';
import type { LateFeeTimeline } from './late-fee-timeline';
import { CUSTOMS_ACT_LATE } from './laws';
import { formatMilliPercent, formatNtd, roundRatio } from './money';
import { roundingStep, roundingWarning } from './rounding-step';
import type { Step } from './types';
import { uniqueWarnings, warning } from './warnings';

export function customsLateFee(amount: number, t: LateFeeTimeline): LateFeeResult {
  const basisPoints = customsBasisPoints(t.daysLate);
  const surcharge = roundRatio(BigInt(amount) * BigInt(basisPoints), BP_DENOMINATOR);
  const referred = t.daysLate > CUSTOMS_DAILY.referralAfterDays;
  const referralDate = addDays(t.shift.effective, CUSTOMS_DAILY.referralAfterDays + 1);
  const warnings = uniqueWarnings([
    ...holidayWarnings(t),
    warning('customs_no_interest_recorded'),
    ...(t.daysLate > CUSTOMS_CAP.days ? [warning('customs_cap_uncertain')] : []),
    ...roundingWarning(),
  ]);
  const steps: Step[] = [
    deadlineStep(t),
    daysLateStep(t, CUSTOMS_ACT_LATE),
    {
      id: 'surcharge',
      label: { 'zh-Hant-TW': '關稅滯納金：每日萬分之五', en: 'Customs surcharge: 0.05% a day' },
      value: formatMilliPercent(basisPoints * 10),
      amount: surcharge,
      formula: `${formatNtd(amount)} × 0.05% × ${Math.min(t.daysLate, CUSTOMS_CAP.days)} = ${formatNtd(surcharge)}`,
      basis: CUSTOMS_ACT_LATE,
      confidence: t.daysLate > CUSTOMS_CAP.days ? CUSTOMS_CAP.confidence : CUSTOMS_DAILY.confidence,
      note: {
        'zh-Hant-TW': '自繳納期限屆滿之翌日起按日加徵，以 30 日為限（關稅法施行細則第56條以 30 日計算滯納金，最多 1.5%；此上限為單一來源）；海關稅款應於稅款繳納證送達之翌日起 14 日內繳納（關稅法第43條）。',
        en: 'Charged daily from the day after the deadline, for at most 30 days (the Enforcement Rules of the Customs Act, Article 56, count the surcharge over 30 days: 1.5% at most; this cap rests on one source); duty is due within 14 days of the notice (Customs Act, Article 43).',
      },
    },
    {
      id: 'interest',
      label: { 'zh-Hant-TW': '利息：資料未記載，未加計', en: 'Interest: none recorded, none added' },
      amount: 0,
      basis: CUSTOMS_ACT_LATE,
    },
    {
      id: 'referral',
      label: referred
        ? { 'zh-Hant-TW': `逾 30 日未繳：海關得變賣貨物或移送強制執行（自 ${referralDate} 起）`, en: `Unpaid after 30 days: the goods may be sold or the case enforced (from ${referralDate})` }
        : { 'zh-Hant-TW': '未逾 30 日', en: 'Not more than 30 days late' },
      value: referred ? 'referred' : 'not-referred',
      basis: CUSTOMS_ACT_LATE,
    },
    roundingStep(),
    totalStep(amount, surcharge, 0, CUSTOMS_ACT_LATE),
  ];
  return {
    regime: 'customs',
    ruleId: 'customs-daily',
    taxType: 'customs',
    taxKind: 'customs-duty',
    amount,
    deadline: t.shift.deadline,
    deadlineAdjusted: t.shift.effective,
    paidOn: t.paidOn,
    daysLate: t.daysLate,
    surchargeRate: basisPoints / 10_000,
    surchargeCap: CUSTOMS_CAP.capBasisPoints / 10_000,
    surcharge,
    surchargePeriod: { from: t.periodFrom, to: t.periodTo },
    interestFrom: null,
    interestDays: 0,
    interest: 0,
    interestPeriods: [],
    total: amount + surcharge,
    referral: { referred, date: referralDate },
    warnings,
    steps,
  };
}
