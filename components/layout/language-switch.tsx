'use client';

import { useSitePathname } from '@/lib/i18n/use-site-pathname';
import { localePath, type Locale } from '@/lib/i18n/routing';

/**
 * Links to the same page in the other language (locale detection is off, so this is the way).
 * A plain link, read at click time so that the query (a calculator's inputs, a chart's filters)
 * and the fragment go along; reading them during render would make static pages dynamic.
 */
export function LanguageSwitch({ target, label, title }: { target: Locale; label: string; title: string }) {
  const href = localePath(target, useSitePathname());
  return (
    <a
      href={href}
      hrefLang={target}
      lang={target}
      title={title}
      onClick={(event) => {
        event.currentTarget.href = `${href}${window.location.search}${window.location.hash}`;
      }}
      className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 px-3 font-semibold no-underline"
    >
      {label}
    </a>
  );
}
