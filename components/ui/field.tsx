/**
 * The parts every form field shares: label, hint and error above the control, and the ARIA
 * wiring that ties them to it. TextField, TextArea and custom controls (file inputs, selects)
 * all use these, so an error is announced the same way everywhere.
 */
export function fieldAria(id: string, { hint, error }: { hint?: string; error?: string }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return { 'aria-invalid': error ? (true as const) : undefined, 'aria-describedby': describedBy };
}

/** Hint and error paragraphs, for controls whose label is not a <label> (a fieldset's legend). */
export function FieldHelp({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

export function FieldShell({
  id,
  label,
  hint,
  error,
  className = 'mb-5',
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <FieldHelp id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}
