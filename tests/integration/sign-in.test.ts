import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAuditLog } from '@/lib/audit';
import { authenticateStaff, signInStatus } from '@/lib/auth/sign-in';
import { DEMO_STAFF } from '@/lib/db/seed/staff';
import { limitVerdict } from '@/lib/rate-limit/store';
import { createTestDb, type TestDb } from './support/test-db';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.db.deleteFrom('rate_limit_counters').execute();
});

const admin = DEMO_STAFF.find((s) => s.roles.includes('admin'))!;
const official = DEMO_STAFF.find((s) => s.roles.includes('official'))!;
const meta = (ip = '203.0.113.7') => ({ ip, userAgent: 'vitest' });

describe('staff sign-in', () => {
  it('signs in with the right password, records the time and an audit entry', async () => {
    const result = await authenticateStaff({ email: admin.email.toUpperCase(), password: admin.password }, meta(), t.db);
    expect(result).toEqual({ ok: true, user: { id: expect.any(String), email: admin.email, name: admin.name, roles: ['admin'] } });
    const user = await t.db.selectFrom('users').select('last_sign_in_at').where('email', '=', admin.email).executeTakeFirstOrThrow();
    expect(user.last_sign_in_at).toBeInstanceOf(Date);
    const [entry] = await listAuditLog({ limit: 1 }, t.db);
    expect(entry).toMatchObject({ action: 'auth.sign_in', actorLabel: admin.email, ip: '203.0.113.7' });
  });

  it('refuses a wrong password and says how many attempts are left', async () => {
    const result = await authenticateStaff({ email: official.email, password: 'wrong' }, meta(), t.db);
    expect(result).toEqual({ ok: false, reason: 'invalid', retryAfterSeconds: 0, attemptsLeft: 4 });
    const [entry] = await listAuditLog({ limit: 1 }, t.db);
    expect(entry).toMatchObject({ action: 'auth.sign_in_failed', actorLabel: official.email });
  });

  it('does not store an unknown e-mail address in the audit log', async () => {
    const result = await authenticateStaff({ email: 'someone@example.com', password: 'x' }, meta(), t.db);
    expect(result.ok).toBe(false);
    const [entry] = await listAuditLog({ limit: 1 }, t.db);
    expect(entry).toMatchObject({ action: 'auth.sign_in_failed', actorLabel: 'unknown account' });
    expect(JSON.stringify(entry)).not.toContain('someone@example.com');
  });

  it('locks an account for 15 minutes after 5 failures, even for the right password', async () => {
    for (let i = 0; i < 4; i++) {
      expect(await authenticateStaff({ email: official.email, password: 'wrong' }, meta(), t.db)).toMatchObject({ reason: 'invalid' });
    }
    const fifth = await authenticateStaff({ email: official.email, password: 'wrong' }, meta(), t.db);
    expect(fifth).toMatchObject({ ok: false, reason: 'locked', attemptsLeft: 0 });
    if (!fifth.ok) expect(fifth.retryAfterSeconds).toBeGreaterThan(14 * 60);

    const right = await authenticateStaff({ email: official.email, password: official.password }, meta(), t.db);
    expect(right).toMatchObject({ ok: false, reason: 'locked' });
    const [entry] = await listAuditLog({ limit: 1 }, t.db);
    expect(entry?.action).toBe('auth.sign_in_locked');

    // Another account is not affected.
    expect((await authenticateStaff({ email: admin.email, password: admin.password }, meta(), t.db)).ok).toBe(true);

    // The lock ends 15 minutes after the last failure.
    const later = new Date(Date.now() + 15 * 60 * 1000 + 1000);
    expect((await limitVerdict(t.db, 'sign-in:account', official.email, later)).locked).toBe(false);
  });

  it('a successful sign-in clears the account failures', async () => {
    await authenticateStaff({ email: admin.email, password: 'wrong' }, meta(), t.db);
    await authenticateStaff({ email: admin.email, password: 'wrong' }, meta(), t.db);
    expect((await signInStatus(admin.email, null, t.db)).attemptsLeft).toBe(3);
    await authenticateStaff({ email: admin.email, password: admin.password }, meta(), t.db);
    expect((await signInStatus(admin.email, null, t.db)).attemptsLeft).toBe(5);
  });

  it('refuses a disabled account with the same answer as a wrong password', async () => {
    await t.db.updateTable('users').set({ disabled_at: new Date() }).where('email', '=', official.email).execute();
    try {
      const result = await authenticateStaff({ email: official.email, password: official.password }, meta(), t.db);
      expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    } finally {
      await t.db.updateTable('users').set({ disabled_at: null }).where('email', '=', official.email).execute();
    }
  });

  it('stores rate-limit keys hashed, never the e-mail or IP', async () => {
    await authenticateStaff({ email: official.email, password: 'wrong' }, meta('198.51.100.9'), t.db);
    const rows = await t.db.selectFrom('rate_limit_counters').select(['policy', 'key_hash']).execute();
    expect(rows.map((r) => r.policy).sort()).toEqual(['sign-in:account', 'sign-in:ip']);
    for (const row of rows) {
      expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.key_hash).not.toContain('198.51');
    }
  });
});

describe('audit log', () => {
  it('lists newest first, pages backwards and filters by actor', async () => {
    const all = await listAuditLog({ limit: 200 }, t.db);
    expect(all.length).toBeGreaterThan(3);
    const ids = all.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const older = await listAuditLog({ limit: 2, beforeId: ids[1] }, t.db);
    expect(older.map((e) => e.id)).toEqual(ids.slice(2, 4));
    const adminRow = await t.db.selectFrom('users').select('id').where('email', '=', admin.email).executeTakeFirstOrThrow();
    const mine = await listAuditLog({ actorId: adminRow.id, limit: 200 }, t.db);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.actorLabel === admin.email)).toBe(true);
  });
});
