/**
 * The placeholder page of a service section that a later issue builds. One factory so each
 * route file stays a line long and its metadata and static rendering are the same.
 */
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ComingSoon } from '@/components/ui/coming-soon';
import { pageMetadata } from '@/lib/seo/metadata';
import type { Locale } from './routing';

type Props = { params: Promise<{ locale: string }> };
type SectionKey = 'lottery' | 'stats' | 'calculators' | 'forum' | 'account' | 'api';

export function sectionPage(key: SectionKey, path: string) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const locale = (await params).locale as Locale;
    const t = await getTranslations({ locale, namespace: 'Home' });
    return pageMetadata({ locale, path, title: t(`${key}Title`), description: t(`${key}Body`) });
  }
  async function Page({ params }: Props) {
    const locale = (await params).locale as Locale;
    setRequestLocale(locale);
    const t = await getTranslations({ locale, namespace: 'Home' });
    return <ComingSoon locale={locale} title={t(`${key}Title`)} body={t(`${key}Body`)} />;
  }
  return { generateMetadata, Page };
}
