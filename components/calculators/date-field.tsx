/**
 * A native date input (the phone's own date picker, ISO underneath) with the date read out
 * beside it the way the page's language reads it: 民國114年5月31日 on Chinese pages, May 31, 2025
 * in English. A link or a post may carry an ROC date (114/05/31): it is shown as the same day.
 */
import { FieldShell, fieldAria } from '@/components/ui/field';
import { normaliseDate } from '@/lib/calculators/form-values';
import { formatDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import { isRealDate } from '@/lib/taiwan/civil-date';

type Props = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  locale: Locale;
  onChange: React.ChangeEventHandler<HTMLInputElement>;
  onBlur?: React.FocusEventHandler<HTMLInputElement>;
};

export function DateField({ id, name, label, hint, error, value, locale, onChange, onBlur }: Props) {
  const iso = normaliseDate(value);
  const real = isRealDate(iso);
  const readOut = real ? formatDate(iso, locale) : '';
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <input
          type="date"
          id={id}
          name={name}
          value={real ? iso : value}
          min="2000-01-01"
          max="2100-12-31"
          onChange={onChange}
          onBlur={onBlur}
          {...fieldAria(id, { hint, error })}
          className="field-input w-auto"
        />
        {/* Read out beside the picker; the input itself already tells a screen reader the date. */}
        <span className="tabular-nums" aria-hidden="true" data-testid={`${id}-read-out`}>
          {readOut}
        </span>
      </div>
    </FieldShell>
  );
}
