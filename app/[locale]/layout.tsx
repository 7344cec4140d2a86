import '../globals.css';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ErrorStringsProvider, type ErrorStrings } from '@/components/layout/error-strings';
import { DemoNotice } from '@/components/layout/demo-notice';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLink } from '@/components/layout/skip-link';
import { env } from '@/lib/env';
import { LOCALES, isLocale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/seo/metadata';

const ERROR_KEYS = ['errorTitle', 'errorBody', 'unavailableTitle', 'unavailableBody', 'retry', 'backHome'] as const;

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// No `dynamicParams = false` here: it would apply to every child segment, and lottery periods
// published after the build must render on demand. Unknown locales 404 below.

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export const viewport: Viewport = {
  themeColor: '#0f5e63',
  width: 'device-width',
  initialScale: 1,
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return {
    metadataBase: new URL(env().APP_URL),
    title: { default: t('siteNameFull'), template: `%s｜${t('siteName')}` },
    description: t('description'),
    applicationName: t('siteName'),
    alternates: alternatesFor(locale, '/'),
    icons: { icon: '/favicon.ico', apple: '/icons/apple-touch-icon.png' },
    manifest: '/manifest.webmanifest',
    formatDetection: { telephone: false },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  // Static rendering: tell next-intl the locale instead of letting it read headers.
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Skip' });
  const errors = await getTranslations({ locale, namespace: 'Errors' });
  const errorStrings = Object.fromEntries(ERROR_KEYS.map((key) => [key, errors(key)])) as ErrorStrings;
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Only the error boundary's strings go to the client (pages with forms add their own). */}
        <ErrorStringsProvider strings={errorStrings}>
          <SkipLink label={t('toContent')} />
          <DemoNotice locale={locale} />
          <SiteHeader locale={locale} />
          <main id="main" tabIndex={-1} className="container-page flex-1 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter locale={locale} />
        </ErrorStringsProvider>
      </body>
    </html>
  );
}
