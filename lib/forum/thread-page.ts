/**
 * What both thread routes share: reading the thread named in the URL and its page metadata.
 * `/forum/{id}` renders per request for a signed-in reader; anonymous readers are answered from
 * the cached page `forum-read/[id]` (lib/http/next-routing.ts picks by the session cookie).
 */
import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { threadForPage } from './cached';
import { threadIdSchema } from './schemas';
import type { ThreadDto } from './store';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';

export async function loadThreadForPage(id: string, viewerId: string | null = null): Promise<ThreadDto | null> {
  const parsed = threadIdSchema.safeParse(id);
  return parsed.success && /^\d+$/.test(id) ? threadForPage(parsed.data, viewerId) : null;
}

export async function threadPageMetadata(locale: Locale, id: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Forum' });
  const thread = await loadThreadForPage(id);
  if (!thread) return { title: t('threadNotFound') };
  const title = thread.hidden ? t('hiddenTitle') : thread.title;
  return pageMetadata({ locale, path: `/forum/${thread.id}`, title, description: thread.hidden ? t('title') : thread.body.slice(0, 150) });
}
