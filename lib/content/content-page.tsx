/** A static page rendered from content/pages/<slug>.<locale>.md (footer pages). */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { DocArticle } from '@/components/ui/doc-article';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';
import { getDoc } from './markdown';

type Props = { params: Promise<{ locale: string }> };

export function contentPage(slug: string) {
  const path = `/${slug}`;
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const locale = (await params).locale as Locale;
    const doc = await getDoc('pages', slug, locale);
    return doc ? pageMetadata({ locale, path, title: doc.meta.title, description: doc.meta.description }) : {};
  }
  async function Page({ params }: Props) {
    const locale = (await params).locale as Locale;
    setRequestLocale(locale);
    const doc = await getDoc('pages', slug, locale);
    if (!doc) notFound();
    return <DocArticle doc={doc} locale={locale} />;
  }
  return { generateMetadata, Page };
}
