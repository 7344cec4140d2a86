import { getLocale, getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ClientStringsProvider, type ClientMessages } from '@/components/i18n/client-strings';
import type { Locale } from '@/lib/i18n/routing';

/**
 * The dashboard islands' strings (Stats.island only), for the browser: as props through a small
 * context, not next-intl's client provider and its ICU parser (components/i18n/client-strings.tsx).
 */
export async function IslandMessages({ children }: { children: ReactNode }) {
  const all = ((await getMessages()) as { Stats: { island: ClientMessages } }).Stats;
  const locale = (await getLocale()) as Locale;
  return (
    <ClientStringsProvider locale={locale} messages={{ Stats: { island: all.island } }}>
      {children}
    </ClientStringsProvider>
  );
}
