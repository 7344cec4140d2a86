'use client';

/**
 * A chart's image downloads and embed code, for the view as filtered (`query`, the address
 * bar's): PNG and SVG drawn on the server (/stats/<topic>/chart.png|svg), and an iframe of the
 * chrome-less view (/embed/<locale>/stats/<topic>) with the same query. The snippet names this
 * site's address as the reader sees it, whatever the build was made for.
 */
import { useClientStrings } from '@/components/i18n/client-strings';
import { useId, useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { CopyButton } from './copy-button';

const noSubscribe = () => () => {};

type Props = { locale: Locale; topic: string; topicPath: string; query: string; title: string; hydrated: boolean };

export function ChartShare({ locale, topic, topicPath, query, title, hydrated }: Props) {
  const t = useClientStrings('Stats.island');
  const id = useId();
  const origin = useSyncExternalStore(
    noSubscribe,
    () => window.location.origin,
    () => '',
  );
  const embedSrc = `${origin}/embed/${locale}/stats/${topic}?${query}`;
  const snippet = `<iframe src="${embedSrc}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;

  return (
    <div className="mt-4">
      <p className="flex flex-wrap gap-3">
        <a className="btn-secondary" href={`${topicPath}/chart.png?${query}&download=1`} download data-testid="chart-png">
          {t('downloadPng')}
        </a>
        <a className="btn-secondary" href={`${topicPath}/chart.svg?${query}&download=1`} download data-testid="chart-svg">
          {t('downloadSvg')}
        </a>
      </p>
      <p className="mt-1 text-muted">{t('imageHint')}</p>
      <label htmlFor={`${id}-embed`} className="mt-3 block font-semibold">
        {t('embedLabel')}
      </label>
      <textarea id={`${id}-embed`} readOnly rows={3} value={snippet} className="mt-1 w-full rounded-md border-2 border-line p-2 font-mono text-sm" />
      <CopyButton text={() => snippet} label={t('embedCopy')} copied={t('embedCopied')} failed={t('embedCopyFailed')} disabled={!hydrated} resetKey={query} />
    </div>
  );
}
