'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatMessage, type MessageValues } from '@/lib/i18n/message-format';
import type { Locale } from '@/lib/i18n/routing';

/** The checker's sentences (a part of the "Check" namespace), nested as in content/messages. */
export type CheckMessages = { readonly [key: string]: string | CheckMessages };

/** A translator for the "Check" messages: a dotted key and its values. */
export type CheckTranslate = (key: string, values?: MessageValues) => string;

const Context = createContext<{ locale: Locale; messages: CheckMessages } | null>(null);

/**
 * The checkers on /lottery/check get their sentences from the server through this context rather
 * than next-intl's client provider, which would bring next-intl's runtime and ICU parser to the
 * page for a few dozen sentences (lib/i18n/message-format.ts fills them in).
 */
export function CheckStringsProvider({ locale, messages, children }: { locale: Locale; messages: CheckMessages; children: ReactNode }) {
  const value = useMemo(() => ({ locale, messages }), [locale, messages]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

function lookup(messages: CheckMessages, key: string): string {
  let node: string | CheckMessages | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`Check message missing on this page: ${key}`);
  return node;
}

function useStrings() {
  const strings = useContext(Context);
  if (!strings) throw new Error('CheckStringsProvider is missing from the page');
  return strings;
}

/** `t('qr.scan.added', { count, number, result })`, like next-intl's useTranslations('Check'). */
export function useCheckStrings(): CheckTranslate {
  const { locale, messages } = useStrings();
  return useMemo(() => (key: string, values?: MessageValues) => formatMessage(lookup(messages, key), values, locale), [locale, messages]);
}

export function useCheckLocale(): Locale {
  return useStrings().locale;
}
