'use client';

import { usePathname } from 'next/navigation';
import { stripLocale } from './routing';

/**
 * The current path without its locale prefix (`/en/lottery` → `/lottery`), as next-intl's
 * usePathname gives it, without loading use-intl on the client (see components/ui/locale-link.tsx).
 */
export function useSitePathname(): string {
  return stripLocale(usePathname() ?? '/');
}
