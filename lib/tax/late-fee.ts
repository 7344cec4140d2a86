/**
 * Late-payment trial calculation (滯納金及滯納利息試算): what the tax office adds when a bill is
 * paid after its deadline, with each step and its legal basis.
 *
 * Rounding: the surcharge and each year's interest are rounded once to whole NTD by the rule
 * in data/rounding.ts (half up); the interest is the sum of the rounded periods and the total the
 * sum of the rounded parts, so every figure on the page adds up.
 */
import { INTEREST_DAY_BASIS } from './data/interest-rates';
import { ART20_TRANSITION } from './data/late-payment-rules';
import { addDays, compareDates, rocYearOf, yearOf } from '../taiwan';
import { customsLateFee } from './late-fee-customs';
import { interestPeriods } from './late-fee-interest';
import { onTimeResult } from './late-fee-on-time';
import type { LateFeeResult } from './late-fee-result';
import { BP_DENOMINATOR, daysLateStep, deadlineStep, holidayWarnings, interestSteps, totalStep } from './late-fee-steps';
import { art20Percent, art20RuleFor } from './late-fee-surcharge';
import { lateFeeTimeline, SURCHARGE_PERIOD_DAYS, type LateFeeTimeline } from './late-fee-timeline';
import { LATE_INTEREST_RULE, SURCHARGE_TRANSITION_BASIS, TAX_COLLECTION_ACT_20 } from './laws';
import { interestArticleWarnings, interestBasisFor, taxKindOf, type TaxType } from './late-fee-tax-types';
import { formatNtd, roundRatio } from './money';
import { roundingStep, roundingWarning } from './rounding-step';
import { lateFeeInputSchema, type LateFeeInput, type TaxKind } from './schemas/late-fee';
import type { Step } from './types';
import { caveatFor, uniqueWarnings, warning } from './warnings';

export type { InterestPeriod } from './late-fee-interest';
export type { LateFeeRegime, LateFeeResult, LateFeeRuleId } from './late-fee-result';

export function calculateLateFee(raw: LateFeeInput): LateFeeResult {
  const input = lateFeeInputSchema.parse(raw);
  // taxType decides when given; otherwise taxKind (the older field), otherwise the general rule.
  const taxType: TaxType = input.taxType ?? (input.taxKind === 'customs-duty' ? 'customs' : input.taxKind === 'local-tax' ? 'other-local' : 'general');
  const taxKind = input.taxType ? taxKindOf(input.taxType) : (input.taxKind ?? 'national-tax');
  const timeline = lateFeeTimeline(input.deadline, input.paidOn, input.closedDays);
  // Paid on or before the (moved) deadline: nothing is late. An answer, not an error: people ask
  // "do I owe anything?", and programs computing many bills need the 0 (addenda §E).
  const result =
    timeline.daysLate === 0
      ? onTimeResult(taxKind, input.amount, timeline)
      : taxKind === 'customs-duty'
        ? customsLateFee(input.amount, timeline)
        : taxActLateFee(taxKind, taxType, input.amount, timeline);
  return { ...result, taxType };
}

function taxActLateFee(taxKind: TaxKind, taxType: TaxType, amount: number, t: LateFeeTimeline): LateFeeResult {
  const rule = art20RuleFor(t.periodTo, t.paidOn);
  const percent = art20Percent(rule, t.daysLate);
  const surcharge = roundRatio(BigInt(amount) * BigInt(percent * 100), BP_DENOMINATOR);
  const periods = t.interestDays > 0 ? interestPeriods(amount, t.interestFrom, t.paidOn) : [];
  const interest = periods.reduce((sum, p) => sum + p.amount, 0);
  const referred = t.daysLate > SURCHARGE_PERIOD_DAYS;
  const transitionMatters = compareDates(t.shift.effective, ART20_TRANSITION.switchDate) < 0;

  const warnings = uniqueWarnings([
    ...holidayWarnings(t),
    ...(transitionMatters ? caveatFor(ART20_TRANSITION, { 'zh-Hant-TW': '新舊滯納金規定之適用時點', en: 'which surcharge rule applies around 2022-01-01' }) : []),
    ...periods.flatMap((p) =>
      caveatFor(p, { 'zh-Hant-TW': `民國${rocYearOf(yearOf(p.from))}年郵局一年期定存利率`, en: `the ${yearOf(p.from)} post office one-year rate` }),
    ),
    ...(periods.length > 0 ? caveatFor(INTEREST_DAY_BASIS, { 'zh-Hant-TW': '日息以全年 365 日計', en: 'daily interest on a 365-day year' }) : []),
    ...(periods.length > 0 ? interestArticleWarnings(taxType) : []),
    ...(referred ? [warning('referral_to_enforcement')] : []),
    ...roundingWarning(),
  ]);

  const steps: Step[] = [
    deadlineStep(t),
    daysLateStep(t),
    {
      id: 'rule',
      label: rule.id === 'art20-2022'
        ? { 'zh-Hant-TW': '適用規定：每逾 3 日加徵 1%，最高 10%（民國111年1月1日起）', en: 'Rule: 1% for every 3 days late, up to 10% (from 2022-01-01)' }
        : { 'zh-Hant-TW': '適用規定：每逾 2 日加徵 1%，最高 15%（舊法）', en: 'Rule: 1% for every 2 days late, up to 15% (former rule)' },
      value: rule.id,
      basis: transitionMatters ? SURCHARGE_TRANSITION_BASIS : TAX_COLLECTION_ACT_20,
      confidence: transitionMatters ? ART20_TRANSITION.confidence : rule.confidence,
      note: {
        'zh-Hant-TW': `滯納期滿日（${t.periodTo}）及繳納日均在 ${ART20_TRANSITION.switchDate} 以後者適用新法，否則適用舊法。`,
        en: `The new rule applies when both the end of the surcharge period (${t.periodTo}) and the payment fall on or after ${ART20_TRANSITION.switchDate}; otherwise the former rule.`,
      },
    },
    {
      id: 'surcharge',
      label: { 'zh-Hant-TW': `滯納金 ${percent}%`, en: `Surcharge ${percent}%` },
      value: `${percent}%`,
      amount: surcharge,
      formula: `${formatNtd(amount)} × ${percent}% = ${formatNtd(surcharge)}`,
      basis: TAX_COLLECTION_ACT_20,
      confidence: rule.confidence,
      note: rule.id === 'art20-2022'
        ? { 'zh-Hant-TW': '逾期第 1–3 日免加徵，第 4–6 日 1%，第 7–9 日 2%……第 31 日起 10%。', en: 'Days 1–3 late: none; days 4–6: 1%; 7–9: 2% … from day 31: 10%.' }
        : { 'zh-Hant-TW': '逾期第 3 日起 1%，每 2 日加 1%，第 29 日 14%，第 31 日起 15%。', en: 'From day 3 late: 1%, plus 1% every 2 days; day 29: 14%; from day 31: 15%.' },
    },
    {
      id: 'surcharge-period',
      label: { 'zh-Hant-TW': '滯納期間（30 日）', en: 'Surcharge period (30 days)' },
      value: `${t.periodFrom} – ${t.periodTo}`,
      basis: TAX_COLLECTION_ACT_20,
    },
    ...interestSteps(amount, t, periods, interestBasisFor(taxType, LATE_INTEREST_RULE)),
    {
      id: 'referral',
      label: referred
        ? { 'zh-Hant-TW': `已逾滯納期間，自 ${addDays(t.periodTo, 1)} 起移送強制執行`, en: `Past the surcharge period: referred for enforcement from ${addDays(t.periodTo, 1)}` }
        : { 'zh-Hant-TW': `於滯納期間內繳納，未移送強制執行（${t.periodTo} 前繳清可免移送）`, en: `Paid within the surcharge period: no referral (referral follows if unpaid by ${t.periodTo})` },
      value: referred ? 'referred' : 'not-referred',
      basis: TAX_COLLECTION_ACT_20,
    },
    roundingStep(),
    totalStep(amount, surcharge, interest, TAX_COLLECTION_ACT_20),
  ];

  return {
    regime: 'tax-collection-act',
    ruleId: rule.id,
    taxType,
    taxKind,
    amount,
    deadline: t.shift.deadline,
    deadlineAdjusted: t.shift.effective,
    paidOn: t.paidOn,
    daysLate: t.daysLate,
    surchargeRate: percent / 100,
    surchargeCap: rule.capPercent / 100,
    surcharge,
    surchargePeriod: { from: t.periodFrom, to: t.periodTo },
    interestFrom: t.interestFrom,
    interestDays: t.interestDays,
    interest,
    interestPeriods: periods,
    total: amount + surcharge + interest,
    referral: { referred, date: addDays(t.periodTo, 1) },
    warnings,
    steps,
  };
}
