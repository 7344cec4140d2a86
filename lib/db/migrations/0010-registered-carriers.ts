import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * A citizen who registers gets a mobile barcode, and that barcode is a carrier of the synthetic
 * world like any other (lib/einvoice-world/registrant.ts): a holder row and a `carriers` row.
 * Their holder ids come from this sequence, in the reserved corner above the demo citizens'
 * (RESERVED_ID_BASE + 100,000,000 up to the int4 limit), so concurrent registrations never clash
 * and a generator run never reaches them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create sequence registered_holder_id_seq as integer start with 2100000000 minvalue 2100000000 maxvalue 2147483647`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop sequence if exists registered_holder_id_seq`.execute(db);
}
