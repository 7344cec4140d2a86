'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { todayInTaipei } from '@/lib/i18n/format';

const noSubscription = () => () => {};

/**
 * Days until a draw, computed in the reader's browser: the page itself is static HTML built
 * once, so the server cannot know "today". Without JavaScript only the date shows.
 */
export function DrawCountdown({ drawDate }: { drawDate: string }) {
  const t = useTranslations('Lottery');
  // null while prerendering on the server; the browser's date after hydration.
  const today = useSyncExternalStore(noSubscription, () => todayInTaipei(), () => null);
  if (!today) return null;
  const days = Math.round((Date.parse(`${drawDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days < 0) return null;
  return <span className="ml-2 rounded bg-brand-100 px-2 py-0.5 font-semibold">{t('daysToDraw', { days })}</span>;
}
