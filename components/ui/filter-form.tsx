import type { ReactNode } from 'react';
import { ErrorSummary } from './error-summary';

/**
 * A list's filters as a plain GET form (works without JavaScript, the filters stay in the URL):
 * the error summary on top, the fields in two columns from tablet width, the submit button last.
 * `errors` maps a field's id to its message, the same message the field shows.
 */
export function FilterForm({
  label,
  errorSummary,
  errors,
  submit,
  className = 'max-w-4xl',
  children,
}: {
  label: string;
  errorSummary: string;
  errors: Record<string, string>;
  submit: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form method="get" className={`mt-6 grid gap-x-6 sm:grid-cols-2 ${className}`} aria-label={label}>
      <div className="sm:col-span-2">
        <ErrorSummary title={errorSummary} errors={Object.entries(errors).map(([field, message]) => ({ field, message }))} />
      </div>
      {children}
      <div className="sm:col-span-2">
        <button type="submit" className="btn">
          {submit}
        </button>
      </div>
    </form>
  );
}
