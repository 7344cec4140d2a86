/**
 * The SQL side of the open statistics: one pass per grain over stat_invoices, giving for every
 * cell its invoices, amount and distinct sellers (and distinct buyers where they matter).
 *
 * Distinct counts are taken in two steps — group by (cell, seller), then count the groups — which
 * Postgres does with hash aggregation instead of sorting the table once per dataset. Cells that
 * share a grain share a pass: carrier types, industry, county and township all come from one
 * (month, seller, carrier) table.
 * The passes run as two transactions at once (two connections on Postgres; PGlite has one
 * connection and runs them in turn).
 *
 * Server-side only; no Next imports, so the data:* scripts and benchmarks can use it.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { HOLDER_CARRIERS } from '../codes';
import { coveredInvoices } from './coverage';
import type { Cell, DatasetId } from '../datasets';

export type AggregatedId = Exclude<DatasetId, 'einvoice-donations-monthly'>;
export type AggregateResult = { cells: Record<AggregatedId, Cell[]>; timings: Record<string, number> };

type Measured = { invoices: number; amount: number; sellers: number };

const n = (v: unknown): number => Number(v ?? 0);

async function timed<T>(timings: Record<string, number>, name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
}

async function prepare(trx: Transaction<Database>): Promise<void> {
  // Room for the hash tables of a 10-million-row pass; local to this transaction.
  await sql`set local work_mem = '256MB'`.execute(trx);
}

/**
 * One (month, seller, carrier) pass gives the carrier cells' sellers; folded to (month, seller) it
 * gives industry and county (monthly) and, folded to (year, seller), townships: a seller has one
 * industry and one township, so counting its groups counts distinct sellers. Then age and gender.
 */
async function sellerGrain(db: Kysely<Database>, timings: Record<string, number>) {
  return db.transaction().execute(async (trx) => {
    await prepare(trx);
    await timed(timings, 'month-seller-carrier pass', () =>
      sql`create temp table stat_tmp_msc on commit drop as
        select date_trunc('month', issued_at)::date as month, seller_id, carrier_type, count(*)::int4 as n, sum(amount)::int8 as amount
        from ${coveredInvoices} group by 1, 2, 3`.execute(trx),
    );
    await timed(timings, 'seller-month fold', () =>
      sql`create temp table stat_tmp_seller_month on commit drop as
        select month, seller_id, sum(n)::int4 as n, sum(amount)::int8 as amount from stat_tmp_msc group by 1, 2`.execute(trx),
    );
    const carrier = await timed(timings, 'carrier', () =>
      sql<{ month: string; carrier: number } & Measured>`
        select to_char(month, 'YYYY-MM') as month, carrier_type as carrier,
          sum(n)::int8 as invoices, sum(amount)::int8 as amount, count(*)::int8 as sellers
        from stat_tmp_msc group by 1, 2`.execute(trx),
    );
    const bySeller = (column: 'industry_code' | 'county_code') =>
      sql<{ month: string; key: number } & Measured>`
        select to_char(m.month, 'YYYY-MM') as month, s.${sql.ref(column)} as key,
          sum(m.n)::int8 as invoices, sum(m.amount)::int8 as amount, count(*)::int8 as sellers
        from stat_tmp_seller_month m join stat_sellers s on s.id = m.seller_id
        group by 1, 2`.execute(trx);
    const industry = await timed(timings, 'industry', () => bySeller('industry_code'));
    const county = await timed(timings, 'county', () => bySeller('county_code'));
    const township = await timed(timings, 'township', () =>
      sql<{ year: number; key: number } & Measured>`
        with y as (
          select extract(year from month)::int4 as year, seller_id, sum(n)::int8 as n, sum(amount)::int8 as amount
          from stat_tmp_seller_month group by 1, 2)
        select y.year, s.township_code as key, sum(y.n)::int8 as invoices, sum(y.amount)::int8 as amount, count(*)::int8 as sellers
        from y join stat_sellers s on s.id = y.seller_id
        group by 1, 2`.execute(trx),
    );
    const ageGender = await timed(timings, 'age-gender pass', () =>
      sql<{ month: string; age: number; gender: number } & Measured>`
        with x as (
          select date_trunc('month', issued_at) as m, age_band, gender, seller_id, count(*) as n, sum(amount)::int8 as a
          from ${coveredInvoices} where buyer_id is not null group by 1, 2, 3, 4)
        select to_char(m, 'YYYY-MM') as month, age_band as age, gender,
          sum(n)::int8 as invoices, sum(a)::int8 as amount, count(*)::int8 as sellers
        from x group by 1, 2, 3`.execute(trx),
    );
    return { carrier: carrier.rows, industry: industry.rows, county: county.rows, township: township.rows, ageGender: ageGender.rows };
  });
}

/** Distinct buyers (a buyer has one carrier type, age band and gender), and the weekday × hour pass. */
async function buyerGrain(db: Kysely<Database>, timings: Record<string, number>) {
  return db.transaction().execute(async (trx) => {
    await prepare(trx);
    await timed(timings, 'buyer-month pass', () =>
      sql`create temp table stat_tmp_buyer_month on commit drop as
        select date_trunc('month', issued_at)::date as month, buyer_id
        from ${coveredInvoices} where buyer_id is not null group by 1, 2`.execute(trx),
    );
    const carrierBuyers = await timed(timings, 'carrier buyers', () =>
      sql<{ month: string; carrier: number; buyers: number }>`
        select to_char(m.month, 'YYYY-MM') as month, b.carrier_type as carrier, count(*)::int8 as buyers
        from stat_tmp_buyer_month m join stat_buyers b on b.id = m.buyer_id group by 1, 2`.execute(trx),
    );
    const ageGenderBuyers = await timed(timings, 'age-gender buyers', () =>
      sql<{ month: string; age: number; gender: number; buyers: number }>`
        select to_char(m.month, 'YYYY-MM') as month, b.age_band as age, b.gender, count(*)::int8 as buyers
        from stat_tmp_buyer_month m join stat_buyers b on b.id = m.buyer_id group by 1, 2, 3`.execute(trx),
    );
    const hourWeekday = await timed(timings, 'weekday-hour pass', () =>
      sql<{ year: number; weekday: number; hour: number } & Measured>`
        with x as (
          select date_part('year', issued_at)::int4 as y, date_part('isodow', issued_at)::int4 as d,
            date_part('hour', issued_at)::int4 as h, seller_id, count(*) as n, sum(amount)::int8 as a
          from ${coveredInvoices} group by 1, 2, 3, 4)
        select y as year, d as weekday, h as hour, sum(n)::int8 as invoices, sum(a)::int8 as amount, count(*)::int8 as sellers
        from x group by 1, 2, 3`.execute(trx),
    );
    return { carrierBuyers: carrierBuyers.rows, ageGenderBuyers: ageGenderBuyers.rows, hourWeekday: hourWeekday.rows };
  });
}

const cell = (dims: Cell['dims'], m: Measured, buyers: number | null = null): Cell => ({
  dims,
  invoices: n(m.invoices),
  amount: n(m.amount),
  sellers: n(m.sellers),
  buyers,
});

/** Every aggregated dataset's cells with their contributors. Only cells with invoices come back. */
export async function aggregateStore(db: Kysely<Database>): Promise<AggregateResult> {
  const timings: Record<string, number> = {};
  const started = performance.now();
  const [a, b] = await Promise.all([sellerGrain(db, timings), buyerGrain(db, timings)]);
  timings.total = Math.round(performance.now() - started);

  const carrierBuyers = new Map(b.carrierBuyers.map((r) => [`${r.month}|${r.carrier}`, n(r.buyers)]));
  const ageGenderBuyers = new Map(b.ageGenderBuyers.map((r) => [`${r.month}|${r.age}|${r.gender}`, n(r.buyers)]));
  return {
    timings,
    cells: {
      'einvoice-industry-monthly': a.industry.map((r) => cell({ month: r.month, industry: n(r.key) }, r)),
      'einvoice-county-monthly': a.county.map((r) => cell({ month: r.month, county: n(r.key) }, r)),
      'einvoice-township-annual': a.township.map((r) => cell({ year: n(r.year), township: n(r.key) }, r)),
      'einvoice-carrier-monthly': a.carrier.map((r) =>
        cell(
          { month: r.month, carrier: n(r.carrier) },
          r,
          HOLDER_CARRIERS.includes(n(r.carrier)) ? (carrierBuyers.get(`${r.month}|${r.carrier}`) ?? 0) : null,
        ),
      ),
      'einvoice-age-gender-monthly': a.ageGender.map((r) =>
        cell({ month: r.month, age: n(r.age), gender: n(r.gender) }, r, ageGenderBuyers.get(`${r.month}|${r.age}|${r.gender}`) ?? 0),
      ),
      'einvoice-hour-weekday-annual': b.hourWeekday.map((r) =>
        cell({ year: n(r.year), weekday: n(r.weekday), hour: n(r.hour) }, r),
      ),
    },
  };
}
