'use client';

import { createContext, useContext, type ReactNode } from 'react';

/** What the error boundary says, in the page's language (app/[locale]/error.tsx). */
export type ErrorStrings = Record<'errorTitle' | 'errorBody' | 'unavailableTitle' | 'unavailableBody' | 'retry' | 'backHome', string>;

const Context = createContext<ErrorStrings | null>(null);

/**
 * The layout hands the boundary its strings through this context rather than next-intl's client
 * provider: the boundary is on every page, and the provider would bring next-intl's message
 * formatter with it for six fixed sentences.
 */
export function ErrorStringsProvider({ strings, children }: { strings: ErrorStrings; children: ReactNode }) {
  return <Context.Provider value={strings}>{children}</Context.Provider>;
}

export function useErrorStrings(): ErrorStrings {
  const strings = useContext(Context);
  if (!strings) throw new Error('ErrorStringsProvider is missing from the layout');
  return strings;
}
