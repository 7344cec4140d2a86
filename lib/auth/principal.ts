/**
 * Who is signed in, for pages, actions and route handlers alike: one principal, staff or citizen,
 * read once per request. A valid cookie is not enough: its session version must still be the
 * user's and the account enabled, and the roles are the database's now
 * (lib/auth/session-version.ts), so sign-out, revocation and role changes apply at once.
 *
 * Personal data functions take the principal's id as their owner id and filter by it in SQL;
 * nothing here checks ownership after the fact.
 */
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { StaffRole, UserKind } from '@/lib/db/schema';
import { localePath, type Locale } from '@/lib/i18n/routing';
import { checkSession } from './session-version';
import { readSessionToken } from './session-token';

export type Principal = { kind: UserKind; id: string; name: string; email: string; roles: StaffRole[] };
export type CitizenPrincipal = Principal & { kind: 'citizen' };
export type StaffPrincipal = Principal & { kind: 'staff' };

/**
 * Once per request (one small query by primary key), however many components ask. The cookie is
 * read with lib/auth/session-token.ts rather than `auth()`: the same decryption and expiry rules,
 * without re-encrypting a cookie that a page or action could not set anyway (the proxy and the
 * API wrapper renew it).
 */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  const claims = await readSessionToken((await headers()).get('cookie'));
  if (!claims) return null;
  return checkSession({ userId: claims.userId, sessionVersion: claims.sessionVersion });
});

export function isCitizen(principal: Principal | null): principal is CitizenPrincipal {
  return principal?.kind === 'citizen';
}

/** Staff only count with at least one role: an official whose roles were all removed is signed out. */
export function isStaff(principal: Principal | null): principal is StaffPrincipal {
  return principal?.kind === 'staff' && principal.roles.length > 0;
}

export async function getCitizen(): Promise<CitizenPrincipal | null> {
  const principal = await getPrincipal();
  return isCitizen(principal) ? principal : null;
}

/** The citizen sign-in page, coming back to `returnTo` (a path below the locale) afterwards. */
export function citizenSignInPath(locale: Locale, returnTo: string): string {
  return `${localePath(locale, '/sign-in')}?next=${encodeURIComponent(localePath(locale, returnTo))}`;
}

/** For personal pages: the signed-in citizen, or a redirect to the sign-in page. */
export async function requireCitizenPage(locale: Locale, returnTo: string): Promise<CitizenPrincipal> {
  const citizen = await getCitizen();
  if (!citizen) redirect(citizenSignInPath(locale, returnTo));
  return citizen;
}
