/**
 * Citizen accounts as sign-in, registration and reset need them. Server-only; returns DTOs (the
 * code's hash never leaves lib/citizens and lib/auth).
 */
import 'server-only';
import type { Kysely } from 'kysely';
import type { CitizenTokenPurpose, Database } from '@/lib/db/schema';
import { hashToken, newToken, tokenExpiry, tokenProblem } from './tokens';

export type CitizenCredentials = {
  id: string;
  barcode: string;
  email: string;
  codeHash: string;
  confirmed: boolean;
  disabled: boolean;
  sessionVersion: number;
};

const CREDENTIAL_COLUMNS = ['id', 'mobile_barcode', 'email', 'password_hash', 'email_verified_at', 'disabled_at', 'session_version'] as const;

type CredentialRow = {
  id: string;
  mobile_barcode: string | null;
  email: string | null;
  password_hash: string | null;
  email_verified_at: Date | null;
  disabled_at: Date | null;
  session_version: number;
};

function toCredentials(row: CredentialRow | undefined): CitizenCredentials | null {
  if (!row?.mobile_barcode || !row.password_hash) return null;
  return {
    id: row.id,
    barcode: row.mobile_barcode,
    email: row.email ?? '',
    codeHash: row.password_hash,
    confirmed: row.email_verified_at !== null,
    disabled: row.disabled_at !== null,
    sessionVersion: row.session_version,
  };
}

export async function findCitizenByBarcode(db: Kysely<Database>, barcode: string): Promise<CitizenCredentials | null> {
  const row = await db.selectFrom('users').select(CREDENTIAL_COLUMNS).where('mobile_barcode', '=', barcode).where('kind', '=', 'citizen').executeTakeFirst();
  return toCredentials(row);
}

export async function findCitizenById(db: Kysely<Database>, id: string): Promise<CitizenCredentials | null> {
  const row = await db.selectFrom('users').select(CREDENTIAL_COLUMNS).where('id', '=', id).where('kind', '=', 'citizen').executeTakeFirst();
  return toCredentials(row);
}

/** Any account (staff too) holding the address: e-mail addresses are unique across users. */
export async function findAccountByEmail(db: Kysely<Database>, email: string) {
  const row = await db
    .selectFrom('users')
    .select([...CREDENTIAL_COLUMNS, 'kind'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!row) return null;
  return { kind: row.kind, citizen: row.kind === 'citizen' ? toCredentials(row) : null };
}

export async function barcodeTaken(db: Kysely<Database>, barcode: string): Promise<boolean> {
  return Boolean(await db.selectFrom('users').select('id').where('mobile_barcode', '=', barcode).executeTakeFirst());
}

/** Issues a one-time link token; earlier unused tokens of the same purpose stop working. */
export async function issueToken(db: Kysely<Database>, userId: string, purpose: CitizenTokenPurpose, now = new Date()): Promise<string> {
  await db
    .updateTable('citizen_tokens')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
  const token = newToken();
  await db
    .insertInto('citizen_tokens')
    .values({ user_id: userId, purpose, token_hash: hashToken(token), expires_at: tokenExpiry(purpose, now) })
    .execute();
  return token;
}

export type TokenUse = { ok: true; userId: string } | { ok: false; problem: 'invalid' | 'used' | 'expired' };

/**
 * Uses a token: one UPDATE that succeeds only while it is unused and unexpired, so of two
 * concurrent uses exactly one wins. A failure is then classified for the message.
 */
export async function consumeToken(db: Kysely<Database>, token: string, purpose: CitizenTokenPurpose, now = new Date()): Promise<TokenUse> {
  const tokenHash = hashToken(token);
  const used = await db
    .updateTable('citizen_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  if (used) return { ok: true, userId: used.user_id };
  const row = await db
    .selectFrom('citizen_tokens')
    .select(['expires_at', 'used_at'])
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  const problem = tokenProblem(row ? { expiresAt: new Date(row.expires_at), usedAt: row.used_at ? new Date(row.used_at) : null } : null, now) ?? 'used';
  return { ok: false, problem };
}

/** Read only: may the token still be used? (The landing page asks before showing its form.) */
export async function peekToken(db: Kysely<Database>, token: string, purpose: CitizenTokenPurpose, now = new Date()) {
  const row = await db
    .selectFrom('citizen_tokens')
    .select(['expires_at', 'used_at'])
    .where('token_hash', '=', hashToken(token))
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  return tokenProblem(row ? { expiresAt: new Date(row.expires_at), usedAt: row.used_at ? new Date(row.used_at) : null } : null, now);
}
