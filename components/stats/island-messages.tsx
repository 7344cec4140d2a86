import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/** The dashboard islands' strings (Stats.island only), for the browser. */
export async function IslandMessages({ children }: { children: ReactNode }) {
  const all = ((await getMessages()) as { Stats: { island: unknown } }).Stats;
  return <NextIntlClientProvider messages={{ Stats: { island: all.island } }}>{children}</NextIntlClientProvider>;
}
