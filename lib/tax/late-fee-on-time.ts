/**
 * A bill paid on or before its deadline (after moving the deadline past closed days): no
 * surcharge, no interest, no referral. Same result shape as a late payment, so a program
 * computing many bills reads every answer the same way.
 */
import { CUSTOMS_CAP } from './data/late-payment-rules';
import { addDays } from '../taiwan';
import type { LateFeeResult } from './late-fee-result';
import { deadlineStep, holidayWarnings, totalStep } from './late-fee-steps';
import { art20RuleFor } from './late-fee-surcharge';
import type { LateFeeTimeline } from './late-fee-timeline';
import { CUSTOMS_ACT_LATE, TAX_COLLECTION_ACT_20 } from './laws';
import type { TaxKind } from './schemas/late-fee';
import type { Step } from './types';
import { uniqueWarnings } from './warnings';

export function onTimeResult(taxKind: TaxKind, amount: number, t: LateFeeTimeline): LateFeeResult {
  const customs = taxKind === 'customs-duty';
  const basis = customs ? CUSTOMS_ACT_LATE : TAX_COLLECTION_ACT_20;
  const rule = art20RuleFor(t.periodTo, t.paidOn);
  const steps: Step[] = [
    deadlineStep(t),
    {
      id: 'days-late',
      label: { 'zh-Hant-TW': '於繳納期限內繳納，沒有逾期', en: 'Paid by the deadline: nothing is late' },
      value: '0',
      basis,
      note: { 'zh-Hant-TW': '不加徵滯納金，也不計利息。', en: 'No surcharge and no interest.' },
    },
    totalStep(amount, 0, 0, basis),
  ];
  return {
    regime: customs ? 'customs' : 'tax-collection-act',
    ruleId: customs ? 'customs-daily' : rule.id,
    taxType: customs ? 'customs' : 'general',
    taxKind,
    amount,
    deadline: t.shift.deadline,
    deadlineAdjusted: t.shift.effective,
    paidOn: t.paidOn,
    daysLate: 0,
    surchargeRate: 0,
    surchargeCap: customs ? CUSTOMS_CAP.capBasisPoints / 10_000 : rule.capPercent / 100,
    surcharge: 0,
    surchargePeriod: { from: t.periodFrom, to: t.periodTo },
    interestFrom: customs ? null : t.interestFrom,
    interestDays: 0,
    interest: 0,
    interestPeriods: [],
    total: amount,
    referral: { referred: false, date: addDays(t.periodTo, 1) },
    warnings: uniqueWarnings(holidayWarnings(t)),
    steps,
  };
}
