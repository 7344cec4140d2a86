import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ThreadListView } from '@/components/forum/thread-list-view';
import { listViewPage } from '@/lib/forum/list-keys';
import { forumListMetadata } from '@/lib/forum/list-page';
import { listQuerySchema } from '@/lib/forum/schemas';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string; view: string }> };

/**
 * `/forum` without search, filters or a page cursor, and its numbered pages `?page=2` … `?page=5`
 * (lib/http/next-routing.ts rewrites here, as `newest` and `newest-2` … `newest-5`): the newest
 * threads, kept as static pages and made again when any thread changes (the list tag is expired
 * by every write, lib/forum/cache-tags.ts) or at least every minute, since statuses such as "not
 * reached" follow the clock. Made on the first visit, not at build time. Five views per language
 * at most: any other name gets the not-found page from the proxy, before this page, so the page cache
 * cannot grow with made-up URLs (lib/forum/list-keys.ts isCachedForumPageKey).
 */
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams(): { view: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return forumListMetadata((await params).locale as Locale);
}

export default async function PlainForumList({ params }: Props) {
  const { locale: rawLocale, view } = await params;
  const number = listViewPage(view);
  if (number === null) notFound(); // the proxy answers other names before they get here (proxy.ts)
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  return <ThreadListView locale={locale} query={listQuerySchema.parse(number > 1 ? { page: number } : {})} />;
}
