/**
 * Citizen accounts end to end on the database (issue 12): registration → confirmation →
 * sign-in → lockout → reset → revocation, with the mail a recording mailer received.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAuditLog } from '@/lib/audit';
import { checkSession, endSessions } from '@/lib/auth/session-version';
import { listCarriers } from '@/lib/carriers/store';
import { changeCode, confirmEmail, registerCitizen, requestCodeReset, resetCode, type CitizenContext } from '@/lib/citizens/accounts';
import { isMobileBarcode } from '@/lib/citizens/barcode';
import { authenticateCitizen, citizenSignInStatus } from '@/lib/citizens/sign-in';
import { hashToken } from '@/lib/citizens/tokens';
import { DEMO_CITIZENS } from '@/lib/db/seed/citizens';
import { MailUnavailableError, recordingMailer, setMailerForTests, type MailMessage } from '@/lib/mail/mailer';
import { RateLimitError } from '@/lib/rate-limit/policies';
import { createTestDb, type TestDb } from './support/test-db';

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
  mail.sent.length = 0;
});

const meta = { ip: '203.0.113.60', userAgent: 'vitest' };
const ctx: CitizenContext = { locale: 'zh-Hant-TW', meta, origin: 'https://taxcloud.example' };
let n = 0;
const newEmail = () => `citizen-test-${n++}-${Date.now()}@example.com`;
const CODE = 'Start-code-1';

/** The token of the link in a mail (what a person would click). */
function linkToken(message: MailMessage | undefined, path: string): string {
  const match = new RegExp(`https://taxcloud\\.example${path.replace(/\//g, '\\/')}\\?token=([A-Za-z0-9_-]{43})`).exec(message?.text ?? '');
  if (!match) throw new Error(`No ${path} link in: ${message?.text}`);
  return match[1]!;
}
const barcodeIn = (message: MailMessage | undefined) => /\/[0-9A-Z.+-]{7}/.exec(message?.text ?? '')?.[0] ?? '';
const lastActions = async (count: number) => (await listAuditLog({ limit: count }, t.db)).map((e) => e.action).reverse();

async function registered(email = newEmail(), code = CODE) {
  await registerCitizen({ email, code }, ctx, t.db);
  const message = mail.sent.at(-1);
  return { email, code, barcode: barcodeIn(message), token: linkToken(message, '/register/confirm') };
}

describe('demo citizens', () => {
  it.each(DEMO_CITIZENS)('$barcode signs in with its code', async (citizen) => {
    const result = await authenticateCitizen({ barcode: citizen.barcode, code: citizen.code }, meta, t.db);
    expect(result).toMatchObject({ ok: true, user: { barcode: citizen.barcode, email: citizen.email } });
  });
});

describe('registration and confirmation', () => {
  it('issues a valid barcode, mails a confirmation link, and signs in only after confirming', async () => {
    const { email, barcode, token } = await registered();
    expect(isMobileBarcode(barcode)).toBe(true);
    expect(mail.sent[0]).toMatchObject({ to: email, subject: '稅務雲：請確認您的電子郵件' });
    // Only the hash of the link is stored.
    const stored = await t.db.selectFrom('citizen_tokens').select('token_hash').where('token_hash', '=', hashToken(token)).executeTakeFirst();
    expect(stored).toBeDefined();
    expect(await t.db.selectFrom('citizen_tokens').select('id').where('token_hash', '=', token).executeTakeFirst()).toBeUndefined();

    expect(await authenticateCitizen({ barcode, code: CODE }, meta, t.db)).toMatchObject({ ok: false, reason: 'unconfirmed' });
    expect(await confirmEmail(token, meta, t.db)).toEqual({ ok: true, barcode });
    const signedIn = await authenticateCitizen({ barcode, code: CODE }, meta, t.db);
    expect(signedIn).toMatchObject({ ok: true, user: { barcode, email } });
    // The barcode is a carrier of theirs from now on, like any linked card.
    const owner = (await t.db.selectFrom('users').select('id').where('mobile_barcode', '=', barcode).executeTakeFirstOrThrow()).id;
    expect((await listCarriers(owner, { db: t.db })).map((c) => [c.typeCode, c.number])).toEqual([['3J0002', barcode]]);
    // A link works once.
    expect(await confirmEmail(token, meta, t.db)).toEqual({ ok: false, problem: 'used' });
    expect(await lastActions(3)).toEqual(['auth.sign_in_unconfirmed', 'citizen.email_confirm', 'auth.sign_in']);
  });

  it('a second registration of a waiting address sends a fresh link and retires the old one', async () => {
    const first = await registered();
    const second = await registered(first.email, 'Second-code-2');
    expect(second.barcode).toBe(first.barcode);
    expect(await confirmEmail(first.token, meta, t.db)).toEqual({ ok: false, problem: 'used' });
    expect(await confirmEmail(second.token, meta, t.db)).toMatchObject({ ok: true });
    expect(await authenticateCitizen({ barcode: first.barcode, code: 'Second-code-2' }, meta, t.db)).toMatchObject({ ok: true });
  });

  it('an address that has an account gets a notice, and nothing changes', async () => {
    const demo = DEMO_CITIZENS[0]!;
    const before = await t.db.selectFrom('users').select(['password_hash', 'session_version']).where('email', '=', demo.email).executeTakeFirstOrThrow();
    await registerCitizen({ email: demo.email, code: 'Other-code-9' }, ctx, t.db);
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]!.subject).toBe('稅務雲：這個電子郵件已經註冊過');
    expect(mail.sent[0]!.text).toContain(demo.barcode);
    const after = await t.db.selectFrom('users').select(['password_hash', 'session_version']).where('email', '=', demo.email).executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    expect(await lastActions(1)).toEqual(['citizen.register_existing']);
    // A staff address is not taken over either.
    await registerCitizen({ email: 'admin@taxcloud.example', code: 'Other-code-9' }, ctx, t.db);
    expect(await t.db.selectFrom('users').select('kind').where('email', '=', 'admin@taxcloud.example').executeTakeFirstOrThrow()).toEqual({ kind: 'staff' });
  });

  it('without a mailer nothing is created and the caller is told', async () => {
    setMailerForTests(null);
    const email = newEmail();
    try {
      await expect(registerCitizen({ email, code: CODE }, ctx, t.db)).rejects.toBeInstanceOf(MailUnavailableError);
      await expect(requestCodeReset(email, ctx, t.db)).rejects.toBeInstanceOf(MailUnavailableError);
    } finally {
      setMailerForTests(mail);
    }
    expect(await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()).toBeUndefined();
  });

  it('is rate limited per address (3 an hour) and per IP (10 an hour), with a retry time', async () => {
    const email = newEmail();
    for (let i = 0; i < 3; i++) await registerCitizen({ email, code: CODE }, ctx, t.db);
    const refused = await registerCitizen({ email, code: CODE }, ctx, t.db).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitError);
    expect((refused as RateLimitError).policy).toBe('register:email');
    expect((refused as RateLimitError).retryAfterSeconds).toBeGreaterThan(55 * 60);
    expect(await lastActions(1)).toEqual(['citizen.register_refused']);
    const ip = { ...ctx, meta: { ip: '198.51.100.61', userAgent: 'vitest' } };
    for (let i = 0; i < 10; i++) await registerCitizen({ email: newEmail(), code: CODE }, ip, t.db);
    await expect(registerCitizen({ email: newEmail(), code: CODE }, ip, t.db)).rejects.toMatchObject({ policy: 'register:ip' });
  });
});

describe('sign-in lockout', () => {
  it('5 wrong codes lock the barcode for 15 minutes, said with the minutes left; the right code is refused meanwhile', async () => {
    const demo = DEMO_CITIZENS[1]!;
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await authenticateCitizen({ barcode: demo.barcode, code: 'Wrong-code-1' }, meta, t.db));
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'locked']);
    expect(results.slice(0, 4).map((r) => (r.ok ? 0 : r.attemptsLeft))).toEqual([4, 3, 2, 1]);
    const right = await authenticateCitizen({ barcode: demo.barcode, code: demo.code }, meta, t.db);
    expect(right).toMatchObject({ ok: false, reason: 'locked' });
    const status = await citizenSignInStatus(demo.barcode, meta.ip, t.db);
    expect(status.locked).toBe(true);
    expect(status.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(status.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(await lastActions(2)).toEqual(['auth.sign_in_failed', 'auth.sign_in_locked']);
  });

  it('an unknown barcode fails like a wrong code, and counts too', async () => {
    expect(await authenticateCitizen({ barcode: '/ZZZZZZZ', code: 'Whatever-1' }, meta, t.db)).toMatchObject({ ok: false, reason: 'invalid', attemptsLeft: 4 });
  });
});

describe('reset by e-mailed link', () => {
  it('mails a one-hour link to a known address only, and answers the same for an unknown one', async () => {
    await requestCodeReset(newEmail(), ctx, t.db);
    expect(mail.sent).toHaveLength(0);
    const demo = DEMO_CITIZENS[2]!;
    await requestCodeReset(demo.email, { ...ctx, locale: 'en' }, t.db);
    expect(mail.sent[0]).toMatchObject({ to: demo.email, subject: 'Tax Cloud: reset your verification code' });
    expect(mail.sent[0]!.text).toContain('https://taxcloud.example/en/sign-in/reset/new?token=');
  });

  it('sets a new code, lifts the lockout, ends every session, and works once', async () => {
    const { email, barcode, token: confirmToken } = await registered();
    await confirmEmail(confirmToken, meta, t.db);
    const signedIn = await authenticateCitizen({ barcode, code: CODE }, meta, t.db);
    if (!signedIn.ok) throw new Error('sign-in failed');
    const claims = { userId: signedIn.user.id, sessionVersion: signedIn.user.sessionVersion };
    for (let i = 0; i < 5; i++) await authenticateCitizen({ barcode, code: 'Wrong-code-1' }, meta, t.db);
    expect((await citizenSignInStatus(barcode, null, t.db)).locked).toBe(true);

    await requestCodeReset(email, ctx, t.db);
    const token = linkToken(mail.sent.at(-1), '/sign-in/reset/new');
    expect(await resetCode(token, 'Fresh-code-3', meta, t.db)).toEqual({ ok: true, barcode });
    expect(await checkSession(claims, t.db)).toBeNull();
    expect((await citizenSignInStatus(barcode, null, t.db)).locked).toBe(false);
    expect(await authenticateCitizen({ barcode, code: CODE }, meta, t.db)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await authenticateCitizen({ barcode, code: 'Fresh-code-3' }, meta, t.db)).toMatchObject({ ok: true });
    expect(await resetCode(token, 'Other-code-4', meta, t.db)).toEqual({ ok: false, problem: 'used' });
    expect(await resetCode('A'.repeat(43), 'Other-code-4', meta, t.db)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('an expired link is refused', async () => {
    await requestCodeReset(DEMO_CITIZENS[2]!.email, ctx, t.db);
    const token = linkToken(mail.sent.at(-1), '/sign-in/reset/new');
    await t.db.updateTable('citizen_tokens').set({ expires_at: new Date(Date.now() - 1000) }).where('token_hash', '=', hashToken(token)).execute();
    expect(await resetCode(token, 'Other-code-4', meta, t.db)).toEqual({ ok: false, problem: 'expired' });
    expect(await authenticateCitizen({ barcode: DEMO_CITIZENS[2]!.barcode, code: DEMO_CITIZENS[2]!.code }, meta, t.db)).toMatchObject({ ok: true });
  });

  it('a reset link also confirms an address that was still waiting', async () => {
    const { email, barcode } = await registered();
    await requestCodeReset(email, ctx, t.db);
    await resetCode(linkToken(mail.sent.at(-1), '/sign-in/reset/new'), 'Fresh-code-5', meta, t.db);
    expect(await authenticateCitizen({ barcode, code: 'Fresh-code-5' }, meta, t.db)).toMatchObject({ ok: true });
  });
});

describe('code change and sign-out', () => {
  it('a change asks the current code, ends every session and mails a notice', async () => {
    const { barcode, token } = await registered();
    await confirmEmail(token, meta, t.db);
    const signedIn = await authenticateCitizen({ barcode, code: CODE }, meta, t.db);
    if (!signedIn.ok) throw new Error('sign-in failed');
    const claims = { userId: signedIn.user.id, sessionVersion: signedIn.user.sessionVersion };
    mail.sent.length = 0;

    const wrong = await changeCode(signedIn.user.id, { currentCode: 'Not-it-000', code: 'Newer-code-6' }, ctx, t.db, mail);
    expect(wrong).toMatchObject({ ok: false, reason: 'wrong', attemptsLeft: 4 });
    expect(await checkSession(claims, t.db)).not.toBeNull();

    expect(await changeCode(signedIn.user.id, { currentCode: CODE, code: 'Newer-code-6' }, ctx, t.db, mail)).toEqual({ ok: true });
    expect(await checkSession(claims, t.db)).toBeNull();
    expect(mail.sent[0]!.subject).toBe('稅務雲：您的驗證碼已變更');
    expect(await authenticateCitizen({ barcode, code: 'Newer-code-6' }, meta, t.db)).toMatchObject({ ok: true });
    expect((await lastActions(3)).slice(0, 2)).toEqual(['citizen.code_change_failed', 'citizen.code_change']);
  });

  it('sign-out ends every session of the citizen', async () => {
    const demo = DEMO_CITIZENS[0]!;
    const a = await authenticateCitizen({ barcode: demo.barcode, code: demo.code }, meta, t.db);
    const b = await authenticateCitizen({ barcode: demo.barcode, code: demo.code }, meta, t.db);
    if (!a.ok || !b.ok) throw new Error('sign-in failed');
    const claimsA = { userId: a.user.id, sessionVersion: a.user.sessionVersion };
    expect(await checkSession(claimsA, t.db)).toMatchObject({ kind: 'citizen', name: demo.barcode, email: demo.email, roles: [] });
    expect(await endSessions(claimsA, t.db)).toMatchObject({ id: a.user.id });
    expect(await checkSession({ userId: b.user.id, sessionVersion: b.user.sessionVersion }, t.db)).toBeNull();
  });
});
