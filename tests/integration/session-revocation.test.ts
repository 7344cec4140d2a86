import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAuditLog } from '@/lib/audit';
import { changePassword, disableAccount, setAccountRoles } from '@/lib/auth/account-admin';
import { authenticateStaff } from '@/lib/auth/sign-in';
import { checkSession, endSessions, sessionVersionFor, type SessionClaims } from '@/lib/auth/session-version';
import { DEMO_STAFF } from '@/lib/db/seed/staff';
import { createTestDb, type TestDb } from './support/test-db';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const admin = DEMO_STAFF.find((s) => s.roles.includes('admin'))!;
const by = { actor: { id: null, label: admin.email }, meta: { ip: '203.0.113.7', userAgent: 'vitest' } };

/** A fresh staff account per test, so one test's revocation cannot hide another's. */
let n = 0;
async function newStaff(roles: ('official' | 'moderator' | 'admin')[] = ['official']) {
  const email = `revocation-${n++}-${Date.now()}@taxcloud.example`;
  const official = DEMO_STAFF.find((s) => s.roles.includes('official'))!;
  const { password_hash } = await t.db.selectFrom('users').select('password_hash').where('email', '=', official.email).executeTakeFirstOrThrow();
  const { id } = await t.db
    .insertInto('users')
    .values({ email, display_name: 'Test official', kind: 'staff', password_hash })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('user_roles').values(roles.map((role) => ({ user_id: id, role }))).execute();
  // What the cookie would carry after signing in now.
  const claims: SessionClaims = { userId: id, sessionVersion: (await sessionVersionFor(email, t.db))! };
  return { id, email, password: official.password, claims };
}

beforeEach(async () => {
  await t.db.deleteFrom('rate_limit_counters').execute();
});

describe('session check', () => {
  it('accepts a current session and reads the roles from the database', async () => {
    const user = await newStaff(['official', 'moderator']);
    expect(user.claims.sessionVersion).toBe(0);
    expect(await checkSession(user.claims, t.db)).toEqual({
      id: user.id,
      kind: 'staff',
      email: user.email,
      name: 'Test official',
      roles: ['moderator', 'official'],
    });
  });

  it('refuses a cookie without a version, with another version, or for an unknown user', async () => {
    const user = await newStaff();
    expect(await checkSession({ userId: user.id, sessionVersion: undefined }, t.db)).toBeNull();
    expect(await checkSession({ userId: user.id, sessionVersion: 1 }, t.db)).toBeNull();
    expect(await checkSession({ userId: '00000000-0000-4000-8000-000000000000', sessionVersion: 0 }, t.db)).toBeNull();
    expect(await checkSession({ userId: 'not-a-uuid', sessionVersion: 0 }, t.db)).toBeNull();
  });

  it('sign-out ends every session of the user, once, and a stale cookie cannot sign out again', async () => {
    const user = await newStaff();
    const laptop = user.claims;
    const phone = { ...user.claims }; // a second device signed in under the same version
    expect(await endSessions(laptop, t.db)).toMatchObject({ id: user.id, email: user.email });
    expect(await checkSession(laptop, t.db)).toBeNull();
    expect(await checkSession(phone, t.db)).toBeNull();
    // The revoked cookie signing out changes nothing (no second bump, the new session survives).
    const fresh = { userId: user.id, sessionVersion: (await sessionVersionFor(user.email, t.db))! };
    expect(fresh.sessionVersion).toBe(1);
    expect(await endSessions(phone, t.db)).toBeNull();
    expect(await checkSession(fresh, t.db)).not.toBeNull();
  });

  it('of concurrent sign-outs with one cookie, exactly one ends the sessions', async () => {
    const user = await newStaff();
    const results = await Promise.all(Array.from({ length: 10 }, () => endSessions(user.claims, t.db)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await sessionVersionFor(user.email, t.db)).toBe(1);
  });
});

describe('changes that end sessions', () => {
  it('disabling an account refuses its session, and it cannot sign in again', async () => {
    const user = await newStaff();
    await disableAccount(user.id, by, t.db);
    expect(await checkSession(user.claims, t.db)).toBeNull();
    // Even a cookie carrying the new version is refused while the account is disabled.
    expect(await checkSession({ userId: user.id, sessionVersion: user.claims.sessionVersion! + 1 }, t.db)).toBeNull();
    expect((await authenticateStaff({ email: user.email, password: user.password }, by.meta, t.db)).ok).toBe(false);
    const [entry] = (await listAuditLog({ limit: 20 }, t.db)).filter((e) => e.action === 'account.disable');
    expect(entry).toMatchObject({ actorLabel: admin.email, target: `user:${user.id}`, ip: '203.0.113.7' });
  });

  it('a role change refuses the old session; the new one sees the new roles', async () => {
    const user = await newStaff(['official']);
    await setAccountRoles(user.id, ['moderator', 'moderator'], by, t.db);
    expect(await checkSession(user.claims, t.db)).toBeNull();
    const now = { userId: user.id, sessionVersion: (await sessionVersionFor(user.email, t.db))! };
    expect(await checkSession(now, t.db)).toMatchObject({ roles: ['moderator'] });
    const [entry] = (await listAuditLog({ limit: 20 }, t.db)).filter((e) => e.action === 'account.roles_change');
    expect(entry).toMatchObject({ target: `user:${user.id}`, details: { before: ['official'], after: ['moderator'] } });
    // Stripped of every role: a valid version, but no staff session.
    await setAccountRoles(user.id, [], by, t.db);
    const bare = { userId: user.id, sessionVersion: (await sessionVersionFor(user.email, t.db))! };
    expect(await checkSession(bare, t.db)).toMatchObject({ roles: [] });
    await expect(setAccountRoles(user.id, ['root' as 'admin'], by, t.db)).rejects.toThrow(RangeError);
  });

  it('a password change refuses the old session; the new password signs in, the old one does not', async () => {
    const user = await newStaff();
    await expect(changePassword(user.id, 'short', by, t.db)).rejects.toThrow(RangeError);
    expect(await checkSession(user.claims, t.db)).not.toBeNull(); // a refused change ends nothing
    await changePassword(user.id, 'a-new-long-password-2026', by, t.db);
    expect(await checkSession(user.claims, t.db)).toBeNull();
    expect((await authenticateStaff({ email: user.email, password: user.password }, by.meta, t.db)).ok).toBe(false);
    expect((await authenticateStaff({ email: user.email, password: 'a-new-long-password-2026' }, by.meta, t.db)).ok).toBe(true);
    const actions = (await listAuditLog({ limit: 20 }, t.db)).map((e) => e.action);
    expect(actions).toContain('account.password_change');
  });

  it('changes to an unknown account fail and end nothing', async () => {
    await expect(disableAccount('00000000-0000-4000-8000-000000000000', by, t.db)).rejects.toThrow(/No account/);
  });
});
