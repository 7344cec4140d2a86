'use client';

/**
 * A start or end month (or year) of a dashboard: a native <select> with its label and error
 * (FieldShell, as SelectField), so the keyboard, screen readers and phones' pickers work as
 * everywhere else. Its options (60 months on a monthly topic) are written by the server and kept
 * as written while the page hydrates (components/ui/server-markup.tsx): React takes the element
 * over (value, change, errors) without making or comparing a node per option; they are drawn in
 * the browser only when the granularity changes their list.
 */
import type { ChangeEventHandler } from 'react';
import { FieldShell, fieldAria } from '@/components/ui/field';
import { ServerMarkup } from '@/components/ui/server-markup';
import type { Granularity } from '@/lib/stats/views/topics';
import { periodLabel } from '@/lib/stats/views/period-label';

type Props = {
  id: string;
  label: string;
  error?: string;
  invalid: boolean;
  value: string;
  /** The periods offered (rangeOptions of `by`): the options change only with the granularity. */
  options: readonly string[];
  by: Granularity;
  locale: string;
  onChange: ChangeEventHandler<HTMLSelectElement>;
};

export function PeriodSelect({ id, label, error, invalid, value, options, by, locale, onChange }: Props) {
  return (
    <FieldShell id={id} label={label} error={error}>
      {/* The attributes in SelectField's order, so the server's HTML is the same as before. */}
      <ServerMarkup as="select" version={by} id={id} {...fieldAria(id, { error })} className="field-input w-auto" value={value} aria-invalid={invalid ? true : undefined} onChange={onChange}>
        <PeriodOptions options={options} locale={locale} />
      </ServerMarkup>
    </FieldShell>
  );
}

function PeriodOptions({ options, locale }: { options: readonly string[]; locale: string }) {
  return options.map((p) => (
    <option key={p} value={p}>
      {periodLabel(p, locale)}
    </option>
  ));
}
