'use client';

import { useState } from 'react';
import { useClientStrings } from '@/components/i18n/client-strings';

/**
 * The link that reproduces the result (a plain link, so it works without JavaScript too), and,
 * with JavaScript, buttons to copy it and to print. Hidden in print: the record has the inputs.
 */
export function ShareActions({ href, hydrated }: { href: string; hydrated: boolean }) {
  const t = useClientStrings('Calculators.common');
  const [note, setNote] = useState('');

  async function copy() {
    const absolute = new URL(href, window.location.href).toString();
    try {
      await navigator.clipboard.writeText(absolute);
      setNote(t('copied'));
    } catch {
      setNote(t('copyFailed'));
    }
  }

  return (
    <div className="mt-6 border-t-2 border-line pt-4 print:hidden">
      <h3 className="text-xl font-bold">{t('shareHeading')}</h3>
      <p className="mt-1">
        <a href={href} data-testid="calc-share-link">
          {t('shareLink')}
        </a>
      </p>
      <p className="mt-1 text-muted">{t('shareHint')}</p>
      {hydrated ? (
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="button" className="btn-secondary" onClick={copy}>
            {t('copy')}
          </button>
          <button type="button" className="btn-secondary" onClick={() => window.print()}>
            {t('print')}
          </button>
        </div>
      ) : null}
      <p role="status" className="mt-2 min-h-[1.7em]">
        {note}
      </p>
    </div>
  );
}
