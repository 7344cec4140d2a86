/**
 * The prize bank account: shown masked, changed only with the verification code, wrong codes
 * rate-limited and audited, and one citizen never sees another's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '@/lib/audit';
import { getBankAccount, prizeAccountSince, setBankAccount } from '@/lib/bank-account/store';
import { createTestDb, type TestDb } from './support/test-db';
import { createCitizen } from './support/world';

let t: TestDb;
let alice: string;
let bob: string;
const CODE = 'Alice-code-42!';

beforeAll(async () => {
  t = await createTestDb();
  alice = await createCitizen(t.db, 'Alice', CODE);
  bob = await createCitizen(t.db, 'Bob');
});
afterAll(() => t?.close());

const ctx = () => ({ db: t.db, actorLabel: 'alice', meta: { ip: '203.0.113.7', userAgent: 'vitest' } });
const input = (verificationCode: string, accountNumber = '0012345678901') => ({ bankCode: '007', accountNumber, verificationCode });

describe('bank account', () => {
  it('is empty at first', async () => {
    expect(await getBankAccount(alice, ctx())).toBeNull();
  });

  it('is not changed with a wrong verification code, and the refusal is audited', async () => {
    expect(await setBankAccount(alice, input('wrong-code'), ctx())).toEqual({ ok: false, code: 'wrong_code', remaining: 4 });
    expect(await getBankAccount(alice, ctx())).toBeNull();
    expect((await listAuditLog({ limit: 1 }, t.db))[0]).toMatchObject({ action: 'bank_account.change_refused', details: { reason: 'wrong_code' } });
  });

  it('is set with the right code and read back masked; the audit keeps only the last 4 digits', async () => {
    const result = await setBankAccount(alice, input(CODE), ctx());
    expect(result).toMatchObject({ ok: true, account: { bankCode: '007', accountNumberMasked: '•••••••••8901', last4: '8901' } });
    expect(await getBankAccount(alice, ctx())).toMatchObject({ bankCode: '007', accountNumberMasked: '•••••••••8901' });
    const [entry] = await listAuditLog({ limit: 1 }, t.db);
    expect(entry).toMatchObject({ action: 'bank_account.change', details: { bankCode: '007', last4: '8901' } });
    expect(JSON.stringify(entry)).not.toContain('0012345678901');
  });

  it('keeps when it was first set across changes (automatic payment needs it by the day before the draw)', async () => {
    const since = await prizeAccountSince(alice, ctx());
    expect(since).toBeInstanceOf(Date);
    expect(await setBankAccount(alice, input(CODE, '0012345678901'), ctx())).toMatchObject({ ok: true });
    expect(await prizeAccountSince(alice, ctx())).toEqual(since);
    expect(await prizeAccountSince(bob, ctx())).toBeNull();
  });

  it('belongs to its owner only', async () => {
    expect(await getBankAccount(bob, ctx())).toBeNull();
    // Bob's own code does not change Alice's account: the row is keyed by the owner.
    expect(await setBankAccount(bob, input('Demo-citizen-9!', '999999999'), ctx())).toMatchObject({ ok: true });
    expect(await getBankAccount(alice, ctx())).toMatchObject({ last4: '8901' });
  });

  it('locks changes for 15 minutes after 5 wrong codes, even with the right one', async () => {
    for (let i = 0; i < 4; i++) expect(await setBankAccount(alice, input(`wrong-${i}`, '1111111111'), ctx())).toMatchObject({ code: 'wrong_code' });
    const locked = await setBankAccount(alice, input(CODE, '1111111111'), ctx());
    expect(locked).toMatchObject({ ok: false, code: 'rate_limited' });
    expect((locked as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(await getBankAccount(alice, ctx())).toMatchObject({ last4: '8901' });
  });
});
