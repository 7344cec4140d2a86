/**
 * The one place donations read the world's invoices (migration 0007's shape: stat_invoices with
 * track code, number and random code, joined to the citizen's carriers by buyer_id). When the
 * world branch's invoice store (lib/invoices) lands, this can call it instead; nothing else in
 * lib/donations knows how invoices are stored.
 *
 * "Printed": the world records no printed proofs for invoices stored in a carrier (an invoice
 * with a buyer is a cloud invoice), so `printed` is false until such a column exists.
 */
import 'server-only';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

export type OwnedInvoice = { invoiceNumber: string; issuedOn: string; amount: number; printed: boolean };

/** AA = 0 … ZZ = 675, as the world stores track letters. */
export function trackCode(letters: string): number {
  return (letters.charCodeAt(0) - 65) * 26 + (letters.charCodeAt(1) - 65);
}

/**
 * The owner's invoice with this number (AB12345678), the newest if the number came back in an
 * older period (tracks repeat every few years). Null for anyone else's invoice.
 */
export async function findOwnedInvoice(db: Kysely<Database>, ownerId: string, invoiceNumber: string): Promise<OwnedInvoice | null> {
  const track = trackCode(invoiceNumber.slice(0, 2));
  const number = Number(invoiceNumber.slice(2));
  const { rows } = await sql<{ issued_on: string; amount: number }>`
    select to_char(i.issued_at, 'YYYY-MM-DD') as issued_on, i.amount
    from carriers c
    join stat_invoices i on i.buyer_id = c.buyer_id
    -- 'is not null' lets the planner use the world's partial index on (buyer_id, issued_at).
    where c.owner_id = ${ownerId} and i.buyer_id is not null and i.track = ${track} and i.number = ${number}
    order by i.issued_at desc
    limit 1`.execute(db);
  const row = rows[0];
  return row ? { invoiceNumber, issuedOn: row.issued_on, amount: Number(row.amount), printed: false } : null;
}
