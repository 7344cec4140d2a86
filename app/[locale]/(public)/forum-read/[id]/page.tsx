import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ThreadView } from '@/components/forum/thread-view';
import { loadThreadForPage, threadPageMetadata } from '@/lib/forum/thread-page';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string; id: string }> };

/**
 * `/forum/{id}` for a reader without a session cookie (lib/http/next-routing.ts rewrites here):
 * the same page with no personal forms, kept as a static page and made again when the thread
 * changes (its tag is expired by every write, lib/forum/cache-tags.ts) or at least every minute,
 * since statuses such as "not reached" and overdue answers follow the clock. None is made at
 * build time: a thread's page is made on its first visit.
 */
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams(): { id: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  return threadPageMetadata(locale as Locale, id);
}

export default async function AnonymousThreadPage({ params }: Props) {
  const { locale: rawLocale, id } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const thread = await loadThreadForPage(id);
  if (!thread) notFound();
  return <ThreadView locale={locale} thread={thread} principal={null} />;
}
