/**
 * The citizen's prize bank account. The number is read back only masked (last 4 digits), and a
 * change needs the verification code again: a session left open on a shared computer must not
 * be enough to redirect someone's prizes. Wrong codes count against a rate limit, so this form
 * cannot be used to guess the code.
 */
import 'server-only';
import { recordAudit } from '@/lib/audit';
import { dummyHash, verifyPassword } from '@/lib/auth/password';
import type { CitizenContext } from '@/lib/carriers/context';
import { actorOf } from '@/lib/carriers/context';
import { resolveDb } from '@/lib/db';
import { releaseAttempt, reserveAttempt } from '@/lib/rate-limit/store';
import { maskAccountNumber } from './rules';
import type { BankAccountInput } from './schemas';

export type BankAccountDto = { bankCode: string; accountNumberMasked: string; last4: string; updatedAt: Date };

export async function getBankAccount(ownerId: string, ctx: CitizenContext = {}): Promise<BankAccountDto | null> {
  const db = await resolveDb(ctx.db);
  const row = await db.selectFrom('bank_accounts').select(['bank_code', 'account_number', 'updated_at']).where('owner_id', '=', ownerId).executeTakeFirst();
  if (!row) return null;
  return { bankCode: row.bank_code, accountNumberMasked: maskAccountNumber(row.account_number), last4: row.account_number.slice(-4), updatedAt: new Date(row.updated_at) };
}

export type SetBankAccountResult =
  | { ok: true; account: BankAccountDto }
  | { ok: false; code: 'wrong_code'; remaining: number }
  | { ok: false; code: 'rate_limited'; retryAfterSeconds: number };

export async function setBankAccount(ownerId: string, input: BankAccountInput, ctx: CitizenContext = {}): Promise<SetBankAccountResult> {
  const db = await resolveDb(ctx.db);
  const actor = actorOf(ownerId, ctx);
  const attempt = await reserveAttempt(db, 'bank-account:verify', ownerId);
  if (!attempt.allowed) {
    await recordAudit({ actor, action: 'bank_account.change_refused', details: { reason: 'rate_limited' }, meta: ctx.meta }, db);
    return { ok: false, code: 'rate_limited', retryAfterSeconds: attempt.verdict.retryAfterSeconds };
  }
  const user = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', ownerId)
    .where('kind', '=', 'citizen')
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  // Always one scrypt, so the answer's timing says nothing about the account.
  const matches = await verifyPassword(input.verificationCode, user?.password_hash ?? (await dummyHash()));
  if (!user?.password_hash || !matches) {
    await recordAudit({ actor, action: 'bank_account.change_refused', details: { reason: 'wrong_code' }, meta: ctx.meta }, db);
    return { ok: false, code: 'wrong_code', remaining: attempt.verdict.remaining };
  }
  await releaseAttempt(db, 'bank-account:verify', ownerId);
  const row = await db
    .insertInto('bank_accounts')
    .values({ owner_id: ownerId, bank_code: input.bankCode, account_number: input.accountNumber, updated_at: new Date() })
    .onConflict((oc) => oc.column('owner_id').doUpdateSet({ bank_code: input.bankCode, account_number: input.accountNumber, updated_at: new Date() }))
    .returning(['bank_code', 'account_number', 'updated_at'])
    .executeTakeFirstOrThrow();
  // The audit keeps what the owner can see anyway: bank code and last 4 digits, never the number.
  await recordAudit({ actor, action: 'bank_account.change', details: { bankCode: row.bank_code, last4: row.account_number.slice(-4) }, meta: ctx.meta }, db);
  return {
    ok: true,
    account: { bankCode: row.bank_code, accountNumberMasked: maskAccountNumber(row.account_number), last4: row.account_number.slice(-4), updatedAt: new Date(row.updated_at) },
  };
}

/**
 * When the owner's prize account was first set (changes keep it), for the automatic-payment
 * status of a prize (payout.ts); null without an account.
 */
export async function prizeAccountSince(ownerId: string, ctx: CitizenContext = {}): Promise<Date | null> {
  const db = await resolveDb(ctx.db);
  const row = await db.selectFrom('bank_accounts').select('created_at').where('owner_id', '=', ownerId).executeTakeFirst();
  return row ? new Date(row.created_at) : null;
}
