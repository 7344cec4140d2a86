/**
 * Dates as Taiwan reads them: the Minguo (ROC) calendar through Intl, never by subtracting
 * 1911 by hand. English pages show the Gregorian date.
 */
import type { Locale } from './routing';

const TIME_ZONE = 'Asia/Taipei';

/** '2026-11-22' or a Date → 民國115年11月22日 / November 22, 2026. */
export function formatDate(value: string | Date, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(`${value}T00:00:00+08:00`) : value;
  const tag = locale === 'en' ? 'en-TW' : 'zh-Hant-TW-u-ca-roc';
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
}

/** Date and time to the minute, for logs and records. */
export function formatDateTime(value: Date, locale: Locale): string {
  const tag = locale === 'en' ? 'en-TW' : 'zh-Hant-TW-u-ca-roc';
  return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE, hourCycle: 'h23' }).format(value);
}
