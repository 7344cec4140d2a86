import { FieldShell, fieldAria } from './field';

/** A labelled select with its hint and error, like TextField (controlled or not). */
export function SelectField({
  id,
  label,
  hint,
  error,
  options,
  className,
  ...select
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly { value: string; label: string }[];
} & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select id={id} {...fieldAria(id, { hint, error })} className={className ? `field-input ${className}` : 'field-input'} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
