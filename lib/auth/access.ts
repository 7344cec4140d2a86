/**
 * The one access rule shared by the route-handler and server-action wrappers: an endpoint is
 * 'public', for a signed-in 'citizen', or for staff holding a permission. A staff member
 * without the permission is audited (lib/auth/forbidden-audit.ts).
 */
import 'server-only';
import { auditForbidden } from './forbidden-audit';
import { can, type Permission } from './permissions';
import { getPrincipal, isCitizen, isStaff, type CitizenPrincipal, type StaffPrincipal } from './principal';

export type Access = 'public' | 'citizen' | Permission;

/** The principal a handler gets for an access level: none for public, never null otherwise. */
export type PrincipalFor<A extends Access> = A extends 'public' ? null : A extends 'citizen' ? CitizenPrincipal : StaffPrincipal;

export type AccessResult<A extends Access> =
  | { ok: true; principal: PrincipalFor<A> }
  | { ok: false; reason: 'unauthenticated' | 'forbidden' };

/** `where` names the page, action or request in the audit entry of a refusal. */
export async function checkAccess<A extends Access>(access: A, where: string): Promise<AccessResult<A>> {
  if (access === 'public') return { ok: true, principal: null as PrincipalFor<A> };
  const principal = await getPrincipal();
  if (access === 'citizen') {
    return isCitizen(principal) ? { ok: true, principal: principal as PrincipalFor<A> } : { ok: false, reason: 'unauthenticated' };
  }
  if (!isStaff(principal)) return { ok: false, reason: 'unauthenticated' };
  if (can(principal.roles, access as Permission)) return { ok: true, principal: principal as PrincipalFor<A> };
  await auditForbidden(principal, access as Permission, where);
  return { ok: false, reason: 'forbidden' };
}
