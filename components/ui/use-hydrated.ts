import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};

/**
 * False in the server HTML and during hydration, true after. Controls that work only with
 * JavaScript (QR, bulk, live calculators) wait for it: nothing typed or chosen before the
 * script runs is lost, and tests know when to start.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}
