'use client';

import { useClientStrings } from '@/components/i18n/client-strings';
import { useId, useState } from 'react';
import type { Label } from '@/lib/stats/views/topics';

type Props = {
  legend: string;
  series: readonly Label[];
  selected: readonly string[];
  onChange: (keys: string[]) => void;
};

/**
 * The series of a dashboard: a box per series, "only this" beside each and "all" above, and a
 * search that narrows the list (the choice itself is kept when a series is filtered out of view).
 */
export function SeriesPicker({ legend, series, selected, onChange }: Props) {
  const t = useClientStrings('Stats.island');
  const searchId = useId();
  const [query, setQuery] = useState('');
  const all = series.map((s) => s.key);
  const many = series.length > 4;
  const needle = query.trim().toLowerCase();
  const shown = needle ? series.filter((s) => s.label.toLowerCase().includes(needle) || s.key.includes(needle)) : series;
  return (
    <fieldset className="mt-4">
      <legend className="field-label">{legend}</legend>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        {many ? (
          <div>
            <label htmlFor={searchId} className="block text-sm font-semibold">
              {t('seriesSearch', { legend })}
            </label>
            <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} className="field-input w-56" autoComplete="off" />
          </div>
        ) : null}
        <button type="button" className="btn-secondary" onClick={() => onChange(all)} disabled={selected.length === all.length}>
          {t('seriesAll')}
        </button>
      </div>
      {needle && shown.length === 0 ? <p className="mt-2 text-muted">{t('seriesNoMatch')}</p> : null}
      <ul className="mt-2 grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
        {shown.map((s) => (
          <li key={s.key} className="flex min-h-11 items-center gap-3">
            <label className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                value={s.key}
                checked={selected.includes(s.key)}
                onChange={(e) => onChange(all.filter((x) => (x === s.key ? e.target.checked : selected.includes(x))))}
                className="h-5 w-5"
              />
              {s.label}
            </label>
            {series.length > 2 ? (
              <button
                type="button"
                className="min-h-11 shrink-0 px-1 text-sm text-brand-800 underline"
                onClick={() => onChange([s.key])}
                aria-label={t('onlyThisLabel', { name: s.label })}
                aria-pressed={selected.length === 1 && selected[0] === s.key}
              >
                {t('onlyThis')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
