/**
 * A small synthetic world for the carrier and donation tests: citizens, carriers and invoices.
 *
 * The `carriers` table and the invoice-number columns belong to migration 0007 (the world
 * branch). Where that migration is not here, `ensureWorldShape` builds the same shape as
 * CONTRACT.md fixes it (and as 0007 does), so these tests run before and after the merge.
 */
import { sql, type Kysely } from 'kysely';
import { hashPassword } from '@/lib/auth/password';
import type { Database } from '@/lib/db/schema';

export async function ensureWorldShape(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ t: string | null }>`select to_regclass('carriers')::text as t`.execute(db);
  if (rows[0]?.t) return;
  await sql`alter table stat_buyers drop column if exists carrier_id`.execute(db);
  await sql`alter table stat_invoices
    add column track smallint not null check (track between 0 and 675),
    add column number integer not null check (number between 0 and 99999999),
    add column random_code smallint not null check (random_code between 0 and 9999)`.execute(db);
  await sql`create table carriers (
    id bigserial primary key,
    buyer_id integer not null unique references stat_buyers(id) on delete cascade,
    type_code text not null check (type_code ~ '^[0-9A-Z]{6}$'),
    number text not null,
    owner_id uuid references users(id) on delete set null,
    linked_at timestamptz,
    constraint carriers_type_number_key unique (type_code, number))`.execute(db);
}

let nextBuyer = 900_000;
let nextInvoice = 9_000_000_000;

/** A citizen account with a verification code (hashed as sign-in does). */
export async function createCitizen(db: Kysely<Database>, name: string, code = 'Demo-citizen-9!'): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({ email: `${name.toLowerCase().replace(/[^a-z0-9]/g, '')}-${nextBuyer}@citizens.test`, display_name: name, kind: 'citizen', password_hash: await hashPassword(code) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A carrier of the world (a buyer of the store), optionally linked to an owner. */
export async function createCarrier(db: Kysely<Database>, typeCode: string, number: string, ownerId: string | null = null): Promise<{ id: number; buyerId: number }> {
  const buyerId = nextBuyer++;
  await sql`insert into stat_buyers (id, carrier_type, age_band, gender) values (${buyerId}, 1, 1, 1)`.execute(db);
  const row = await db
    .insertInto('carriers')
    .values({ buyer_id: buyerId, type_code: typeCode, number, owner_id: ownerId, linked_at: ownerId ? new Date() : null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), buyerId };
}

const trackCode = (letters: string) => (letters.charCodeAt(0) - 65) * 26 + (letters.charCodeAt(1) - 65);

/** An invoice the carrier received: 'AB12345678' on a Taiwan-local day. */
export async function createInvoice(db: Kysely<Database>, buyerId: number, invoiceNumber: string, issuedOn: string, amount = 120): Promise<void> {
  const id = nextInvoice++;
  await sql`insert into stat_invoices
    (id, issued_at, seller_id, county_code, township_code, industry_code, carrier_type, buyer_id, age_band, gender, amount, item_codes, item_prices, track, number, random_code)
    values (${id}, ${`${issuedOn} 12:00:00`}::timestamp, 1, 63000, 63000010, 1, 1, ${buyerId}, 1, 1, ${amount}, '{1}'::smallint[], ${`{${amount}}`}::integer[],
      ${trackCode(invoiceNumber.slice(0, 2))}, ${Number(invoiceNumber.slice(2))}, 1234)`.execute(db);
}
