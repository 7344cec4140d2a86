import type { Metadata } from 'next';
import { LOCALES, localePath, type Locale } from '@/lib/i18n/routing';

/** Canonical URL and hreflang alternates for a page that exists in both languages. */
export function alternatesFor(locale: Locale, path: string): Metadata['alternates'] {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((l) => [l, localePath(l, path)]));
  languages['x-default'] = localePath('zh-Hant-TW', path);
  return { canonical: localePath(locale, path), languages };
}

export function pageMetadata(options: { locale: Locale; path: string; title: string; description?: string }): Metadata {
  const { locale, path, title, description } = options;
  return {
    title,
    description,
    alternates: alternatesFor(locale, path),
    openGraph: {
      title,
      description,
      url: localePath(locale, path),
      locale: locale === 'en' ? 'en_US' : 'zh_TW',
      type: 'website',
    },
  };
}
