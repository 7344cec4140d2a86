/**
 * RSS 2.0 of the newest threads, per category or of the whole forum: titles, links, status and
 * endorsement progress. Hidden threads are left out (their reason is on the site).
 */
import 'server-only';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh-Hant-TW.json';
import { env } from '@/lib/env';
import { localePath, type Locale } from '@/lib/i18n/routing';
import { CATEGORY_SLUGS, type CategorySlug } from './rules';
import { listCategories, listThreads } from './store';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function forumFeed(category: string | null, locale: Locale): Promise<string | null> {
  if (category !== null && !(CATEGORY_SLUGS as readonly string[]).includes(category)) return null;
  const M = (locale === 'en' ? en : zh).Forum;
  const base = env().APP_URL;
  const [categories, page] = await Promise.all([listCategories(), listThreads({ category: (category as CategorySlug) ?? undefined, limit: 50 })]);
  const c = categories.find((x) => x.slug === category);
  const title = c ? `${M.title}：${locale === 'en' ? c.nameEn : c.name}` : M.title;
  const link = new URL(localePath(locale, `/forum${c ? `?category=${c.slug}` : ''}`), base).toString();
  const items = page.threads
    .filter((t) => !t.hidden)
    .map((t) => {
      const href = new URL(localePath(locale, `/forum/${t.id}`), base).toString();
      const progress = t.kind === 'proposal' && t.threshold ? ` · ${M.progress.replace('{count}', String(t.endorsements)).replace('{threshold}', String(t.threshold))}` : '';
      return `<item><title>${xml(t.title)}</title><link>${xml(href)}</link><guid isPermaLink="true">${xml(href)}</guid><pubDate>${t.createdAt.toUTCString()}</pubDate><description>${xml(`${M.kinds[t.kind]} · ${M.statuses[t.status]}${progress}`)}</description></item>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${xml(title)}</title><link>${xml(link)}</link><description>${xml(M.metaDescription)}</description><language>${locale === 'en' ? 'en' : 'zh-TW'}</language>${items}</channel></rss>\n`;
}
