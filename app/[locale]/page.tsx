import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { isLocale, type Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

const SERVICES = [
  { key: 'lottery', href: '/lottery' },
  { key: 'calculators', href: '/calculators' },
  { key: 'stats', href: '/stats' },
  { key: 'forum', href: '/forum' },
  { key: 'account', href: '/account' },
  { key: 'api', href: '/developers' },
  { key: 'help', href: '/help' },
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return { ...pageMetadata({ locale, path: '/', title: t('siteNameFull'), description: t('description') }), title: { absolute: t('siteNameFull') } };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  return (
    <>
      <section className="max-w-3xl">
        <h1 className="text-4xl font-bold text-brand-800">{t('title')}</h1>
        <p className="mt-4 text-lg">{t('lead')}</p>
      </section>
      <section aria-labelledby="services" className="mt-10">
        <h2 id="services" className="text-2xl font-bold">
          {t('servicesHeading')}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {SERVICES.map((service) => (
            <li key={service.key} className="relative rounded-lg border-2 border-line p-5 focus-within:border-brand-700 hover:border-brand-700">
              <h3 className="text-xl font-bold">
                {/* The whole card is clickable through this one link (no nested links). */}
                <Link href={service.href} className="after:absolute after:inset-0">
                  {t(`${service.key}Title`)}
                </Link>
              </h3>
              <p className="mt-2 text-muted">{t(`${service.key}Body`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
