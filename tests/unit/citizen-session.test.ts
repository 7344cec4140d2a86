import { describe, expect, it } from 'vitest';
import { CITIZEN_SESSION_ABSOLUTE_SECONDS, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, absoluteLimitSeconds, baseAuthConfig } from '@/lib/auth/base-config';
import { hasCitizenHint, hasStaffHint } from '@/lib/citizens/hint-cookie';

type Jwt = NonNullable<NonNullable<ReturnType<typeof baseAuthConfig>['callbacks']>['jwt']>;

describe('session lengths', () => {
  it('idle 20 minutes for everyone; absolute 8 hours for citizens, 12 for staff', () => {
    expect(SESSION_IDLE_SECONDS).toBe(20 * 60);
    expect(absoluteLimitSeconds('citizen')).toBe(8 * 3600);
    expect(absoluteLimitSeconds('staff')).toBe(12 * 3600);
    // A token from before kinds were stored is a staff token.
    expect(absoluteLimitSeconds(undefined)).toBe(SESSION_ABSOLUTE_SECONDS);
    expect(CITIZEN_SESSION_ABSOLUTE_SECONDS).toBeLessThan(SESSION_ABSOLUTE_SECONDS);
  });

  it('the token carries the kind, and a citizen token older than 8 hours is dropped', async () => {
    const jwt = baseAuthConfig().callbacks!.jwt as Jwt;
    const now = Math.floor(Date.now() / 1000);
    const signedIn = await jwt({ token: {}, user: { id: 'u', kind: 'citizen', sessionVersion: 1 }, account: null } as never);
    expect(signedIn).toMatchObject({ uid: 'u', kind: 'citizen', sv: 1 });
    const at = (authTime: number, kind: string) => jwt({ token: { uid: 'u', kind, authTime }, account: null } as never);
    expect(await at(now - 7 * 3600, 'citizen')).not.toBeNull();
    expect(await at(now - 8 * 3600 - 1, 'citizen')).toBeNull();
    expect(await at(now - 8 * 3600 - 1, 'staff')).not.toBeNull();
    expect(await at(now - 12 * 3600 - 1, 'staff')).toBeNull();
  });
});

describe('the header hint cookie', () => {
  it('is recognised only as its exact name and value', () => {
    expect(hasCitizenHint('a=1; tc_citizen=1')).toBe(true);
    expect(hasCitizenHint('tc_citizen=0')).toBe(false);
    expect(hasCitizenHint('xtc_citizen=1')).toBe(false);
    expect(hasCitizenHint('')).toBe(false);
    expect(hasStaffHint('a=1; tc_staff=1')).toBe(true);
    expect(hasStaffHint('tc_citizen=1')).toBe(false);
    expect(hasStaffHint('tc_staff=0')).toBe(false);
  });
});
