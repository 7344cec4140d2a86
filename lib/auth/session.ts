/**
 * Reading the signed-in staff member on the server. Every page, action and handler that needs
 * a role calls one of these itself; the proxy only renews the cookie.
 */
import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { StaffRole } from '@/lib/db/schema';
import { localePath, type Locale } from '@/lib/i18n/routing';
import { auth } from './config';
import { can, type Permission } from './permissions';

export type StaffSession = { id: string; name: string; email: string; roles: StaffRole[] };

/** Once per request, however many components ask. */
export const getStaffSession = cache(async (): Promise<StaffSession | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.roles?.length) return null;
  return { id: user.id, name: user.name ?? '', email: user.email ?? '', roles: user.roles };
});

export type StaffAccess = { status: 'ok'; staff: StaffSession } | { status: 'forbidden'; staff: StaffSession };

/** For pages: no session → the sign-in page; wrong role → 'forbidden' for the page to show. */
export async function requireStaffPage(permission: Permission, locale: Locale, returnTo: string): Promise<StaffAccess> {
  const staff = await getStaffSession();
  if (!staff) redirect(`${localePath(locale, '/staff/sign-in')}?next=${encodeURIComponent(localePath(locale, returnTo))}`);
  return can(staff.roles, permission) ? { status: 'ok', staff } : { status: 'forbidden', staff };
}
