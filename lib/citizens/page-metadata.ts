/** Metadata of the citizen pages: titled in the page's language, never indexed. */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';

export function citizenMetadata(titleKey: string, path: string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = (await params).locale as Locale;
    const t = await getTranslations({ locale, namespace: 'Citizen' });
    return { ...pageMetadata({ locale, path, title: t(titleKey) }), robots: { index: false, follow: false } };
  };
}
