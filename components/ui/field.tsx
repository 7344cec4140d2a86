/**
 * The parts every form field shares: label, hint and error above the control, and the ARIA
 * wiring that ties them to it. TextField, TextArea and custom controls (file inputs, selects)
 * all use these, so an error is announced the same way everywhere.
 */
export function fieldAria(id: string, { hint, error }: { hint?: string; error?: string }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return { 'aria-invalid': error ? (true as const) : undefined, 'aria-describedby': describedBy };
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
      {children}
    </div>
  );
}
