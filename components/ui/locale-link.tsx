'use client';

import NextLink from 'next/link';
import { useParams, usePathname } from 'next/navigation';
import { useState, type ComponentProps } from 'react';
import { DEFAULT_LOCALE, hrefPath, isLocale, localizedHref } from '@/lib/i18n/routing';
import { isPersonalAreaPage } from '@/lib/security/personal-area';

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
  const pathname = usePathname();
  const locale = isLocale(params?.locale) ? params.locale : DEFAULT_LOCALE;
  const [wanted, setWanted] = useState(false);
  const target = localizedHref(locale, href);
  if (entersPersonalArea(pathname, target)) {
    // Next's router-only props have no meaning on a plain link.
    const { replace: _replace, scroll: _scroll, shallow: _shallow, passHref: _passHref, legacyBehavior: _legacy, locale: _locale, onNavigate: _onNavigate, children, ...anchor } = rest;
    return (
      <a href={target} onMouseEnter={onMouseEnter} onFocus={onFocus} onTouchStart={onTouchStart} {...anchor}>
        {children}
      </a>
    );
  }
  return (
    <NextLink
      href={target}
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

/**
 * From a public page into the personal area (sign-in, my account, staff) the browser loads a new
 * document rather than the router swapping the page in place: those pages' own nonce CSP, opener
 * policy and no-store answer only take effect on a document (lib/security/headers.ts). Within
 * the area, and back out of it, the router does as usual.
 */
function entersPersonalArea(from: string | null, to: string): boolean {
  return isPersonalAreaPage(hrefPath(to)) && !(from !== null && isPersonalAreaPage(from));
}
