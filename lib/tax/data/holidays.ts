/**
 * Non-working days (national holidays, make-up days) that move a payment deadline, by year.
 *
 * Empty on purpose: the domain research (shared/domain) lists no holiday calendar for any year,
 * and a made-up holiday would silently change a citizen's surcharge. Until a year is added here
 * with its source (the DGPA 政府行政機關辦公日曆表 for that year), the calculator moves deadlines
 * past weekends only and says that the holiday table for that year is not available. Callers can
 * pass extra closed days (a typhoon day, a holiday they know) in the input.
 */
import type { Sourced } from '../types';

export type HolidayYear = Sourced & Readonly<{ year: number; dates: readonly string[] }>;

export const HOLIDAY_YEARS: readonly HolidayYear[] = [];

export function holidayYear(year: number): HolidayYear | undefined {
  return HOLIDAY_YEARS.find((row) => row.year === year);
}
