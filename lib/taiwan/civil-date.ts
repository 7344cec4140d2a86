/**
 * Civil dates as ISO text ('YYYY-MM-DD'), counted as whole UTC days. Tax deadlines are civil
 * dates, not instants: counting in UTC days means no time zone or DST can shift a day count.
 * Part of lib/taiwan: no imports, so it runs unchanged in the browser, on the edge and in tests.
 */
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDateFormat(value: string): boolean {
  return ISO_DATE.test(value);
}

/**
 * The four-digit year, month and day of an ISO date read from its character codes, or null when
 * the text is not `dddd-dd-dd`. Date arithmetic is most of a late-fee calculation (a few dozen
 * conversions per answer), and a regular expression, a split and a `Date` object for each one cost
 * more than the rest of the calculation together (issue 17).
 */
function parts(iso: string): { y: number; m: number; d: number } | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  let y = 0;
  for (let i = 0; i < 4; i += 1) {
    const c = iso.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    y = y * 10 + c;
  }
  const m1 = iso.charCodeAt(5) - 48, m2 = iso.charCodeAt(6) - 48, d1 = iso.charCodeAt(8) - 48, d2 = iso.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return null;
  return { y, m: m1 * 10 + m2, d: d1 * 10 + d2 };
}

/** parts() of a real calendar date only (no month 13, no 02-30). */
function realParts(iso: string): { y: number; m: number; d: number } | null {
  const p = parts(iso);
  return p && p.m >= 1 && p.m <= 12 && p.d >= 1 && p.d <= daysInMonth(p.y, p.m) ? p : null;
}

/** True for a real calendar date: rejects 2025-02-30 and 2023-02-29, accepts 2024-02-29. */
export function isRealDate(value: string): boolean {
  return realParts(value) !== null;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (the count Date.UTC gives, in whole days),
 * by the civil-from-days algorithm of Howard Hinnant ("chrono-compatible low-level date
 * algorithms"): eras of 400 years, March-based years so the leap day comes last.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Days since 1970-01-01. Throws on anything that is not a real ISO date. */
export function toDayNumber(iso: string): number {
  const p = realParts(iso);
  if (!p) throw new RangeError(`Not a real ISO date: ${iso}`);
  return daysFromCivil(p.y, p.m, p.d);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function fromDayNumber(dayNumber: number): string {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  // Outside four-digit years (and for a day count that is no whole day) Date writes its own form.
  if (year < 0 || year > 9999 || !Number.isInteger(dayNumber)) return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** `to − from` in days: 0 for the same date, 1 for the next day. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(iso: string): number {
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7;
}

export function isWeekend(iso: string): boolean {
  const day = weekday(iso);
  return day === 0 || day === 6;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
