import { describe, expect, it } from 'vitest';
import { PERMISSIONS, can, type Permission } from '@/lib/auth/permissions';
import { STAFF_ROLES, type StaffRole } from '@/lib/db/schema';

/** The access table as the product defines it, written out independently of PERMISSIONS. */
const EXPECTED: Record<Permission, Record<StaffRole, boolean>> = {
  'staff:access': { official: true, moderator: true, admin: true },
  'audit:read': { official: false, moderator: false, admin: true },
  'lottery:publish': { official: true, moderator: false, admin: true },
  'forum:reply-officially': { official: true, moderator: false, admin: true },
  'forum:moderate': { official: false, moderator: true, admin: true },
  'forum:configure': { official: false, moderator: false, admin: true },
  'users:manage': { official: false, moderator: false, admin: true },
  'donations:read': { official: true, moderator: false, admin: true },
  'tax:lookup': { official: true, moderator: false, admin: false },
};

const permissions = Object.keys(EXPECTED) as Permission[];

describe('can', () => {
  it('covers exactly the permissions in the table', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...permissions].sort());
  });

  for (const permission of permissions) {
    for (const role of STAFF_ROLES) {
      const allowed = EXPECTED[permission][role];
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
        expect(can([role], permission)).toBe(allowed);
      });
    }
  }

  it('denies everything to no roles', () => {
    for (const permission of permissions) {
      expect(can([], permission)).toBe(false);
      expect(can(undefined, permission)).toBe(false);
      expect(can(null, permission)).toBe(false);
    }
  });

  it('denies unknown role strings, including near misses', () => {
    for (const permission of permissions) {
      for (const role of ['citizen', 'Admin', 'ADMIN', ' admin', 'admin ', 'administrator', '', 'staff', '*']) {
        expect(can([role], permission)).toBe(false);
      }
    }
  });

  it('grants when any one of several roles allows it', () => {
    expect(can(['moderator', 'official'], 'lottery:publish')).toBe(true);
    expect(can(['citizen', 'moderator'], 'forum:moderate')).toBe(true);
    expect(can(['official', 'moderator'], 'audit:read')).toBe(false);
    expect(can(['official', 'moderator'], 'users:manage')).toBe(false);
  });
});
