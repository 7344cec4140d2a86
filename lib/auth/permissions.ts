/**
 * Who may do what, as data plus one pure function (unit-tested). Every page, action and
 * handler that needs a role asks `can()` on the server; the UI hiding a button protects nothing.
 */
import type { StaffRole } from '@/lib/db/schema';

export const PERMISSIONS = {
  'staff:access': ['official', 'moderator', 'admin'],
  'audit:read': ['admin'],
  'lottery:publish': ['official', 'admin'],
  'forum:reply-officially': ['official', 'admin'],
  'forum:moderate': ['moderator', 'admin'],
  /** Each forum category's endorsement threshold and deadline. */
  'forum:configure': ['admin'],
  'users:manage': ['admin'],
  /** What each love-code organisation received (totals only, no donor). */
  'donations:read': ['official', 'admin'],
  /** Look up a citizen's tax bills, with a reason the citizen sees in their access log. */
  'tax:lookup': ['official'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly string[] | undefined | null, permission: Permission): boolean {
  if (!roles?.length) return false;
  const allowed: readonly string[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
