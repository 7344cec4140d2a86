/**
 * The home page's "what's new": dated entries in both languages from content/news/news.json.
 * Pure (the JSON is bundled), validated once so a typo in the file fails the build and the
 * unit test, not a visitor's page.
 */
import { z } from 'zod';
import raw from '@/content/news/news.json';
import type { Locale } from '@/lib/i18n/routing';

const entrySchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** A path without locale, to a page that works (never one still being built). */
  href: z.string().startsWith('/').optional(),
  title: z.object({ 'zh-Hant-TW': z.string().min(1), en: z.string().min(1) }),
});

const fileSchema = z.object({ entries: z.array(entrySchema).min(1) });

export type NewsEntry = { date: string; href?: string; title: string };

/** The newest `limit` entries in one language, newest first (file order breaks ties). */
export function latestNews(locale: Locale, limit = 3, source: unknown = raw): NewsEntry[] {
  const { entries } = fileSchema.parse(source);
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.date.localeCompare(a.e.date) || a.i - b.i)
    .slice(0, limit)
    .map(({ e }) => ({ date: e.date, ...(e.href ? { href: e.href } : {}), title: e.title[locale] }));
}
