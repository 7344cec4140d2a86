'use client';

import NextLink from 'next/link';
import { useParams } from 'next/navigation';
import type { ComponentProps } from 'react';
import { DEFAULT_LOCALE, isLocale, localizedHref } from '@/lib/i18n/routing';

type Props = Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string };

/**
 * A link to a path of this site in the page's language (`/lottery` → `/en/lottery` on English
 * pages). next-intl's Link does the same, but its client half reads the locale through use-intl,
 * which brings the whole message formatter (about 47 KB) to every page for one string; the
 * locale is already in the route's params.
 */
export function Link({ href, ...rest }: Props) {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params?.locale) ? params.locale : DEFAULT_LOCALE;
  return <NextLink href={localizedHref(locale, href)} {...rest} />;
}

