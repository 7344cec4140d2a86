/**
 * An invoice looked up by what is printed on its proof (number and date; for the lines also the
 * random code), as the e-invoice app API's qryInvHeader / qryInvDetail do for anyone holding the
 * proof. Not scoped to an owner: the proof is the credential. A donated invoice is not found
 * here (its number is masked for everyone but the organisation).
 */
import 'server-only';
import { sql, type Kysely } from 'kysely';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { trackCode } from '@/lib/stats/synthetic/invoice-numbers';

export type ProofInvoice = {
  number: string;
  /** Taiwan local 'YYYY-MM-DDTHH:MM:SS'. */
  issuedAt: string;
  amount: number;
  randomCode: string;
  seller: { name: string; ban: string; address: string };
  items: { name: string; amount: number }[];
};

export async function findInvoiceByProof(invoiceNumber: string, isoDate: string, options: { db?: Kysely<Database> } = {}): Promise<ProofInvoice | null> {
  if (!/^[A-Z]{2}\d{8}$/.test(invoiceNumber) || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const db = await resolveDb(options.db);
  const { rows } = await sql<{
    issued_at: string;
    amount: number;
    random_code: number;
    item_codes: number[];
    item_prices: number[];
    seller_name: string;
    seller_ban: string;
    county_name: string;
    township: string;
    donated: boolean;
  }>`
    select to_char(i.issued_at, 'YYYY-MM-DD"T"HH24:MI:SS') as issued_at, i.amount, i.random_code, i.item_codes, i.item_prices,
      s.name as seller_name, s.ban as seller_ban, t.county_name, t.name as township,
      exists (select 1 from donations d where d.invoice_number = ${invoiceNumber}
        and d.period_key = to_char(i.issued_at, 'YYYY')::int - 1911 || lpad(((extract(month from i.issued_at)::int + 1) / 2 * 2 - 1)::text, 2, '0')) as donated
    from stat_invoices i
    join stat_sellers s on s.id = i.seller_id
    join stat_townships t on t.code = s.township_code
    where i.track = ${trackCode(invoiceNumber.slice(0, 2))} and i.number = ${Number(invoiceNumber.slice(2))}
      and i.issued_at >= ${isoDate}::timestamp and i.issued_at < ${isoDate}::timestamp + interval '1 day'
    limit 1`.execute(db);
  const row = rows[0];
  if (!row || row.donated) return null;
  const codes = row.item_codes.map(Number);
  const names = codes.length ? await db.selectFrom('stat_items').select(['code', 'name']).where('code', 'in', [...new Set(codes)]).execute() : [];
  const byCode = new Map(names.map((n) => [n.code, n.name]));
  return {
    number: invoiceNumber,
    issuedAt: row.issued_at,
    amount: Number(row.amount),
    randomCode: String(row.random_code).padStart(4, '0'),
    seller: { name: row.seller_name, ban: row.seller_ban, address: `${row.county_name}${row.township}` },
    items: codes.map((code, k) => ({ name: byCode.get(code) ?? '', amount: Number(row.item_prices[k]) })),
  };
}
