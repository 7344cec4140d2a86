'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatMessage, type MessageValues } from '@/lib/i18n/message-format';
import type { Locale } from '@/lib/i18n/routing';

/** A part of content/messages, nested as there (only what an island needs). */
export type ClientMessages = { readonly [key: string]: string | ClientMessages };

/** `t('key.sub', { count })`, like next-intl's translator for one namespace. */
export type ClientTranslate = (key: string, values?: MessageValues) => string;

const Context = createContext<{ locale: Locale; messages: ClientMessages } | null>(null);

/**
 * The sentences a client island needs, handed down by the server page, in place of next-intl's
 * client provider: that provider brings next-intl's runtime and ICU parser to the page for a few
 * dozen sentences. lib/i18n/message-format.ts fills them in (tests/unit/message-format.test.ts
 * checks every message of the namespaces that use this against next-intl's own formatter).
 */
export function ClientStringsProvider({ locale, messages, children }: { locale: Locale; messages: ClientMessages; children: ReactNode }) {
  const value = useMemo(() => ({ locale, messages }), [locale, messages]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

function lookup(messages: ClientMessages, key: string): string {
  let node: string | ClientMessages | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`Message missing on this page: ${key}`);
  return node;
}

function useContextStrings() {
  const strings = useContext(Context);
  if (!strings) throw new Error('ClientStringsProvider is missing from the page');
  return strings;
}

/** The translator for `namespace` (dotted, e.g. 'Stats.island'), as next-intl's useTranslations. */
export function useClientStrings(namespace: string): ClientTranslate {
  const { locale, messages } = useContextStrings();
  return useMemo(() => (key: string, values?: MessageValues) => formatMessage(lookup(messages, `${namespace}.${key}`), values, locale), [locale, messages, namespace]);
}

/** The page's locale, as next-intl's useLocale. */
export function useClientLocale(): Locale {
  return useContextStrings().locale;
}
