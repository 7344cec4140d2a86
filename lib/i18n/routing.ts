/**
 * Locales and URL scheme. Traditional Chinese is the default and has no prefix (`/lottery`);
 * English lives under `/en/...`.
 *
 * We use next-intl (maintained, App Router-native, works in server components with static
 * rendering, ICU messages, typed keys) but not its proxy: next.config.ts rewrites unprefixed
 * paths to the `zh-Hant-TW` segment instead, so static pages are served without running any
 * code per request — a draw-day spike costs nothing. Locale detection is off on purpose: the
 * same URL always shows the same language, and the language switch is a link.
 */
import { defineRouting } from 'next-intl/routing';

export const LOCALES = ['zh-Hant-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-Hant-TW';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The public path of `pathname` (no locale, starting with '/') in `locale`. */
export function localePath(locale: Locale, pathname: string): string {
  const clean = pathname === '/' ? '' : pathname;
  return locale === DEFAULT_LOCALE ? clean || '/' : `/en${clean}`;
}

/** An href's path, without its query and fragment (`/me?tab=1#x` → `/me`). */
export function hrefPath(href: string): string {
  const cut = href.search(/[?#]/);
  return cut === -1 ? href : href.slice(0, cut);
}

/** `href` in `locale` when it is a path of this site; other addresses (http:, mailto:, #…) as they are. */
export function localizedHref(locale: Locale, href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const path = hrefPath(href);
  return `${localePath(locale, path)}${href.slice(path.length)}`;
}

/** The path without its locale prefix (`/en/lottery` → `/lottery`; `/zh-Hant-TW` → `/`). */
export function stripLocale(pathname: string): string {
  for (const locale of LOCALES) {
    if (pathname === `/${locale}`) return '/';
    if (pathname.startsWith(`/${locale}/`)) return pathname.slice(locale.length + 1);
  }
  return pathname;
}
