// Prepares an embedded database for the e-invoice API benchmark: migrated and seeded like the
// app's own first start, plus 2,000 invoices in one month on demo citizen 1's mobile barcode
// (/TAXC001), copies of one of theirs with new numbers, 21 minutes apart.
// Run: node --conditions react-server --import tsx scripts/bench/einvoice-world.ts <pgliteDir> <YYYY-MM>
import { sql } from 'kysely';
import { createDbHandle } from '../../lib/db/client';
import { resolveDbConfig } from '../../lib/db/config';
import { migrateToLatest } from '../../lib/db/migrate';
import { seedDatabase } from '../../lib/db/seed';

export const BENCH_INVOICES = 2_000;

const [dir, month] = process.argv.slice(2);
if (!dir || !/^\d{4}-\d{2}$/.test(month ?? '')) throw new Error('usage: einvoice-world.ts <pgliteDir> <YYYY-MM>');
const handle = createDbHandle(resolveDbConfig(undefined, dir));
try {
  await migrateToLatest(handle.db);
  await seedDatabase(handle.db, { seed: Number(process.env.SEED ?? 20261122) });
  const { buyer_id: buyerId } = await handle.db.selectFrom('carriers').select('buyer_id').where('number', '=', '/TAXC001').executeTakeFirstOrThrow();
  await sql`
    insert into stat_invoices (id, issued_at, seller_id, county_code, township_code, industry_code, carrier_type, buyer_id, age_band, gender, amount, item_codes, item_prices, track, number, random_code)
    select m.max_id + g, ${`${month}-01 00:00:00`}::timestamp + g * interval '21 minutes', s.seller_id, s.county_code, s.township_code, s.industry_code,
      s.carrier_type, s.buyer_id, s.age_band, s.gender, s.amount, s.item_codes, s.item_prices, s.track, 90000000 + g, s.random_code
    from generate_series(1, ${BENCH_INVOICES}) g, (select max(id) as max_id from stat_invoices) m,
      (select * from stat_invoices where buyer_id = ${buyerId} limit 1) s`.execute(handle.db);
  const n = await sql<{ n: string }>`select count(*) as n from stat_invoices where buyer_id = ${buyerId} and to_char(issued_at, 'YYYY-MM') = ${month}`.execute(handle.db);
  console.log(`einvoice world: ${n.rows[0]!.n} invoices of /TAXC001 in ${month}`);
} finally {
  await handle.close();
}
