/**
 * The checker's list of invoices read so far, kept for the tab in sessionStorage so a reload
 * (or a slip of the thumb) does not lose twenty scans; closing the tab forgets it. An external
 * store, read with useSyncExternalStore: the server and hydration see an empty list.
 */
import type { LeftQr } from '@/lib/lottery/qr';
import { restoreScans, serialiseScans } from '@/lib/lottery/scan-session';

const STORAGE_KEY = 'tax-cloud:qr-scans';
const EMPTY: readonly LeftQr[] = [];

let list: readonly LeftQr[] | null = null;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // blocked storage (some privacy settings): the list lives in memory only
  }
}

export const scanStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot(): readonly LeftQr[] {
    list ??= restoreScans(storage()?.getItem(STORAGE_KEY) ?? null);
    return list;
  },
  getServerSnapshot(): readonly LeftQr[] {
    return EMPTY;
  },
  set(next: readonly LeftQr[]): void {
    list = next;
    try {
      storage()?.setItem(STORAGE_KEY, serialiseScans(next));
    } catch {
      // Full or refused storage: keep the list in memory.
    }
    for (const listener of listeners) listener();
  },
};
