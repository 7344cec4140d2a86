'use client';

import { useEffect, useRef } from 'react';

/**
 * GOV.UK-style error summary: takes focus when it appears and links to each field, so
 * keyboard and screen-reader users land on the problem.
 */
export function ErrorSummary({ title, errors }: { title: string; errors: { field: string; message: string }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 border-4 border-danger p-4">
      <h2 id="error-summary-title" className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-2 list-none">
        {errors.map((e) => (
          <li key={`${e.field}-${e.message}`}>
            <a href={`#${e.field}`} className="font-semibold text-danger">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
