'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { Link } from '@/lib/i18n/navigation';

/** Shown when a page throws. Says what happened in plain words and leaks no detail. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Errors');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    // The digest lets an operator find the server log entry; the message is not shown.
    if (error.digest) console.error(`error digest ${error.digest}`);
  }, [error]);
  return (
    <div className="max-w-2xl" role="alert">
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold">
        {t('errorTitle')}
      </h1>
      <p className="mt-4">{t('errorBody')}</p>
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
