import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { ThreadListView } from '@/components/forum/thread-list-view';
import { FORUM_LIST_QUERY_KEYS, forumListMetadata } from '@/lib/forum/list-page';
import { listQuerySchema } from '@/lib/forum/schemas';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// A list with a search, filters, another order or a later page, read from the URL per request.
// The plain list (no such keys) is answered by the cached page forum-index/[view] instead
// (lib/http/next-routing.ts); both read their rows from the forum's tagged cache.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return forumListMetadata((await params).locale as Locale);
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ForumPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const raw = await searchParams;
  const query = listQuerySchema.parse(Object.fromEntries(FORUM_LIST_QUERY_KEYS.map((k) => [k, first(raw[k])])));
  return <ThreadListView locale={locale} query={query} />;
}
