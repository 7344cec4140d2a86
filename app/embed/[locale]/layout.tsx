import '../../globals.css';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { env } from '@/lib/env';
import { LOCALES, isLocale } from '@/lib/i18n/routing';

/**
 * The chrome-less views that other sites embed in an iframe (/embed/<locale>/stats/<topic>): no
 * site header, footer or navigation, only the chart, its table and the synthetic-data notice.
 * Their own root layout, and the only pages another site may frame (lib/security/headers.ts).
 */
type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export const metadata: Metadata = {
  metadataBase: new URL(env().APP_URL),
  // The topic pages are the ones to find; an embed is a copy of one of their charts.
  robots: { index: false, follow: true },
  icons: { icon: '/favicon.ico' },
};

export default async function EmbedLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body>
        <main className="px-4 py-3">{children}</main>
      </body>
    </html>
  );
}
