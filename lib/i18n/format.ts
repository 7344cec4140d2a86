/**
 * Dates and numbers as Taiwan reads them: the Minguo (ROC) calendar through Intl, never by
 * subtracting 1911 by hand; English pages show the Gregorian date. Formatters are cached:
 * building one costs far more than formatting with it, and tables format hundreds of cells.
 */
import type { Locale } from './routing';

const TIME_ZONE = 'Asia/Taipei';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, (format = make()));
  return format;
}

const numberTag = (locale: string) => (locale === 'en' ? 'en-TW' : 'zh-Hant-TW');
const dateTag = (locale: string) => (locale === 'en' ? 'en-TW' : 'zh-Hant-TW-u-ca-roc');

/** The page language's number format (grouped digits), with any Intl options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(numberTag(locale), options));
}

/** 1234567 → '1,234,567'. */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

/** '2026-11-22' or a Date → 民國115年11月22日 / November 22, 2026. */
export function formatDate(value: string | Date, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(`${value}T00:00:00+08:00`) : value;
  return cached(`d|${locale}`, () => new Intl.DateTimeFormat(dateTag(locale), { dateStyle: 'long', timeZone: TIME_ZONE })).format(date);
}

/** Date and time to the minute, for logs and records. */
export function formatDateTime(value: Date, locale: Locale): string {
  return cached(
    `dt|${locale}`,
    () => new Intl.DateTimeFormat(dateTag(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE, hourCycle: 'h23' }),
  ).format(value);
}

/** Today's date in Taiwan as ISO 'YYYY-MM-DD': the one definition lives in lib/taiwan. */
export { todayInTaipei } from '@/lib/taiwan/today';

/**
 * 'YYYY-MM' → 民國115年11月 / November 2026 (Taiwan reads months in the ROC calendar too);
 * 'short' for chart axes: 民國115/11 / Nov 2026.
 */
export function formatMonth(month: string, locale: Locale, style: 'long' | 'short' = 'long'): string {
  const date = new Date(`${month}-15T00:00:00+08:00`);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: style === 'long' || locale === 'en' ? (style === 'long' ? 'long' : 'short') : 'numeric', timeZone: TIME_ZONE };
  return cached(`m|${locale}|${style}`, () => new Intl.DateTimeFormat(dateTag(locale), options)).format(date);
}

/** A moment people must not misread (a deadline): 民國115年12月7日 12:00 / December 7, 2026, 12:00. */
export function formatDeadline(value: Date, locale: Locale): string {
  const time = cached(`t|${locale}`, () => new Intl.DateTimeFormat(numberTag(locale), { timeStyle: 'short', timeZone: TIME_ZONE, hourCycle: 'h23' })).format(value);
  return `${formatDate(value, locale)}${locale === 'en' ? ', ' : ' '}${time}`;
}
