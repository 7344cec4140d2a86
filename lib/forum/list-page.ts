/**
 * What both list routes share: the query keys a list URL may carry and the page's metadata.
 * `/forum` with any of these keys renders per request; without them, readers get the cached
 * plain list `forum-index/[view]` (lib/http/next-routing.ts).
 */
import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';
import { FORUM_LIST_QUERY_KEYS } from './list-keys';

export { FORUM_LIST_QUERY_KEYS };

export async function forumListMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Forum' });
  const base = pageMetadata({ locale, path: '/forum', title: t('title'), description: t('metaDescription') });
  const feed = `/api/v1/forum/feed${locale === 'en' ? '?lang=en' : ''}`;
  return { ...base, alternates: { ...base.alternates, types: { 'application/rss+xml': [{ url: feed, title: t('title') }] } } };
}
