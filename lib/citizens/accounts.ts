/**
 * Registration, e-mail confirmation, and change and reset of the verification code. Each change
 * is one transaction with its audit entry; those that must end sessions bump the session version
 * (lib/auth/session-version.ts) in the same transaction. Mail goes out after the commit through
 * lib/mail; with no mailer, nothing is changed and the caller says mail is unavailable.
 *
 * Answers never reveal whether an address has an account: registering a known address mails
 * its owner a notice instead, and a reset for an unknown address sends nothing, both answered
 * like any other.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from '@/lib/audit';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { ADDRESS_POLICY, gateStatus, reserveSignIn } from '@/lib/auth/sign-in-gate';
import { bumpSessionVersion } from '@/lib/auth/session-version';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import type { RequestMeta } from '@/lib/http/request-meta';
import { localePath, type Locale } from '@/lib/i18n/routing';
import { getMailer, requireMailer, type Mailer } from '@/lib/mail/mailer';
import type { PolicyName } from '@/lib/rate-limit/policies';
import { RateLimitError, clearAttempts, releaseAttempt, reserveAttempt } from '@/lib/rate-limit/store';
import { generateBarcode } from './barcode';
import { composeMail } from './mail-text';
import { barcodeTaken, consumeToken, findAccountByEmail, findCitizenById, issueToken } from './store';
import { TOKEN_LIFETIME_SECONDS } from './tokens';
import { ensureBarcodeCarrier } from '@/lib/einvoice-world/registrant';

/** Where the request came from and which language its mail is in. `origin`: the site's public origin. */
export type CitizenContext = { locale: Locale; meta: RequestMeta; origin: string };

export const CONFIRM_PATH = '/register/confirm';
export const RESET_PATH = '/sign-in/reset/new';
export const SIGN_IN_POLICY = 'citizen-sign-in:account' satisfies PolicyName;

function link(ctx: CitizenContext, path: string, token?: string): string {
  return `${ctx.origin}${localePath(ctx.locale, path)}${token ? `?token=${token}` : ''}`;
}

/** Both limits are counted before anything is done; the first one over says how long to wait. */
async function assertLimits(db: Kysely<Database>, limits: [PolicyName, string | null][]): Promise<void> {
  for (const [policy, key] of limits) {
    if (!key) continue;
    const reservation = await reserveAttempt(db, policy, key);
    if (!reservation.allowed) throw new RateLimitError(policy, reservation.verdict.retryAfterSeconds);
  }
}

async function newBarcode(db: Kysely<Database>): Promise<string> {
  // 39^7 ≈ 1.4 × 10^11 barcodes: a clash is rare, and the unique index has the last word.
  for (;;) {
    const bytes = randomBytes(64);
    let i = 0;
    const barcode = generateBarcode(() => bytes[i++ % bytes.length]!);
    if (!(await barcodeTaken(db, barcode))) return barcode;
  }
}

export type RegisterInput = { email: string; code: string };

/**
 * Registers an address with a chosen code. A new address gets a mobile barcode and a
 * confirmation link; one that is waiting for confirmation gets the new code and a fresh link;
 * one that already has an account gets a notice. Throws RateLimitError or MailUnavailableError.
 */
export async function registerCitizen(input: RegisterInput, ctx: CitizenContext, database?: Kysely<Database>): Promise<void> {
  const db = await resolveDb(database);
  const mailer = await requireMailer();
  const email = input.email.trim().toLowerCase();
  try {
    await assertLimits(db, [
      ['register:ip', ctx.meta.ip],
      ['register:email', email],
    ]);
  } catch (error) {
    if (error instanceof RateLimitError) {
      await recordAudit({ actor: { id: null, label: email }, action: 'citizen.register_refused', details: { policy: error.policy }, meta: ctx.meta }, db);
    }
    throw error;
  }
  // Hash before the transaction: scrypt takes ~100 ms and should hold no lock meanwhile.
  const codeHash = await hashPassword(input.code);
  const hours = TOKEN_LIFETIME_SECONDS['confirm-email'] / 3600;

  const existing = await findAccountByEmail(db, email);
  if (existing && (existing.kind === 'staff' || existing.citizen?.confirmed)) {
    const citizen = existing.citizen;
    await recordAudit({ actor: { id: citizen?.id ?? null, label: citizen?.barcode ?? email }, action: 'citizen.register_existing', meta: ctx.meta }, db);
    const mail = citizen
      ? composeMail('existing', ctx.locale, email, { barcode: citizen.barcode, signInLink: link(ctx, '/sign-in'), resetLink: link(ctx, '/sign-in/reset') })
      : composeMail('existingStaff', ctx.locale, email, {});
    await mailer.send(mail);
    return;
  }

  const { barcode, token } = await db.transaction().execute(async (trx) => {
    let userId: string;
    let barcode: string;
    if (existing?.citizen) {
      // Still unconfirmed: whoever confirms from this mailbox gets the code chosen last.
      userId = existing.citizen.id;
      barcode = existing.citizen.barcode;
      await trx.updateTable('users').set({ password_hash: codeHash, updated_at: new Date() }).where('id', '=', userId).execute();
    } else {
      barcode = await newBarcode(trx);
      const row = await trx
        .insertInto('users')
        .values({ email, display_name: barcode, kind: 'citizen', password_hash: codeHash, mobile_barcode: barcode })
        .returning('id')
        .executeTakeFirstOrThrow();
      userId = row.id;
    }
    const token = await issueToken(trx, userId, 'confirm-email');
    await recordAudit({ actor: { id: userId, label: barcode }, action: 'citizen.register', details: { again: Boolean(existing) }, meta: ctx.meta }, trx);
    return { barcode, token };
  });
  await mailer.send(composeMail('confirm', ctx.locale, email, { barcode, link: link(ctx, CONFIRM_PATH, token), hours }));
}

export type TokenOutcome = { ok: true; barcode: string } | { ok: false; problem: 'invalid' | 'used' | 'expired' };

/** Confirms the address of the account a confirmation link was sent for. */
export async function confirmEmail(token: string, meta: RequestMeta, database?: Kysely<Database>): Promise<TokenOutcome> {
  const db = await resolveDb(database);
  return db.transaction().execute(async (trx) => {
    const use = await consumeToken(trx, token, 'confirm-email');
    if (!use.ok) return use;
    const row = await trx
      .updateTable('users')
      .set((eb) => ({ email_verified_at: eb.fn.coalesce('email_verified_at', eb.val(new Date())), updated_at: new Date() }))
      .where('id', '=', use.userId)
      .returning(['mobile_barcode'])
      .executeTakeFirstOrThrow();
    const barcode = row.mobile_barcode ?? '';
    if (barcode) await ensureBarcodeCarrier(trx, use.userId, barcode, new Date());
    await recordAudit({ actor: { id: use.userId, label: barcode }, action: 'citizen.email_confirm', meta }, trx);
    return { ok: true as const, barcode };
  });
}

/** Mails a reset link to a citizen's address. Unknown addresses get nothing, and the same answer. */
export async function requestCodeReset(emailInput: string, ctx: CitizenContext, database?: Kysely<Database>): Promise<void> {
  const db = await resolveDb(database);
  const mailer = await requireMailer();
  const email = emailInput.trim().toLowerCase();
  try {
    await assertLimits(db, [
      ['code-reset:ip', ctx.meta.ip],
      ['code-reset:email', email],
    ]);
  } catch (error) {
    if (error instanceof RateLimitError) {
      await recordAudit({ actor: { id: null, label: email }, action: 'citizen.code_reset_refused', details: { policy: error.policy }, meta: ctx.meta }, db);
    }
    throw error;
  }
  const account = await findAccountByEmail(db, email);
  const citizen = account?.citizen && !account.citizen.disabled ? account.citizen : null;
  await recordAudit({ actor: { id: citizen?.id ?? null, label: citizen?.barcode ?? 'unknown account' }, action: 'citizen.code_reset_request', meta: ctx.meta }, db);
  if (!citizen) return;
  const token = await issueToken(db, citizen.id, 'reset-code');
  const minutes = TOKEN_LIFETIME_SECONDS['reset-code'] / 60;
  await mailer.send(composeMail('reset', ctx.locale, email, { barcode: citizen.barcode, link: link(ctx, RESET_PATH, token), minutes }));
}

/**
 * Sets a new code from a reset link. The link proves the mailbox, so it also confirms the
 * address and lifts a lockout; every session of the account ends.
 */
export async function resetCode(token: string, newCode: string, meta: RequestMeta, database?: Kysely<Database>): Promise<TokenOutcome> {
  const db = await resolveDb(database);
  const codeHash = await hashPassword(newCode);
  const outcome = await db.transaction().execute(async (trx) => {
    const use = await consumeToken(trx, token, 'reset-code');
    if (!use.ok) return use;
    const row = await trx
      .updateTable('users')
      .set((eb) => ({ password_hash: codeHash, email_verified_at: eb.fn.coalesce('email_verified_at', eb.val(new Date())) }))
      .where('id', '=', use.userId)
      .returning(['mobile_barcode'])
      .executeTakeFirstOrThrow();
    await bumpSessionVersion(use.userId, trx);
    const barcode = row.mobile_barcode ?? '';
    if (barcode) await ensureBarcodeCarrier(trx, use.userId, barcode, new Date());
    await recordAudit({ actor: { id: use.userId, label: barcode }, action: 'citizen.code_reset', meta }, trx);
    return { ok: true as const, barcode };
  });
  if (outcome.ok) await clearAttempts(db, SIGN_IN_POLICY, outcome.barcode);
  return outcome;
}

export type ChangeOutcome = { ok: true } | { ok: false; reason: 'wrong' | 'locked'; retryAfterSeconds: number; attemptsLeft: number };

/**
 * Changes the code of a signed-in citizen, who must give the current one (a session left open
 * on a shared computer is not enough). Wrong current codes count against the sign-in lockout.
 * On success every session ends, this one included, and the owner is told by mail.
 */
export async function changeCode(
  userId: string,
  input: { currentCode: string; code: string },
  ctx: CitizenContext,
  database?: Kysely<Database>,
  mailer?: Mailer | null,
): Promise<ChangeOutcome> {
  const db = await resolveDb(database);
  const citizen = await findCitizenById(db, userId);
  if (!citizen) return { ok: false, reason: 'wrong', retryAfterSeconds: 0, attemptsLeft: 0 };
  const gate = await reserveSignIn(db, SIGN_IN_POLICY, citizen.barcode, ctx.meta.ip);
  const actor = { id: citizen.id, label: citizen.barcode };
  if (!gate.allowed || !(await verifyPassword(input.currentCode, citizen.codeHash))) {
    await recordAudit({ actor, action: 'citizen.code_change_failed', details: { locked: !gate.allowed }, meta: ctx.meta }, db);
    const status = gateStatus(gate);
    return { ok: false, reason: status.locked ? 'locked' : 'wrong', retryAfterSeconds: status.retryAfterSeconds, attemptsLeft: status.attemptsLeft };
  }
  await clearAttempts(db, SIGN_IN_POLICY, citizen.barcode);
  if (ctx.meta.ip) await releaseAttempt(db, ADDRESS_POLICY, ctx.meta.ip);
  const codeHash = await hashPassword(input.code);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: codeHash }).where('id', '=', userId).execute();
    await bumpSessionVersion(userId, trx);
    await recordAudit({ actor, action: 'citizen.code_change', meta: ctx.meta }, trx);
  });
  // A notice only: the change is done whether or not it can be mailed.
  const notify = mailer === undefined ? await getMailer() : mailer;
  if (notify && citizen.email) {
    await notify
      .send(composeMail('codeChanged', ctx.locale, citizen.email, { barcode: citizen.barcode, resetLink: link(ctx, '/sign-in/reset') }))
      .catch(() => console.warn('[citizens] the code-change notice could not be mailed'));
  }
  return { ok: true };
}
