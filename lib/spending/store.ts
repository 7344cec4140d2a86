/**
 * A citizen's spending, summed in the database: only invoices received by carriers linked to
 * the owner (carriers.owner_id = the owner, in the query itself, as lib/invoices/store.ts does),
 * so another citizen's invoices never enter a sum. Four small GROUP BYs over the owner's
 * carriers, using the (buyer_id, issued_at) index of the store.
 */
import 'server-only';
import { sql, type Kysely } from 'kysely';
import { now } from '@/lib/clock';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { todayInTaipei } from '@/lib/taiwan';
import { countyByCodeOrThrow, countyCodeText } from '@/lib/stats/geography';
import { buildSpending, mostInvoicesCounty } from './aggregate';
import { countyAverage } from './compare';
import { readCountyMonths } from './county-stats';
import type { CountyChoice, MonthRange, SpendingDto, SpendingSums } from './dto';
import { rangeBounds, resolveRange } from './range';
import type { SpendingQuery } from './schemas';

export type SpendingOptions = { db?: Kysely<Database>; at?: Date };

/** The owner's invoices in [start, end): every sum starts here. */
function ownInvoices(db: Kysely<Database>, ownerId: string, range: MonthRange) {
  const { start, end } = rangeBounds(range);
  return db
    .selectFrom('carriers as c')
    .innerJoin('stat_invoices as i', 'i.buyer_id', 'c.buyer_id')
    .where('c.owner_id', '=', ownerId)
    .where('i.buyer_id', 'is not', null)
    .where(sql<boolean>`i.issued_at >= ${start}::timestamp and i.issued_at < ${end}::timestamp`);
}

const count = sql<number>`count(*)::int`;
const amount = sql<number>`coalesce(sum(i.amount), 0)::int8`;

export async function spendingSums(ownerId: string, range: MonthRange, options: SpendingOptions = {}): Promise<SpendingSums> {
  const db = await resolveDb(options.db);
  const [byMonth, byIndustry, byMerchant, byCounty] = await Promise.all([
    ownInvoices(db, ownerId, range)
      .select([sql<string>`to_char(i.issued_at, 'YYYY-MM')`.as('month'), count.as('invoices'), amount.as('amount')])
      .groupBy(sql`to_char(i.issued_at, 'YYYY-MM')`)
      .execute(),
    ownInvoices(db, ownerId, range).select(['i.industry_code', count.as('invoices'), amount.as('amount')]).groupBy('i.industry_code').execute(),
    ownInvoices(db, ownerId, range)
      .innerJoin('stat_sellers as s', 's.id', 'i.seller_id')
      .select(['s.ban', 's.name', count.as('invoices'), amount.as('amount')])
      .groupBy(['s.id', 's.ban', 's.name'])
      .execute(),
    ownInvoices(db, ownerId, range).select(['i.county_code', count.as('invoices'), amount.as('amount')]).groupBy('i.county_code').execute(),
  ]);
  return {
    byMonth: byMonth.map((r) => ({ month: r.month, invoices: Number(r.invoices), amount: Number(r.amount) })),
    byIndustry: byIndustry.map((r) => ({ industryCode: Number(r.industry_code), invoices: Number(r.invoices), amount: Number(r.amount) })),
    byMerchant: byMerchant.map((r) => ({ ban: r.ban, name: r.name, invoices: Number(r.invoices), amount: Number(r.amount) })),
    byCounty: byCounty.map((r) => ({ countyCode: countyCodeText(Number(r.county_code)), invoices: Number(r.invoices), amount: Number(r.amount) })),
  };
}

function choice(code: string, how: CountyChoice['how']): CountyChoice {
  const c = countyByCodeOrThrow(code);
  return { code: c.code, name: c.name, nameEn: c.nameEn, how };
}

/** The owner's spending for the range asked (default: the last 12 months), beside the county's average. */
export async function getSpending(ownerId: string, query: SpendingQuery, options: SpendingOptions = {}): Promise<SpendingDto> {
  const range = resolveRange(query, todayInTaipei(options.at ?? now()));
  const sums = await spendingSums(ownerId, range, options);
  const base = buildSpending(range, sums);
  const code = query.county ?? mostInvoicesCounty(sums.byCounty);
  const county = code ? choice(code, query.county ? 'chosen' : 'most-invoices') : null;
  return { ...base, comparison: county ? countyAverage(readCountyMonths(), county, range) : null };
}

/** The whole history (first to last invoice month), for My data. */
export async function spendingRangeOf(ownerId: string, options: SpendingOptions = {}): Promise<MonthRange | null> {
  const db = await resolveDb(options.db);
  const row = await db
    .selectFrom('carriers as c')
    .innerJoin('stat_invoices as i', 'i.buyer_id', 'c.buyer_id')
    .where('c.owner_id', '=', ownerId)
    .where('i.buyer_id', 'is not', null)
    .select([sql<string | null>`to_char(min(i.issued_at), 'YYYY-MM')`.as('first'), sql<string | null>`to_char(max(i.issued_at), 'YYYY-MM')`.as('last')])
    .executeTakeFirst();
  return row?.first && row.last ? { from: row.first, to: row.last } : null;
}
