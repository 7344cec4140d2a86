/**
 * A lottery period: two months of one ROC year (1–2, 3–4, … 11–12).
 *
 * Two keys name the same period and both parse: the etax page key uses the odd (first) month
 * (`11409` = 114年09-10月) and the winning-list API's `invTerm` the even (second) month
 * (`11410`). Dates are ISO strings ('YYYY-MM-DD'), computed in UTC so no time zone shifts them.
 */
import { gregorianYearOf, nextOfficeDay, rocYearOf } from '@/lib/taiwan';

export type Period = { rocYear: number; startMonth: 1 | 3 | 5 | 7 | 9 | 11 };

export type PeriodError = { code: 'period_format' | 'period_month' | 'period_year'; message: string };

/** '11409', '11410', '114-09', '114/09-10', '114年09-10月', '9910' (ROC 99) → Period. */
export function parsePeriod(input: string): { ok: true; period: Period } | { ok: false; error: PeriodError } {
  const text = input.normalize('NFKC').trim();
  // All digits: the last two are the month (9910 = ROC 99, month 10; 11409 = ROC 114, month 9).
  const compact = /^(\d{2,3})(\d{2})$/.exec(text);
  const match = compact ?? /^(\d{2,3})\s*[-/年.]\s*(\d{1,2})(?:\s*[-~–]\s*(\d{1,2}))?\s*月?$/.exec(text);
  if (!match) {
    return { ok: false, error: { code: 'period_format', message: 'A period is an ROC year and month, like 11409 or 11410 (114年09-10月).' } };
  }
  const rocYear = Number(match[1]);
  const month = Number(match[2]);
  const endMonth = match[3] ? Number(match[3]) : null;
  if (rocYear < 89 || rocYear > 200) {
    return { ok: false, error: { code: 'period_year', message: `ROC year ${rocYear} is out of range.` } };
  }
  if (month < 1 || month > 12 || (endMonth !== null && (month % 2 !== 1 || endMonth !== month + 1))) {
    return { ok: false, error: { code: 'period_month', message: `Month ${match[2]}${endMonth ? `–${endMonth}` : ''} does not name a two-month period.` } };
  }
  const startMonth = (month % 2 === 1 ? month : month - 1) as Period['startMonth'];
  return { ok: true, period: { rocYear, startMonth } };
}

export function periodOrThrow(input: string): Period {
  const result = parsePeriod(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.period;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** etax page key: ROC year + odd month, e.g. 11409. */
export function pageKey(p: Period): string {
  return `${p.rocYear}${pad2(p.startMonth)}`;
}

/** QryWinningList invTerm and barcode term: ROC year + even month, e.g. 11410. */
export function apiTerm(p: Period): string {
  return `${p.rocYear}${pad2(p.startMonth + 1)}`;
}

export function westernYear(p: Period): number {
  return gregorianYearOf(p.rocYear);
}

/** The first day of the period, 'YYYY-MM-01' (Gregorian). */
export function periodStartDate(p: Period): string {
  return `${westernYear(p)}-${pad2(p.startMonth)}-01`;
}

export function comparePeriods(a: Period, b: Period): number {
  return a.rocYear - b.rocYear || a.startMonth - b.startMonth;
}

export function nextPeriod(p: Period): Period {
  return p.startMonth === 11 ? { rocYear: p.rocYear + 1, startMonth: 1 } : { rocYear: p.rocYear, startMonth: (p.startMonth + 2) as Period['startMonth'] };
}

export function previousPeriod(p: Period): Period {
  return p.startMonth === 1 ? { rocYear: p.rocYear - 1, startMonth: 11 } : { rocYear: p.rocYear, startMonth: (p.startMonth - 2) as Period['startMonth'] };
}

/** The period an invoice dated `isoDate` belongs to. */
export function periodOfDate(isoDate: string): Period {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  return { rocYear: rocYearOf(y), startMonth: (m % 2 === 1 ? m : m - 1) as Period['startMonth'] };
}

function iso(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

/** Draw: the 25th of the odd month after the period (11–12 → 25 January). */
export function drawDate(p: Period): string {
  return iso(westernYear(p), p.startMonth + 2, 25);
}

/**
 * Claim window: from the 6th of the month after the draw, for three months, to the 5th.
 * A last day on a Saturday, Sunday or holiday moves to the next day offices are open (the
 * office calendar of lib/taiwan, data/domain addenda §C and §E; no holiday has fallen on the
 * 5th of those months so far, so weekends are what moves it in practice); the first day never moves.
 */
export function claimWindow(p: Period): { from: string; to: string } {
  const drawMonthIndex = p.startMonth + 2; // 1-based month of the draw, may be 13
  const year = westernYear(p);
  return {
    from: iso(year, drawMonthIndex + 1, 6),
    to: nextOfficeDay(iso(year, drawMonthIndex + 4, 5)).effective,
  };
}

export type PeriodLabelLocale = 'zh-Hant-TW' | 'en';

// Built once: constructing an Intl formatter costs far more than formatting with it.
let EN_MONTH: Intl.DateTimeFormat | undefined;

/** 114年09-10月 / Sep–Oct 2025. */
export function periodLabel(p: Period, locale: PeriodLabelLocale): string {
  if (locale === 'en') {
    const fmt = (EN_MONTH ??= new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }));
    const m1 = fmt.format(new Date(Date.UTC(2000, p.startMonth - 1, 1)));
    const m2 = fmt.format(new Date(Date.UTC(2000, p.startMonth, 1)));
    return `${m1}–${m2} ${westernYear(p)}`;
  }
  return `${p.rocYear}年${pad2(p.startMonth)}-${pad2(p.startMonth + 1)}月`;
}

/** The months alone, for naming a period next to another of the same season: 09-10月 / Sep–Oct. */
export function periodMonths(p: Period, locale: PeriodLabelLocale): string {
  if (locale === 'en') return periodLabel(p, 'en').replace(/ \d+$/, '');
  return `${pad2(p.startMonth)}-${pad2(p.startMonth + 1)}月`;
}

/**
 * When a draw's numbers are out: 14:00 Taiwan time on the draw date. The draw runs 13:30–13:50
 * on weekdays and 12:30–12:50 on weekends and holidays (../shared/domain/addenda.md), so 14:00
 * is after it on any day.
 */
export function drawnAt(p: Period): Date {
  return new Date(`${drawDate(p)}T14:00:00+08:00`);
}

/**
 * For sentences: the same name as in tables and headings (115年09-10月, as the Ministry writes it;
 * one period is never written two ways on one page) / Sep–Oct 2026.
 */
export function periodName(p: Period, locale: PeriodLabelLocale): string {
  return periodLabel(p, locale);
}

let EN_MONTH_DAY: Intl.DateTimeFormat | undefined;

/** An ISO date without its year: 11月25日 / November 25 (the period's name gives the year). */
export function monthDay(isoDate: string, locale: PeriodLabelLocale): string {
  const [, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  if (locale !== 'en') return `${m}月${d}日`;
  return (EN_MONTH_DAY ??= new Intl.DateTimeFormat('en', { month: 'long', day: 'numeric', timeZone: 'UTC' })).format(new Date(`${isoDate}T00:00:00Z`));
}
