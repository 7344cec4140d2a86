import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listDocs } from '@/lib/content/markdown';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Help' });
  return pageMetadata({ locale, path: '/help', title: t('title'), description: t('lead') });
}

export default async function HelpIndex({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Help' });
  const docs = await listDocs('help', locale);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-lg">{t('lead')}</p>
      <h2 className="mt-8 text-2xl font-bold">{t('topics')}</h2>
      <ul className="mt-4 space-y-4">
        {docs.map((doc) => (
          <li key={doc.slug}>
            <Link href={`/help/${doc.slug}`} className="text-lg font-semibold">
              {doc.title}
            </Link>
            <p className="text-muted">{doc.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
