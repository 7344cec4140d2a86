/**
 * The demo app of the open API (README, "Demo app"), registered by demo citizen 1, so that an
 * existing client of the Ministry's app API can be tried at once. Its key is published: it is
 * demo data like the demo citizens' codes. Sealed again on every run, so a changed AUTH_SECRET
 * does not leave the demo app unusable.
 */
import type { Kysely } from 'kysely';
import { authSecret } from '../../env';
import { hashApiKey, keyPrefix, sealApiKey } from '../../developer-apps/keys';
import type { Database } from '../schema';

export const DEMO_APP = {
  appId: 'EINV2026113001',
  apiKey: 'TaxCloudDemoKey-2026-synthetic-not-secret',
  ownerBarcode: '/TAXC001',
  name: '稅務雲示範 App (demo)',
  description: 'Synthetic demo app of the seeded data: try an existing e-invoice API client against this portal.',
  contact: 'citizen1@taxcloud.example',
} as const;

export async function seedDemoApp(db: Kysely<Database>): Promise<number> {
  const owner = await db.selectFrom('users').select('id').where('mobile_barcode', '=', DEMO_APP.ownerBarcode).executeTakeFirst();
  if (!owner) return 0;
  const key = { key_hash: hashApiKey(DEMO_APP.apiKey), key_sealed: sealApiKey(DEMO_APP.apiKey, authSecret()), key_prefix: keyPrefix(DEMO_APP.apiKey) };
  await db
    .insertInto('developer_apps')
    .values({ app_id: DEMO_APP.appId, owner_id: owner.id, name: DEMO_APP.name, description: DEMO_APP.description, contact: DEMO_APP.contact, is_demo: true, ...key })
    .onConflict((oc) => oc.column('app_id').doUpdateSet({ ...key, revoked_at: null }))
    .execute();
  return 1;
}
