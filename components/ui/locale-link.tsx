'use client';

import NextLink from 'next/link';
import { useParams } from 'next/navigation';
import { useState, type ComponentProps } from 'react';
import { DEFAULT_LOCALE, isLocale, localizedHref } from '@/lib/i18n/routing';

type Props = Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string };

/**
 * A link to a path of this site in the page's language (`/lottery` → `/en/lottery` on English
 * pages). next-intl's Link does the same, but its client half reads the locale through use-intl,
 * which brings the whole message formatter (about 47 KB) to every page for one string; the
 * locale is already in the route's params.
 *
 * Prefetching waits for intent (pointer over, focus, touch) unless the caller sets `prefetch`:
 * Next's default fetches every link in the viewport as soon as the page is idle, which on the
 * home page is some twenty route payloads, parsed on the main thread while a phone is still
 * busy with the page itself (measured in docs/benchmarks.md). The pattern is Next's own
 * "prefetch on hover" (prefetch={false} until then, null after).
 */
export function Link({ href, prefetch, onMouseEnter, onFocus, onTouchStart, ...rest }: Props) {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params?.locale) ? params.locale : DEFAULT_LOCALE;
  const [wanted, setWanted] = useState(false);
  return (
    <NextLink
      href={localizedHref(locale, href)}
      prefetch={prefetch !== undefined ? prefetch : wanted ? null : false}
      onMouseEnter={(e) => {
        setWanted(true);
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        setWanted(true);
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        setWanted(true);
        onTouchStart?.(e);
      }}
      {...rest}
    />
  );
}
