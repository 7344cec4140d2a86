import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ThreadView } from '@/components/forum/thread-view';
import { getPrincipal } from '@/lib/auth/principal';
import { loadThreadForPage, threadPageMetadata } from '@/lib/forum/thread-page';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string; id: string }> };

// A signed-in reader's thread page, rendered per request with their own forms. Requests without
// a session cookie never reach it: they get the cached page forum-read/[id] (lib/http/next-routing.ts).
// What every reader sees still comes from the forum's tagged cache (lib/forum/cached.ts).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  return threadPageMetadata(locale as Locale, id);
}

export default async function ThreadPage({ params }: Props) {
  const { locale: rawLocale, id } = await params;
  const locale = rawLocale as Locale;
  setRequestLocale(locale);
  const principal = await getPrincipal();
  const thread = await loadThreadForPage(id, principal?.id ?? null);
  if (!thread) notFound();
  return <ThreadView locale={locale} thread={thread} principal={principal} />;
}
