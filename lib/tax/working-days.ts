/**
 * The effective payment deadline: a deadline on a Saturday, Sunday, holiday or closure day moves
 * to the next business day. Days late are then counted from the moved deadline; holidays after
 * it are not deducted (yltb.gov.tw payment notes, addenda B).
 */
import { holidayYear } from './data/holidays';
import { addDays, weekday, yearOf } from './dates';

export type SkippedDay = Readonly<{ date: string; reason: 'saturday' | 'sunday' | 'holiday' | 'closed' }>;

export type DeadlineShift = Readonly<{
  deadline: string;
  effective: string;
  skipped: readonly SkippedDay[];
  /** Years looked at with no holiday table: only weekends (and caller-given closed days) applied. */
  missingHolidayYears: readonly number[];
}>;

function closureReason(date: string, closedDays: ReadonlySet<string>): SkippedDay['reason'] | null {
  const day = weekday(date);
  if (day === 6) return 'saturday';
  if (day === 0) return 'sunday';
  if (holidayYear(yearOf(date))?.dates.includes(date)) return 'holiday';
  if (closedDays.has(date)) return 'closed';
  return null;
}

export function effectiveDeadline(deadline: string, closedDays: readonly string[] = []): DeadlineShift {
  const closed = new Set(closedDays);
  const skipped: SkippedDay[] = [];
  const missing = new Set<number>();
  let date = deadline;
  // Bounded: at most a long holiday plus weekends; 60 guards against a caller closing every day.
  for (let i = 0; i < 60; i += 1) {
    if (!holidayYear(yearOf(date))) missing.add(yearOf(date));
    const reason = closureReason(date, closed);
    if (!reason) break;
    skipped.push({ date, reason });
    date = addDays(date, 1);
  }
  return { deadline, effective: date, skipped, missingHolidayYears: [...missing] };
}
