'use client';

import type { ReactNode } from 'react';
import { ClientStringsProvider, useClientLocale, useClientStrings, type ClientMessages, type ClientTranslate } from '@/components/i18n/client-strings';
import type { Locale } from '@/lib/i18n/routing';

/** The checker's sentences (a part of the "Check" namespace), nested as in content/messages. */
export type CheckMessages = ClientMessages;

/** A translator for the "Check" messages: a dotted key and its values. */
export type CheckTranslate = ClientTranslate;

/**
 * The checkers on /lottery/check get their sentences from the server as props
 * (components/i18n/client-strings.tsx), not through next-intl's client provider.
 */
export function CheckStringsProvider({ locale, messages, children }: { locale: Locale; messages: CheckMessages; children: ReactNode }) {
  return (
    <ClientStringsProvider locale={locale} messages={{ Check: messages }}>
      {children}
    </ClientStringsProvider>
  );
}

/** `t('qr.scan.added', { count, number, result })`, like next-intl's useTranslations('Check'). */
export function useCheckStrings(): CheckTranslate {
  return useClientStrings('Check');
}

export const useCheckLocale = useClientLocale;
