'use client';

import { useEffect, useRef } from 'react';
import { DATABASE_UNAVAILABLE_DIGEST } from '@/lib/db/errors';
import { useErrorStrings } from '@/components/layout/error-strings';
import { Link } from '@/components/ui/locale-link';

/**
 * Shown when a page throws. Says what happened in plain words and leaks no detail. When the
 * database is down or stalled (the error's digest says so: lib/db/errors.ts) it says the
 * service is temporarily unavailable, since trying again later is all there is to do.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const strings = useErrorStrings();
  const t = (key: keyof typeof strings) => strings[key];
  const heading = useRef<HTMLHeadingElement>(null);
  const unavailable = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  useEffect(() => {
    heading.current?.focus();
    // The digest lets an operator find the server log entry; the message is not shown.
    if (error.digest) console.error(`error digest ${error.digest}`);
  }, [error]);
  return (
    <div className="max-w-2xl" role="alert">
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold">
        {t(unavailable ? 'unavailableTitle' : 'errorTitle')}
      </h1>
      <p className="mt-4">{t(unavailable ? 'unavailableBody' : 'errorBody')}</p>
      <p className="mt-6 flex flex-wrap gap-3">
        <button type="button" className="btn" onClick={reset}>
          {t('retry')}
        </button>
        <Link href="/" className="btn-secondary">
          {t('backHome')}
        </Link>
      </p>
    </div>
  );
}
