import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DocArticle } from '@/components/ui/doc-article';
import { getDoc, listDocs } from '@/lib/content/markdown';
import { Link } from '@/lib/i18n/navigation';
import { LOCALES, type Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) => (await listDocs('help', locale)).map((doc) => ({ locale, slug: doc.slug }))),
  );
  return perLocale.flat();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const doc = await getDoc('help', slug, locale);
  return doc ? pageMetadata({ locale, path: `/help/${slug}`, title: doc.meta.title, description: doc.meta.description }) : {};
}

export default async function HelpTopic({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const doc = await getDoc('help', slug, locale);
  if (!doc) notFound();
  const t = await getTranslations({ locale, namespace: 'Help' });
  return (
    <>
      <p className="mb-4">
        <Link href="/help">← {t('backToHelp')}</Link>
      </p>
      <DocArticle doc={doc} locale={locale} />
    </>
  );
}
