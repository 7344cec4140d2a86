/**
 * Reading the signed-in staff member on the server. Every page, action and handler that needs
 * a role calls one of these itself; the proxy only renews the cookie. A valid cookie is not
 * enough: its session version must still be the user's, the account enabled, and the roles are
 * the database's now (lib/auth/session-version.ts), so revocation and role changes apply at once.
 */
import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { StaffRole } from '@/lib/db/schema';
import { localePath, type Locale } from '@/lib/i18n/routing';
import { auth } from './config';
import { auditForbidden } from './forbidden-audit';
import { can, type Permission } from './permissions';
import { checkSession } from './session-version';

export type StaffSession = { id: string; name: string; email: string; roles: StaffRole[] };

/** Once per request (one small query), however many components ask. */
export const getStaffSession = cache(async (): Promise<StaffSession | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) return null;
  const principal = await checkSession({ userId: user.id, sessionVersion: user.sessionVersion });
  if (!principal || principal.kind !== 'staff' || principal.roles.length === 0) return null;
  return { id: principal.id, name: principal.name, email: principal.email, roles: principal.roles };
});

export type StaffAccess = { status: 'ok'; staff: StaffSession } | { status: 'forbidden'; staff: StaffSession };

/** For pages: no session → the sign-in page; wrong role → audited, and 'forbidden' for the page to answer 403. */
export async function requireStaffPage(permission: Permission, locale: Locale, returnTo: string): Promise<StaffAccess> {
  const staff = await getStaffSession();
  if (!staff) redirect(`${localePath(locale, '/staff/sign-in')}?next=${encodeURIComponent(localePath(locale, returnTo))}`);
  if (can(staff.roles, permission)) return { status: 'ok', staff };
  await auditForbidden(staff, permission, localePath(locale, returnTo));
  return { status: 'forbidden', staff };
}
