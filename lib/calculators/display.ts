/**
 * How the calculators' figures read on the page: money in whole NTD, rates, and the ISO dates
 * inside the steps' text shown the way Taiwan reads them (民國 years in Chinese). The API keeps
 * ISO dates; only pages call these.
 */
import { formatDate, numberFormat } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import type { Step } from '@/lib/tax';

const ISO_DATE_IN_TEXT = /\b(\d{4})-(\d{2})-(\d{2})\b/g;


/** 110137 → '110,137 元' / 'NT$110,137'. */
export function formatMoney(amount: number, locale: Locale): string {
  const digits = numberFormat(locale, { maximumFractionDigits: 0 }).format(amount);
  return locale === 'en' ? `NT$${digits}` : `${digits} 元`;
}

/** A fraction as a percentage with up to `digits` decimals: 0.1 → '10%', 0.02213 → '2.21%'. */
export function formatRate(fraction: number, locale: Locale, digits = 2): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(fraction);
}

export function formatCount(count: number, locale: Locale): string {
  return numberFormat(locale).format(count);
}

/** Every real ISO date in `text` in the page's form: 2025-06-02 → 民國114年6月2日 / June 2, 2025. */
export function localizeDates(text: string, locale: Locale): string {
  return text.replace(ISO_DATE_IN_TEXT, (whole, y: string, m: string, d: string) => {
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    // Not a real date (2025-02-30 would roll over to March): leave the text as it is.
    const real = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
    return real ? formatDate(whole, locale) : whole;
  });
}

/**
 * The part of a step's language-neutral `value` the reader still needs: a date range the label
 * does not state (the surcharge period). Other values repeat the label or are internal ids.
 */
export function stepDates(step: Step): string | null {
  const value = step.value ?? '';
  if (!/^\d{4}-\d{2}-\d{2}( – \d{4}-\d{2}-\d{2})?$/.test(value)) return null;
  return step.label.en.includes(value) ? null : value;
}
