/**
 * A registered citizen's own mobile barcode, as a carrier of the synthetic world: a holder row
 * and a `carriers` row owned by them from the start. Without it the barcode would hold no
 * invoices and be missing from their carriers. Called inside the transaction that confirms the
 * address (lib/citizens/accounts.ts); idempotent.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { CARRIER } from '../stats/codes';

const MOBILE_BARCODE = '3J0002';
/** A registrant's age band and gender are not asked for: 0 is "not recorded" (the open statistics count invoices, and a new barcode has none). */
const NOT_RECORDED = 0;

export async function ensureBarcodeCarrier(db: Kysely<Database>, ownerId: string, barcode: string, at: Date): Promise<void> {
  const existing = await db
    .selectFrom('carriers')
    .select(['id', 'owner_id'])
    .where('type_code', '=', MOBILE_BARCODE)
    .where('number', '=', barcode)
    .executeTakeFirst();
  if (existing) {
    // A holder of the world with the same barcode and no owner: the barcode is theirs now.
    if (existing.owner_id === null) {
      await db.updateTable('carriers').set({ owner_id: ownerId, linked_at: at }).where('id', '=', existing.id).where('owner_id', 'is', null).execute();
    }
    return;
  }
  const { id } = (await sql<{ id: number }>`select nextval('registered_holder_id_seq')::int as id`.execute(db)).rows[0]!;
  await db.insertInto('stat_buyers').values({ id, carrier_type: CARRIER.mobile, age_band: NOT_RECORDED, gender: NOT_RECORDED }).execute();
  await db.insertInto('carriers').values({ buyer_id: id, type_code: MOBILE_BARCODE, number: barcode, owner_id: ownerId, linked_at: at }).execute();
}
