/**
 * The dates a late payment turns on, shared by the input schema (to check that the interest
 * years are covered) and the calculator. Day n late = n days after the effective deadline.
 */
import { ART20_NEW } from './data/late-payment-rules';
import { postalRateFor } from './data/interest-rates';
import { addDays, daysBetween, yearOf } from '../taiwan';
import { nextOfficeDay, type DeadlineShift } from '../taiwan';

export type LateFeeTimeline = Readonly<{
  shift: DeadlineShift;
  paidOn: string;
  daysLate: number;
  /** The 30-day surcharge period (滯納期間): the day after the deadline to day 30. */
  periodFrom: string;
  periodTo: string;
  /** Interest runs from here (the day after the period ends) to the payment date, inclusive. */
  interestFrom: string;
  interestDays: number;
}>;

/** The surcharge period is 30 days under both the old and the new §20 (and customs' referral). */
export const SURCHARGE_PERIOD_DAYS = ART20_NEW.periodDays;

export function lateFeeTimeline(deadline: string, paidOn: string, closedDays: readonly string[] = []): LateFeeTimeline {
  const shift = nextOfficeDay(deadline, closedDays);
  const daysLate = Math.max(0, daysBetween(shift.effective, paidOn));
  const periodTo = addDays(shift.effective, SURCHARGE_PERIOD_DAYS);
  return {
    shift,
    paidOn,
    daysLate,
    periodFrom: addDays(shift.effective, 1),
    periodTo,
    interestFrom: addDays(periodTo, 1),
    interestDays: Math.max(0, daysLate - SURCHARGE_PERIOD_DAYS),
  };
}

/** Calendar years in which interest accrues and for which the rate table has no row. */
export function missingInterestYears(timeline: LateFeeTimeline): number[] {
  if (timeline.interestDays === 0) return [];
  const missing: number[] = [];
  for (let year = yearOf(timeline.interestFrom); year <= yearOf(timeline.paidOn); year += 1) {
    if (!postalRateFor(year)) missing.push(year);
  }
  return missing;
}
