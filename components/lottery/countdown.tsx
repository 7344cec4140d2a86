'use client';

import { useSyncExternalStore } from 'react';
import { todayInTaipei } from '@/lib/taiwan';

const noSubscription = () => () => {};

/**
 * Days until a draw, computed in the reader's browser: the page itself is static HTML built
 * once, so the server cannot know "today". Without JavaScript only the date shows.
 *
 * `labels[d]` is the sentence for d days, written by the server for every day from the render
 * to the draw (at most about two months): the browser needs no message formatter for it.
 */
export function DrawCountdown({ drawDate, labels }: { drawDate: string; labels: readonly string[] }) {
  // null while prerendering on the server; the browser's date after hydration.
  const today = useSyncExternalStore(noSubscription, () => todayInTaipei(), () => null);
  if (!today) return null;
  const days = Math.round((Date.parse(`${drawDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  const label = labels[days];
  if (days < 0 || !label) return null;
  return <span className="ml-2 rounded bg-brand-100 px-2 py-0.5 font-semibold">{label}</span>;
}
