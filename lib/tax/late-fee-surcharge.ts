/**
 * Which surcharge rule applies and how much it is, in basis points of the unpaid tax
 * (1% = 100 bp) so that the Tax Collection Act's percentages and customs' 0.05% a day share
 * one exact computation.
 */
import { ART20_NEW, ART20_OLD, ART20_TRANSITION, CUSTOMS_CAP, CUSTOMS_DAILY, type SurchargeRule } from './data/late-payment-rules';
import { compareDates } from '../taiwan';

/**
 * The new rule only when both the end of the surcharge period and the payment fall on or after
 * the switch date (Taoyuan Local Tax Bureau); otherwise the old 2-day/15% rule.
 */
export function art20RuleFor(periodTo: string, paidOn: string): SurchargeRule {
  const switchDate = ART20_TRANSITION.switchDate;
  return compareDates(periodTo, switchDate) >= 0 && compareDates(paidOn, switchDate) >= 0 ? ART20_NEW : ART20_OLD;
}

/**
 * Percent after `daysLate` days: min(cap, floor((n − 1) / k)). "每逾三日" reads as each 3 days
 * *exceeded*: day 4 is the first to exceed 3 (new rule), day 3 the first to exceed 2 (old rule),
 * and the last unit is added on day 31, as the MOF day table for the old rule says.
 */
export function art20Percent(rule: SurchargeRule, daysLate: number): number {
  if (daysLate <= 0) return 0;
  return Math.min(rule.capPercent, Math.floor((daysLate - 1) / rule.daysPerPercent));
}

/** Customs: 5 bp a day late, at most 150 bp (30 days; the cap is single-source, see CUSTOMS_CAP). */
export function customsBasisPoints(daysLate: number): number {
  return Math.min(CUSTOMS_CAP.capBasisPoints, CUSTOMS_DAILY.basisPointsPerDay * Math.max(0, daysLate));
}
