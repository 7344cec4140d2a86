/**
 * Working days of Taiwan's government offices, and the deadline rule of 稅捐稽徵法: when the last
 * day of a period is a day off, the next working day replaces it. A deadline on a make-up
 * Saturday (補行上班日) is not moved: offices are open that day (National Taxation Bureau notice
 * citing a Ministry of Justice ruling, data/domain addenda §E, [1S]).
 */
import { addDays, weekday, yearOf } from './civil-date';
import { OFFICE_CALENDAR, type CalendarYear } from './office-calendar-data';

export type ClosedReason = 'saturday' | 'sunday' | 'holiday' | 'closed';

export type SkippedDay = Readonly<{ date: string; reason: ClosedReason; name?: string }>;

export type DeadlineShift = Readonly<{
  deadline: string;
  effective: string;
  skipped: readonly SkippedDay[];
  /** Years looked at that the office calendar does not cover: only weekends (and given closed days) applied. */
  uncoveredYears: readonly number[];
}>;

const BY_YEAR = new Map<number, CalendarYear>(OFFICE_CALENDAR.map((row) => [row.year, row]));
const CLOSED = new Map<string, string>(OFFICE_CALENDAR.flatMap((row) => row.closedWeekdays.map((d) => [d.date, d.name] as const)));
const MAKE_UP = new Map<string, string>(OFFICE_CALENDAR.flatMap((row) => row.makeUpWorkdays.map((d) => [d.date, d.name] as const)));

/** The years the calendar covers, first and last. */
export const OFFICE_CALENDAR_YEARS = {
  from: Math.min(...BY_YEAR.keys()),
  to: Math.max(...BY_YEAR.keys()),
} as const;

export function calendarYear(year: number): CalendarYear | undefined {
  return BY_YEAR.get(year);
}

/** Why offices are closed on `date`, or null when they are open. `extraClosed`: typhoon days and the like. */
export function closedReason(date: string, extraClosed: ReadonlySet<string> = new Set()): SkippedDay | null {
  const holiday = CLOSED.get(date);
  if (holiday !== undefined) return { date, reason: 'holiday', name: holiday };
  if (extraClosed.has(date)) return { date, reason: 'closed' };
  const day = weekday(date);
  if ((day === 6 || day === 0) && !MAKE_UP.has(date)) return { date, reason: day === 6 ? 'saturday' : 'sunday' };
  return null;
}

export function isOfficeOpen(date: string, extraClosed: ReadonlySet<string> = new Set()): boolean {
  return closedReason(date, extraClosed) === null;
}

/** A make-up workday's name ('補行上班…'), or undefined: the day is open although it is a weekend. */
export function makeUpWorkday(date: string): string | undefined {
  return MAKE_UP.get(date);
}

/**
 * The deadline that counts: `deadline` itself when offices are open, otherwise the next open day.
 * Never earlier than `deadline`. Bounded at 60 days, which only a caller closing every day reaches.
 */
export function nextOfficeDay(deadline: string, extraClosed: readonly string[] = []): DeadlineShift {
  const closed = new Set(extraClosed);
  const skipped: SkippedDay[] = [];
  const uncovered = new Set<number>();
  let date = deadline;
  for (let i = 0; i < 60; i += 1) {
    if (!BY_YEAR.has(yearOf(date))) uncovered.add(yearOf(date));
    const reason = closedReason(date, closed);
    if (!reason) break;
    skipped.push(reason);
    date = addDays(date, 1);
  }
  return { deadline, effective: date, skipped, uncoveredYears: [...uncovered] };
}
