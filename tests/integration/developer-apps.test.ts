/**
 * Apps of the open API: the key is returned once and stored only hashed and sealed; rotating
 * makes the old key useless; revoking ends the app; another citizen's app is not found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '@/lib/audit';
import { hashApiKey } from '@/lib/developer-apps/keys';
import { appCredentials, createApp, getApp, listApps, MAX_APPS_PER_CITIZEN, revokeApp, rotateKey } from '@/lib/developer-apps/store';
import { createTestDb, type TestDb } from './support/test-db';
import { createCitizen } from './support/world';

let t: TestDb;
let alice: string;
let bob: string;

beforeAll(async () => {
  t = await createTestDb();
  [alice, bob] = await Promise.all([createCitizen(t.db, 'Alice'), createCitizen(t.db, 'Bob')]);
});
afterAll(() => t?.close());

const input = { name: 'Budget', description: 'Counts receipts', contact: 'dev@example.com' };

describe('developer apps', () => {
  it('creates an app whose key is kept only as a hash and a sealed copy', async () => {
    const created = await createApp(alice, input, { db: t.db });
    if (!created.ok) throw new Error('not created');
    expect(created.app).toMatchObject({ name: 'Budget', keyPrefix: created.apiKey.slice(0, 6), revokedAt: null, demo: false });
    const row = await t.db.selectFrom('developer_apps').selectAll().where('app_id', '=', created.app.appId).executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(hashApiKey(created.apiKey));
    expect(JSON.stringify(row)).not.toContain(created.apiKey);
    expect(await appCredentials(created.app.appId, { db: t.db })).toEqual({ status: 'active', appId: created.app.appId, apiKey: created.apiKey });
    expect((await listAuditLog({ limit: 1 }, t.db))[0]).toMatchObject({ action: 'developer_app.create', target: `developer_app:${created.app.appId}` });
  });

  it('another citizen cannot see, rotate or revoke it', async () => {
    const created = await createApp(alice, input, { db: t.db });
    if (!created.ok) throw new Error('not created');
    const id = created.app.appId;
    expect(await getApp(bob, id, { db: t.db })).toBeNull();
    expect(await listApps(bob, { db: t.db })).toEqual([]);
    expect(await rotateKey(bob, id, { db: t.db })).toEqual({ ok: false, code: 'not_found' });
    expect(await revokeApp(bob, id, { db: t.db })).toEqual({ ok: false });
    expect((await appCredentials(id, { db: t.db })).status).toBe('active');
  });

  it('rotating gives a new key and the old one no longer checks; revoking ends the app', async () => {
    const created = await createApp(alice, input, { db: t.db });
    if (!created.ok) throw new Error('not created');
    const id = created.app.appId;
    const rotated = await rotateKey(alice, id, { db: t.db });
    if (!rotated.ok) throw new Error('not rotated');
    expect(rotated.apiKey).not.toBe(created.apiKey);
    expect(await appCredentials(id, { db: t.db })).toMatchObject({ apiKey: rotated.apiKey });
    expect(await revokeApp(alice, id, { db: t.db })).toEqual({ ok: true });
    expect(await appCredentials(id, { db: t.db })).toEqual({ status: 'revoked' });
    expect(await rotateKey(alice, id, { db: t.db })).toEqual({ ok: false, code: 'not_found' });
    expect(await appCredentials('EINV9999999999', { db: t.db })).toEqual({ status: 'unknown' });
  });

  it(`allows ${MAX_APPS_PER_CITIZEN} active apps per citizen`, async () => {
    for (let i = 0; i < MAX_APPS_PER_CITIZEN; i++) expect((await createApp(bob, input, { db: t.db })).ok).toBe(true);
    expect(await createApp(bob, input, { db: t.db })).toEqual({ ok: false, code: 'too_many' });
  });
});
