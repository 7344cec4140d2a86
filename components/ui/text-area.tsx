import { FieldShell, fieldAria } from './field';

/** A labelled textarea with its hint and error, like TextField. `ref` passes through (React 19). */
export function TextArea({
  id,
  label,
  error,
  hint,
  className,
  shellClassName,
  ...textarea
}: { id: string; label: string; error?: string; hint?: string; shellClassName?: string; ref?: React.Ref<HTMLTextAreaElement> } & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={shellClassName}>
      <textarea id={id} {...fieldAria(id, { hint, error })} className={className ? `field-input ${className}` : 'field-input'} {...textarea} />
    </FieldShell>
  );
}
