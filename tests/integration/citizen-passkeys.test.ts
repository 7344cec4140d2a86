/**
 * Passkeys belong to one citizen: listing and removing filter by the owner's id, so another
 * citizen's passkey id finds nothing; an unknown credential signs nobody in and is audited.
 * (The WebAuthn ceremony itself is tested in the browser: e2e/citizen-auth.spec.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '@/lib/audit';
import { authenticatePasskey, listPasskeys, removePasskey } from '@/lib/citizens/passkeys';
import { DEMO_CITIZENS } from '@/lib/db/seed/citizens';
import { createTestDb, type TestDb } from './support/test-db';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const meta = { ip: '203.0.113.80', userAgent: 'vitest' };
const rp = { rpID: 'taxcloud.example', origins: ['https://taxcloud.example'], rpIDs: ['taxcloud.example'] };
const idOf = async (barcode: string) => (await t.db.selectFrom('users').select('id').where('mobile_barcode', '=', barcode).executeTakeFirstOrThrow()).id;

describe('passkeys and their owners', () => {
  it('another citizen can neither see nor remove a passkey', async () => {
    const owner = await idOf(DEMO_CITIZENS[0]!.barcode);
    const other = await idOf(DEMO_CITIZENS[1]!.barcode);
    await t.db
      .insertInto('passkeys')
      .values({ id: 'cred-owner-1', user_id: owner, public_key: 'AA', device_type: 'singleDevice', name: 'My phone' })
      .execute();
    expect((await listPasskeys(owner, t.db)).map((p) => p.name)).toEqual(['My phone']);
    expect(await listPasskeys(other, t.db)).toEqual([]);
    expect(await removePasskey(other, 'cred-owner-1', meta, t.db)).toBe(false);
    expect(await listPasskeys(owner, t.db)).toHaveLength(1);
    expect(await removePasskey(owner, 'cred-owner-1', meta, t.db)).toBe(true);
    expect(await listPasskeys(owner, t.db)).toEqual([]);
    expect((await listAuditLog({ limit: 1 }, t.db))[0]).toMatchObject({ action: 'citizen.passkey_remove', actorLabel: DEMO_CITIZENS[0]!.barcode });
  });

  it('an unknown or forged credential signs nobody in, and the failure is audited', async () => {
    const response = { id: 'no-such-credential', rawId: 'no-such-credential', type: 'public-key', response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' }, clientExtensionResults: {} } as never;
    expect(await authenticatePasskey(response, 'challenge', rp, meta, t.db)).toBeNull();
    expect((await listAuditLog({ limit: 1 }, t.db))[0]).toMatchObject({ action: 'auth.sign_in_failed', details: { method: 'passkey' } });

    const owner = await idOf(DEMO_CITIZENS[2]!.barcode);
    await t.db.insertInto('passkeys').values({ id: 'cred-forged', user_id: owner, public_key: 'AA', device_type: 'singleDevice', name: 'Key' }).execute();
    expect(await authenticatePasskey({ ...(response as object), id: 'cred-forged', rawId: 'cred-forged' } as never, 'challenge', rp, meta, t.db)).toBeNull();
  });
});
