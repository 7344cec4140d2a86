import { FieldShell, fieldAria } from './field';

/** A labelled input with its error next to it, wired for assistive technology. */
export function TextField({
  id,
  label,
  error,
  hint,
  className,
  ...input
}: { id: string; label: string; error?: string; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input id={id} name={id} {...fieldAria(id, { hint, error })} className={className ? `field-input ${className}` : 'field-input'} {...input} />
    </FieldShell>
  );
}
