/**
 * Citizen sign-in and e-mail links under concurrency (run it on Postgres with TEST_DATABASE_URL
 * for real parallel connections): a burst of wrong codes checks no more than the limit allows,
 * and a one-time link used twice at once works once.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { confirmEmail, registerCitizen, requestCodeReset, resetCode } from '@/lib/citizens/accounts';
import { authenticateCitizen, type CitizenSignInResult } from '@/lib/citizens/sign-in';
import { DEMO_CITIZENS } from '@/lib/db/seed/citizens';
import { recordingMailer, setMailerForTests } from '@/lib/mail/mailer';
import { createTestDb, type TestDb } from './support/test-db';

const checked = vi.hoisted(() => ({ codes: 0 }));
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/auth/password')>();
  return {
    ...actual,
    verifyPassword: (password: string, stored: string) => {
      checked.codes += 1;
      return actual.verifyPassword(password, stored);
    },
  };
});

let t: TestDb;
const mail = recordingMailer();
beforeAll(async () => {
  t = await createTestDb();
  setMailerForTests(mail);
});
afterAll(async () => {
  setMailerForTests(undefined);
  await t?.close();
});
beforeEach(async () => {
  await t.db.deleteFrom('rate_limit_counters').execute();
  checked.codes = 0;
  mail.sent.length = 0;
});

const meta = { ip: '203.0.113.70', userAgent: 'vitest' };
const ctx = { locale: 'zh-Hant-TW' as const, meta, origin: 'https://taxcloud.example' };
const reasons = (results: CitizenSignInResult[]) => results.map((r) => (r.ok ? 'ok' : r.reason));
const tokenIn = (text: string | undefined) => /token=([A-Za-z0-9_-]{43})/.exec(text ?? '')![1]!;

describe('20 concurrent wrong codes for one barcode', () => {
  it.each([1, 2, 3])('round %i: exactly five codes are checked, the rest refused unchecked', async () => {
    const demo = DEMO_CITIZENS[0]!;
    const results = await Promise.all(Array.from({ length: 20 }, () => authenticateCitizen({ barcode: demo.barcode, code: 'Wrong-code-1' }, meta, t.db)));
    expect(checked.codes).toBe(5);
    expect(reasons(results).filter((r) => r === 'invalid')).toHaveLength(4);
    expect(reasons(results).filter((r) => r === 'locked')).toHaveLength(16);
    const right = await authenticateCitizen({ barcode: demo.barcode, code: demo.code }, meta, t.db);
    expect(right).toMatchObject({ ok: false, reason: 'locked' });
    expect(checked.codes).toBe(5);
  });
});

describe('one-time links used twice at once', () => {
  it('a confirmation link confirms once', async () => {
    const email = `race-${Date.now()}@example.com`;
    await registerCitizen({ email, code: 'Start-code-1' }, ctx, t.db);
    const token = tokenIn(mail.sent.at(-1)?.text);
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => confirmEmail(token, meta, t.db)));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok).map((o) => !o.ok && o.problem)).toEqual(['used', 'used', 'used', 'used']);
  });

  it('a reset link sets one code, not several', async () => {
    const demo = DEMO_CITIZENS[1]!;
    await requestCodeReset(demo.email, ctx, t.db);
    const token = tokenIn(mail.sent.at(-1)?.text);
    const codes = ['Race-code-A1', 'Race-code-B2', 'Race-code-C3'];
    const outcomes = await Promise.all(codes.map((code) => resetCode(token, code, meta, t.db)));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const winner = codes[outcomes.findIndex((o) => o.ok)]!;
    expect(await authenticateCitizen({ barcode: demo.barcode, code: winner }, meta, t.db)).toMatchObject({ ok: true });
  });
});
