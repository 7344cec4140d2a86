/**
 * A citizen's invoices: the invoices of the synthetic store received by the carriers linked to
 * them. Ownership is in every query (carriers.owner_id = the owner), so another citizen's invoice
 * is simply not found. Returns DTOs (dto.ts), with prizes flagged through lib/lottery.
 */
import 'server-only';
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { now } from '@/lib/clock';
import { resolveDb } from '@/lib/db';
import { prepared } from '@/lib/db/prepared';
import type { Database } from '@/lib/db/schema';
import { getPeriodsForRequest, listPeriods } from '@/lib/lottery/catalog';
import { nextPeriod, pageKey, periodOfDate, periodStartDate, type Period } from '@/lib/lottery/period';
import { invoiceNumberText, trackCode } from '@/lib/stats/synthetic/invoice-numbers';
import { payoutStatus } from '@/lib/bank-account/payout';
import { prizeAccountSince } from '@/lib/bank-account/store';
import { MOBILE_BARCODE_TYPE } from '@/lib/carriers/types';
import { donatedAmong } from '@/lib/donations/store';
import { drawStatus } from './claim';
import {
  maskDonated,
  periodTerm,
  prizeChecker,
  taipeiIso,
  type CloudPrizeKey,
  type InvoiceDetailDto,
  type InvoiceSummaryDto,
} from './dto';
import { encodeCursor, type InvoiceListFilters } from './schemas';

export type StoreOptions = { db?: Kysely<Database>; at?: Date };


/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function contains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Every invoice with its seller and carrier, before the owner is named (see ownInvoices). */
function invoicesWithCarrier(db: Kysely<Database>) {
  return db
    .selectFrom('carriers as c')
    .innerJoin('stat_invoices as i', 'i.buyer_id', 'c.buyer_id')
    .innerJoin('stat_sellers as s', 's.id', 'i.seller_id')
    .where('i.buyer_id', 'is not', null)
    .select([
      'i.id',
      sql<string>`to_char(i.issued_at, 'YYYY-MM-DD"T"HH24:MI:SS')`.as('issued_at'),
      'i.amount',
      'i.track',
      'i.number',
      's.name as seller_name',
      's.ban as seller_ban',
      'c.id as carrier_id',
      'c.type_code',
      'c.number as carrier_number',
      'c.linked_at as carrier_linked_at',
    ]);
}

/**
 * Built once per database handle: Kysely's builders are immutable, so the shared part is safe to
 * reuse, and building it (joins, eleven columns) cost about as much as compiling the whole
 * statement, on every request.
 */
const withCarrier = new WeakMap<Kysely<Database>, ReturnType<typeof invoicesWithCarrier>>();

/** The owner's invoices joined with their seller and carrier; every query starts here. */
function ownInvoices(db: Kysely<Database>, ownerId: string) {
  let base = withCarrier.get(db);
  if (!base) withCarrier.set(db, (base = invoicesWithCarrier(db)));
  return base.where('c.owner_id', '=', ownerId);
}

type Row = {
  id: number;
  issued_at: string;
  amount: number;
  track: number;
  number: number;
  seller_name: string;
  seller_ban: string;
  carrier_id: number;
  type_code: string;
  carrier_number: string;
  carrier_linked_at: Date | null;
};

/**
 * The invoice's number as printed (AB12345678), in SQL: the same letters and zero-padded digits
 * as invoiceNumberText (lib/stats/synthetic/invoice-numbers.ts), so that the lists naming
 * invoices by number (cloud prizes, donations) can be joined in the list's own statement.
 */
const numberText = sql<string>`chr(65 + i.track / 26) || chr(65 + i.track % 26) || lpad(i.number::text, 8, '0')`;

/** What a summary needs besides the invoice's row: the cloud lists' entries, donations and the prize account. */
type Flags = { cloud: ReadonlyMap<string, CloudPrizeKey>; donated: ReadonlySet<string>; accountSince: Date | null };

type FlaggedRow = Row & { invoice_number: string; cloud_prize: CloudPrizeKey | null; donated: boolean; account_since: Date | string | null };

/**
 * A page of the owner's invoices (a query built on ownInvoices, its limit applied) with its flags
 * joined in the same statement: the period's cloud-prize entry (by cloud_prize_numbers' key), the
 * owner's donation of the invoice (by donations' unique (period_key, invoice_number), the owner
 * in the join) and when the owner's prize account was set. One round trip instead of four; the
 * joins run on the page's rows only. Ownership stays in the inner query. Written as SQL around
 * the typed inner query: built per request, Kysely's join builders cost more than the joins.
 */
function withFlags(page: SelectQueryBuilder<Database, never, Row & { invoice_number: string }>, ownerId: string, period: Period, order: 'asc' | 'desc') {
  const key = pageKey(period);
  const direction = order === 'asc' ? sql`asc` : sql`desc`;
  return sql<FlaggedRow>`
    select l.*, cp.prize as cloud_prize, d.id is not null as donated,
      (select b.created_at from bank_accounts b where b.owner_id = ${ownerId}) as account_since
    from (${page}) as l
    left join cloud_prize_numbers cp on cp.period_key = ${key} and cp.invoice_number = l.invoice_number
    left join donations d on d.period_key = ${key} and d.owner_id = ${ownerId} and d.invoice_number = l.invoice_number
    order by l.issued_at ${direction}, l.id ${direction}`;
}

function flagsOf(rows: readonly FlaggedRow[]): Flags {
  const cloud = new Map<string, CloudPrizeKey>();
  const donated = new Set<string>();
  for (const r of rows) {
    if (r.cloud_prize) cloud.set(r.invoice_number, r.cloud_prize);
    if (r.donated) donated.add(r.invoice_number);
  }
  const since = rows[0]?.account_since ?? null;
  return { cloud, donated, accountSince: since === null ? null : new Date(since) };
}

/** The flags of invoices read one at a time (the detail), looked up by their numbers. */
async function lookUpFlags(db: Kysely<Database>, ownerId: string, period: Period, numbers: readonly string[]): Promise<Flags> {
  const [cloud, donated, accountSince] = await Promise.all([
    cloudPrizes(db, period, numbers),
    donatedAmong(ownerId, numbers, { db, periodKey: pageKey(period) }),
    prizeAccountSince(ownerId, { db }),
  ]);
  return { cloud, donated, accountSince };
}

async function cloudPrizes(db: Kysely<Database>, period: Period, numbers: readonly string[]): Promise<Map<string, CloudPrizeKey>> {
  if (numbers.length === 0) return new Map();
  const rows = await db
    .selectFrom('cloud_prize_numbers')
    .select(['invoice_number', 'prize'])
    .where('period_key', '=', pageKey(period))
    .where('invoice_number', 'in', [...new Set(numbers)])
    .execute();
  return new Map(rows.map((r) => [r.invoice_number, r.prize]));
}

/**
 * The periods' numbers: in the app from the lottery's cache (revalidated when an official
 * publishes) through the per-process memo, since these are per-request personal answers that
 * no page cache keeps (getPeriods() parsed the whole catalogue again on every list: issue 12);
 * with a database given (tests, scripts) straight from it.
 */
function periods(db: Kysely<Database>, direct: boolean) {
  return direct ? listPeriods(db) : getPeriodsForRequest();
}

/** Rows of one period and their flags → summaries with prize, draw and payout status. */
async function summaries(db: Kysely<Database>, direct: boolean, period: Period, rows: readonly Row[], flags: Flags, at: Date): Promise<InvoiceSummaryDto[]> {
  const records = await periods(db, direct);
  const record = records.find((r) => r.key === pageKey(period)) ?? null;
  const draw = drawStatus(period, record !== null, at);
  const prizeOf = prizeChecker(draw.state === 'drawn' ? record!.numbers : null, flags.cloud);
  return rows.map((r) => {
    const number = invoiceNumberText(r.track, r.number);
    const prize = prizeOf(number);
    const dto: InvoiceSummaryDto = {
      number,
      period: periodTerm(period),
      issuedAt: taipeiIso(r.issued_at),
      amount: r.amount,
      seller: { name: r.seller_name, ban: r.seller_ban },
      carrier: { id: r.carrier_id, typeCode: r.type_code, number: r.carrier_number },
      draw,
      prize,
      payout: payoutStatus({
        prizeAmount: prize?.amount ?? 0,
        periodKey: pageKey(period),
        accountSince: flags.accountSince,
        // The citizen's own barcode is theirs from the start: its link date never delays a payout.
        carrierLinkedAt: r.type_code === MOBILE_BARCODE_TYPE ? null : r.carrier_linked_at,
        at,
      }),
      donated: flags.donated.has(number),
    };
    return maskDonated(dto);
  });
}

export type InvoicePage = { period: string; invoices: InvoiceSummaryDto[]; nextCursor: string | null };

/** issued_at within the period, narrowed to from…to (inclusive days) when given. */
function issuedWithin(query: { period: Period; from?: string; to?: string }) {
  let from = periodStartDate(query.period);
  let to = periodStartDate(nextPeriod(query.period));
  if (query.from && query.from > from) from = query.from;
  if (query.to) {
    const dayAfter = new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    if (dayAfter < to) to = dayAfter;
  }
  return sql<boolean>`i.issued_at >= ${from}::timestamp and i.issued_at < ${to}::timestamp`;
}

/**
 * The list's SQL (exported for the benchmark's EXPLAIN): one period, filters, keyset, limit + 1,
 * and the page's flags joined (withFlags).
 */
export function listQuery(db: Kysely<Database>, ownerId: string, query: { period: Period } & Partial<InvoiceListFilters>) {
  const limit = query.limit ?? 50;
  let q = ownInvoices(db, ownerId)
    .select(numberText.as('invoice_number'))
    .where(issuedWithin(query))
    .orderBy('i.issued_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(limit + 1);
  if (query.carrierId !== undefined) q = q.where('c.id', '=', query.carrierId);
  if (query.minAmount !== undefined) q = q.where('i.amount', '>=', query.minAmount);
  if (query.maxAmount !== undefined) q = q.where('i.amount', '<=', query.maxAmount);
  if (query.seller) {
    const seller = query.seller;
    q = q.where((eb) => eb.or([eb('s.ban', '=', seller), eb('s.name', 'ilike', contains(seller))]));
  }
  if (query.q) {
    const like = contains(query.q);
    q = q.where(
      sql<boolean>`(s.name ilike ${like} or exists (
        select 1 from stat_items it where it.code = any(i.item_codes) and (it.name ilike ${like} or it.name_en ilike ${like})))`,
    );
  }
  if (query.cursor) q = q.where(sql<boolean>`(i.issued_at, i.id) < (${query.cursor.issuedAt}::timestamp, ${query.cursor.id}::int8)`);
  // issued_at is 'YYYY-MM-DDTHH24:MI:SS' text here: fixed width, so it sorts as the timestamp does.
  return withFlags(q, ownerId, query.period, 'desc');
}

/** One period of the owner's invoices, newest first, filtered, a page at a time (keyset cursor). */
export async function listInvoices(
  ownerId: string,
  query: { period: Period } & Partial<InvoiceListFilters>,
  options: StoreOptions = {},
): Promise<InvoicePage> {
  const db = await resolveDb(options.db);
  const at = options.at ?? now();
  const limit = query.limit ?? 50;
  const { rows } = await listQuery(db, ownerId, query).execute(db);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    period: periodTerm(query.period),
    invoices: await summaries(db, options.db !== undefined, query.period, page, flagsOf(page), at),
    nextCursor: rows.length > limit && last ? encodeCursor({ issuedAt: last.issued_at, id: Number(last.id) }) : null,
  };
}

/**
 * One page of the owner's invoices in a period (narrowed to from…to), oldest first, by offset,
 * and how many there are in all: the e-invoice API's carrier pages (carrierInvChk), which number
 * rows from the oldest. Two statements whatever the month holds, instead of reading every page.
 */
export async function listInvoicesOldestFirst(
  ownerId: string,
  query: { period: Period; from?: string; to?: string; offset: number; limit: number },
  options: StoreOptions = {},
): Promise<{ total: number; invoices: InvoiceSummaryDto[] }> {
  const db = await resolveDb(options.db);
  const at = options.at ?? now();
  const page = ownInvoices(db, ownerId)
    .select(numberText.as('invoice_number'))
    .where(issuedWithin(query))
    .orderBy('i.issued_at', 'asc')
    .orderBy('i.id', 'asc')
    .offset(query.offset)
    .limit(query.limit);
  const [rows, count] = await Promise.all([
    withFlags(page, ownerId, query.period, 'asc').execute(db).then((r) => r.rows),
    db
      .selectFrom('carriers as c')
      .innerJoin('stat_invoices as i', 'i.buyer_id', 'c.buyer_id')
      .where('c.owner_id', '=', ownerId)
      .where('i.buyer_id', 'is not', null)
      .where(issuedWithin(query))
      .select(sql<string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { total: Number(count.n), invoices: await summaries(db, options.db !== undefined, query.period, rows, flagsOf(rows), at) };
}

/** The detail's SQL (exported for the benchmark's EXPLAIN). */
export function detailQuery(db: Kysely<Database>, ownerId: string, invoiceNumber: string) {
  return (
    ownInvoices(db, ownerId)
      .innerJoin('stat_townships as t', 't.code', 's.township_code')
      .select(['i.item_codes', 'i.item_prices', 'i.random_code', 't.name as township', 't.county_name', 't.county_name_en'])
      .where('i.track', '=', trackCode(invoiceNumber.slice(0, 2)))
      .where('i.number', '=', Number(invoiceNumber.slice(2)))
      // Tracks come back after 7 years: the newest invoice with the number is the one meant.
      .orderBy('i.issued_at', 'desc')
      .limit(1)
  );
}

/** One of the owner's invoices by number (AB12345678), with line items and seller; null if not theirs. */
export async function getInvoice(ownerId: string, invoiceNumber: string, options: StoreOptions = {}): Promise<InvoiceDetailDto | null> {
  if (!/^[A-Z]{2}\d{8}$/.test(invoiceNumber)) return null;
  const db = await resolveDb(options.db);
  const at = options.at ?? now();
  const row = await detailQuery(db, ownerId, invoiceNumber).executeTakeFirst();
  if (!row) return null;
  const period = periodOfDate(row.issued_at.slice(0, 10));
  const number = invoiceNumberText(row.track, row.number);
  const flags = await lookUpFlags(db, ownerId, period, [number]);
  const [summary] = await summaries(db, options.db !== undefined, period, [row as Row], flags, at);
  const codes = row.item_codes.map(Number);
  const names = codes.length
    ? await db.selectFrom('stat_items').select(['code', 'name', 'name_en']).where('code', 'in', [...new Set(codes)]).execute()
    : [];
  const byCode = new Map(names.map((n) => [n.code, n]));
  const detail: InvoiceDetailDto = {
    ...summary!,
    randomCode: String(row.random_code).padStart(4, '0'),
    seller: { ...summary!.seller, county: row.county_name, countyEn: row.county_name_en, township: row.township },
    items: codes.map((code, k) => ({
      code,
      name: byCode.get(code)?.name ?? '',
      nameEn: byCode.get(code)?.name_en ?? '',
      amount: Number(row.item_prices[k]),
    })),
    synthetic: true,
  };
  return maskDonated(detail);
}

/** Whether the carrier is the owner's (the owner in the query, like every read here). */
export async function ownsCarrier(ownerId: string, carrierId: number, options: StoreOptions = {}): Promise<boolean> {
  const db = await resolveDb(options.db);
  const row = await db.selectFrom('carriers').select('id').where('owner_id', '=', ownerId).where('id', '=', carrierId).executeTakeFirst();
  return Boolean(row);
}

export type CarrierOption = { id: number; typeCode: string; number: string };

/** Built and compiled once (lib/db/prepared.ts): every visit of the list runs it. */
const carrierOptionsQuery = prepared((db, { ownerId }: { ownerId: string }) =>
  db
    .selectFrom('carriers')
    .select(['id', 'type_code', 'number'])
    .where('owner_id', '=', ownerId)
    .orderBy(sql`type_code = '3J0002'`, 'desc')
    .orderBy('id'),
);

/** The owner's carriers, for the list's carrier filter (the barcode first). */
export async function ownCarrierOptions(ownerId: string, options: StoreOptions = {}): Promise<CarrierOption[]> {
  const db = await resolveDb(options.db);
  const { rows } = await db.executeQuery(carrierOptionsQuery(db, { ownerId }));
  return rows.map((r) => ({ id: Number(r.id), typeCode: r.type_code, number: r.number }));
}
