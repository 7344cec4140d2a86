/**
 * Staff pages: the signed-in staff member (lib/auth/principal.ts) and the permission check.
 * Every page, action and handler that needs a role checks it itself; the proxy only renews the cookie.
 */
import 'server-only';
import { redirect } from 'next/navigation';
import { localePath, type Locale } from '@/lib/i18n/routing';
import { auditForbidden } from './forbidden-audit';
import { can, type Permission } from './permissions';
import { getPrincipal, isStaff, type StaffPrincipal } from './principal';

export type StaffSession = StaffPrincipal;

export async function getStaffSession(): Promise<StaffSession | null> {
  const principal = await getPrincipal();
  return isStaff(principal) ? principal : null;
}

export type StaffAccess = { status: 'ok'; staff: StaffSession } | { status: 'forbidden'; staff: StaffSession };

/** For pages: no session → the sign-in page; wrong role → audited, and 'forbidden' for the page to answer 403. */
export async function requireStaffPage(permission: Permission, locale: Locale, returnTo: string): Promise<StaffAccess> {
  const staff = await getStaffSession();
  if (!staff) redirect(`${localePath(locale, '/staff/sign-in')}?next=${encodeURIComponent(localePath(locale, returnTo))}`);
  if (can(staff.roles, permission)) return { status: 'ok', staff };
  await auditForbidden(staff, permission, localePath(locale, returnTo));
  return { status: 'forbidden', staff };
}
