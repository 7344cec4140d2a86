import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { requireCitizenPage } from '@/lib/auth/principal';
import { ME_PATH_HEADER } from '@/lib/citizens/me-sections';
import type { Locale } from '@/lib/i18n/routing';

/**
 * Every personal page: rendered per request for the signed-in citizen, never prerendered or
 * cached (proxy.ts adds `Cache-Control: private, no-store`, renews the cookie and sets the nonce
 * CSP). Without a citizen session → the sign-in page, coming back here afterwards. Pages and
 * their data functions still check for themselves (requireCitizenPage, owner id in the query).
 */
export const dynamic = 'force-dynamic';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export default async function CitizenLayout({ children, params }: Props) {
  const locale = (await params).locale as Locale;
  const path = (await headers()).get(ME_PATH_HEADER);
  await requireCitizenPage(locale, path && /^\/me(\/[a-z0-9/-]*)?$/.test(path) ? path : '/me');
  return children;
}
