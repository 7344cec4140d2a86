/**
 * The lockout under concurrency (issue 9): each attempt reserves its place before the password
 * is checked, so a burst checks no more passwords than the limit allows. The password check is
 * wrapped to count its calls.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { listAuditLog } from '@/lib/audit';
import { authenticateStaff, recordMalformedSignIn, signInStatus, type SignInResult } from '@/lib/auth/sign-in';
import { DEMO_STAFF } from '@/lib/db/seed/staff';
import { createTestDb, type TestDb } from './support/test-db';

const checked = vi.hoisted(() => ({ passwords: 0 }));
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/auth/password')>();
  return {
    ...actual,
    verifyPassword: (password: string, stored: string) => {
      checked.passwords += 1;
      return actual.verifyPassword(password, stored);
    },
  };
});

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.db.deleteFrom('rate_limit_counters').execute();
  checked.passwords = 0;
});

const official = DEMO_STAFF.find((s) => s.roles.includes('official'))!;
const meta = (ip = '203.0.113.40') => ({ ip, userAgent: 'vitest' });
const BURST = 20;
const lastAuditId = async () => (await listAuditLog({ limit: 1 }, t.db))[0]?.id ?? 0;
async function auditActionsSince(id: number): Promise<Record<string, number>> {
  const entries = (await listAuditLog({ limit: 200 }, t.db)).filter((e) => e.id > id);
  const counts: Record<string, number> = {};
  for (const e of entries) counts[e.action] = (counts[e.action] ?? 0) + 1;
  return counts;
}
const reasons = (results: SignInResult[]) => results.map((r) => (r.ok ? 'ok' : r.reason));

describe(`${BURST} concurrent wrong passwords for one account`, () => {
  it.each([1, 2, 3, 4, 5])('round %i: exactly five passwords are checked, the rest refused unchecked', async () => {
    const since = await lastAuditId();
    const results = await Promise.all(Array.from({ length: BURST }, () => authenticateStaff({ email: official.email, password: 'wrong' }, meta(), t.db)));
    expect(checked.passwords).toBe(5);
    expect(reasons(results).filter((r) => r === 'invalid')).toHaveLength(4);
    expect(reasons(results).filter((r) => r === 'locked')).toHaveLength(BURST - 4);
    expect(await auditActionsSince(since)).toEqual({ 'auth.sign_in_failed': 5, 'auth.sign_in_locked': BURST - 5 });
    expect(await signInStatus(official.email, meta().ip, t.db)).toMatchObject({ locked: true, attemptsLeft: 0 });
  });

  it('the right password after a burst of ten wrong ones is refused unchecked', async () => {
    await Promise.all(Array.from({ length: 10 }, () => authenticateStaff({ email: official.email, password: 'wrong' }, meta(), t.db)));
    expect(checked.passwords).toBe(5);
    const right = await authenticateStaff({ email: official.email, password: official.password }, meta(), t.db);
    expect(right).toMatchObject({ ok: false, reason: 'locked' });
    expect(checked.passwords).toBe(5);
  });

  it('the per-address limit holds too: 40 at once against different accounts check 30 passwords', async () => {
    const since = await lastAuditId();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => authenticateStaff({ email: `nobody${i}@example.com`, password: 'wrong' }, meta('198.51.100.40'), t.db)),
    );
    expect(checked.passwords).toBe(30);
    // The 30th failure itself already answers 'locked' (it used up the address's allowance).
    expect(reasons(results).filter((r) => r === 'invalid')).toHaveLength(29);
    expect(await auditActionsSince(since)).toEqual({ 'auth.sign_in_failed': 30, 'auth.sign_in_locked': 10 });
    // Attempts refused by the address gave the accounts their place back.
    expect((await signInStatus('nobody0@example.com', null, t.db)).attemptsLeft).toBeGreaterThanOrEqual(4);
  });
});

describe('malformed sign-ins', () => {
  it('count against the account they name and the address, are audited, and check no password', async () => {
    const since = await lastAuditId();
    for (let i = 0; i < 5; i += 1) await recordMalformedSignIn({ email: ` ${official.email.toUpperCase()} `, password: '' }, ['password'], meta(), t.db);
    expect(checked.passwords).toBe(0);
    expect(await signInStatus(official.email, null, t.db)).toMatchObject({ locked: true });
    expect(await authenticateStaff({ email: official.email, password: official.password }, meta(), t.db)).toMatchObject({ ok: false, reason: 'locked' });
    expect(checked.passwords).toBe(0);

    const entries = (await listAuditLog({ limit: 20 }, t.db)).filter((e) => e.id > since && e.action === 'auth.sign_in_malformed');
    expect(entries).toHaveLength(5);
    expect(entries[0]).toMatchObject({ actorLabel: official.email, ip: meta().ip, details: { fields: ['password'], locked: false } });
  });

  it('never write what was sent, and count against the address without an e-mail', async () => {
    const since = await lastAuditId();
    await recordMalformedSignIn({ email: 'not-an-email<script>', password: 'secret-guess' }, ['email'], meta('198.51.100.41'), t.db);
    await recordMalformedSignIn({ password: 'secret-guess' }, ['email'], meta('198.51.100.41'), t.db);
    const entries = (await listAuditLog({ limit: 20 }, t.db)).filter((e) => e.id > since);
    expect(entries.map((e) => e.action)).toEqual(['auth.sign_in_malformed', 'auth.sign_in_malformed']);
    expect(entries.every((e) => e.actorLabel === 'unknown account')).toBe(true);
    expect(JSON.stringify(entries)).not.toMatch(/not-an-email|secret-guess/);
    expect((await signInStatus('nobody@example.com', '198.51.100.41', t.db)).locked).toBe(false);
    const ipRow = await t.db.selectFrom('rate_limit_counters').select('count').where('policy', '=', 'sign-in:ip').executeTakeFirstOrThrow();
    expect(ipRow.count).toBe(2);
  });
});
