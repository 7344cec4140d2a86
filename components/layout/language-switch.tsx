'use client';

import { Link, usePathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

/** Links to the same page in the other language (locale detection is off, so this is the way). */
export function LanguageSwitch({ target, label, title }: { target: Locale; label: string; title: string }) {
  const pathname = usePathname();
  return (
    <Link
      href={pathname}
      locale={target}
      hrefLang={target}
      lang={target}
      title={title}
      className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 px-3 font-semibold no-underline"
    >
      {label}
    </Link>
  );
}
