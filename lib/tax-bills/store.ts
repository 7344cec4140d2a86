/**
 * The tax passbook's data. Every citizen function takes the owner's id first and filters by it in
 * the query: another citizen's bill is simply not found.
 *
 * Exported for the payment module (h5 codes against these two signatures):
 * - getPayableBill(ownerId, billId, now): the amount to charge, recomputed for today;
 * - markBillPaid(trx, …): marks a bill paid exactly once (one conditional UPDATE).
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { recordAudit } from '@/lib/audit';
import type { CitizenContext } from '@/lib/carriers/context';
import { now as clockNow } from '@/lib/clock';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import type { RequestMeta } from '@/lib/http/request-meta';
import { rocYearOf, todayInTaipei } from '@/lib/taiwan';
import { officeOf } from './data/offices';
import type { BillEventDto, LateFeeDto, PayableBill, TaxBillDto } from './dto';
import { billStatus, lateFeeOn, type BillTaxType } from './rules';
import type { BillFilters } from './schemas';

const TAX_NAMES: Record<BillTaxType, { zh: string; en: string }> = {
  house: { zh: '房屋稅', en: 'House tax' },
  land_value: { zh: '地價稅', en: 'Land value tax' },
  vehicle_licence: { zh: '使用牌照稅', en: 'Vehicle licence tax' },
  income: { zh: '綜合所得稅', en: 'Individual income tax' },
};

type BillRow = {
  id: string;
  tax_type: BillTaxType;
  direction: 'payable' | 'refund';
  tax_year: number;
  office_code: string;
  principal: number;
  due_date: string;
  serial: number;
  subject: string;
  subject_en: string;
  vehicle_kind: string | null;
  engine_cc: number | null;
  return_id: string | null;
  paid_at: Date | null;
  synthetic: boolean;
};

const BILL_COLUMNS = [
  'id',
  'tax_type',
  'direction',
  'tax_year',
  'office_code',
  'principal',
  'due_date',
  'serial',
  'subject',
  'subject_en',
  'vehicle_kind',
  'engine_cc',
  'return_id',
  'paid_at',
  'synthetic',
] as const;

function billsOf(db: Kysely<Database>, ownerId: string) {
  return db.selectFrom('tax_bills').select(BILL_COLUMNS).where('owner_id', '=', ownerId);
}

/** The late fee as the passbook shows it, from lib/tax's result. */
export function lateFeeDto(bill: { taxType: BillTaxType; principal: number; dueDate: string }, paidOn: string): LateFeeDto | null {
  const fee = lateFeeOn(bill, paidOn);
  if (!fee) return null;
  return {
    paidOn: fee.paidOn,
    deadlineAdjusted: fee.deadlineAdjusted,
    daysLate: fee.daysLate,
    surchargePercent: Math.round(fee.surchargeRate * 100),
    surcharge: fee.surcharge,
    interest: fee.interest,
    interestDays: fee.interestDays,
    total: fee.total,
    surchargePeriodTo: fee.surchargePeriod.to,
    referred: fee.referral.referred,
    referralDate: fee.referral.date,
  };
}

function toDto(row: BillRow, events: BillEventDto[], today: string): TaxBillDto & { serial: number } {
  const taxType = row.tax_type;
  const dueDate = String(row.due_date);
  const base = { taxType, principal: Number(row.principal), dueDate };
  const status = billStatus(
    { ...base, direction: row.direction, paid: row.paid_at !== null, refunded: events.some((e) => e.kind === 'refund') },
    today,
  );
  const late = status === 'overdue' || status === 'enforcement' ? lateFeeDto(base, today) : null;
  const office = officeOf(row.office_code);
  return {
    id: row.id,
    serial: Number(row.serial),
    taxType,
    direction: row.direction,
    taxYear: Number(row.tax_year),
    office: { code: office.code, name: office.name, nameEn: office.nameEn },
    principal: base.principal,
    dueDate,
    subject: row.subject,
    subjectEn: row.subject_en,
    vehicle: row.vehicle_kind && row.engine_cc ? { kind: row.vehicle_kind, cc: Number(row.engine_cc) } : null,
    returnId: row.return_id,
    status,
    lateFee: late,
    amountDue: status === 'unpaid' ? base.principal : late ? late.total : 0,
    events,
    synthetic: row.synthetic,
  };
}

async function eventsFor(db: Kysely<Database>, billIds: string[]): Promise<Map<string, BillEventDto[]>> {
  const map = new Map<string, BillEventDto[]>();
  if (billIds.length === 0) return map;
  const rows = await db
    .selectFrom('tax_bill_events')
    .select(['bill_id', 'kind', 'occurred_at', 'amount', 'channel', 'reference'])
    .where('bill_id', 'in', billIds)
    .orderBy('occurred_at')
    .execute();
  for (const r of rows) {
    const list = map.get(r.bill_id) ?? [];
    list.push({ kind: r.kind, at: new Date(r.occurred_at).toISOString(), amount: Number(r.amount), channel: r.channel, reference: r.reference });
    map.set(r.bill_id, list);
  }
  return map;
}

type Ctx = { db?: Kysely<Database>; at?: Date };

/** My bills, newest due date first, filtered by tax and year. */
export async function listBills(ownerId: string, filters: BillFilters = {}, ctx: Ctx = {}): Promise<Array<TaxBillDto & { serial: number }>> {
  const db = await resolveDb(ctx.db);
  let query = billsOf(db, ownerId).orderBy('due_date', 'desc').orderBy('serial');
  if (filters.tax) query = query.where('tax_type', '=', filters.tax);
  if (filters.year) query = query.where('tax_year', '=', filters.year);
  const rows = (await query.execute()) as BillRow[];
  const events = await eventsFor(db, rows.map((r) => r.id));
  const today = todayInTaipei(ctx.at ?? clockNow());
  return rows.map((r) => toDto(r, events.get(r.id) ?? [], today));
}

/** One of my bills, or null (not mine, or no such bill: the same answer). `billId` must be a validated uuid. */
export async function getBill(ownerId: string, billId: string, ctx: Ctx = {}): Promise<(TaxBillDto & { serial: number }) | null> {
  const db = await resolveDb(ctx.db);
  const row = (await billsOf(db, ownerId).where('id', '=', billId).executeTakeFirst()) as BillRow | undefined;
  if (!row) return null;
  const events = await eventsFor(db, [row.id]);
  return toDto(row, events.get(row.id) ?? [], todayInTaipei(ctx.at ?? clockNow()));
}

/** The years my bills are for, newest first (the year filter's options). */
export async function billYears(ownerId: string, ctx: Ctx = {}): Promise<number[]> {
  const db = await resolveDb(ctx.db);
  const rows = await db.selectFrom('tax_bills').select('tax_year').distinct().where('owner_id', '=', ownerId).orderBy('tax_year', 'desc').execute();
  return rows.map((r) => Number(r.tax_year));
}

/** "房屋稅 115年 · House tax 2026 (臺北市稅捐稽徵處)": how a payment names the bill. */
export function billDescription(bill: { taxType: BillTaxType; taxYear: number; office: { name: string } }): string {
  const name = TAX_NAMES[bill.taxType];
  return `${name.zh} ${rocYearOf(bill.taxYear)}年 · ${name.en} ${bill.taxYear}（${bill.office.name}）`;
}

/**
 * A bill the owner can pay now, with the amount recomputed for `now` (principal + today's late
 * fee through lib/tax), or null: not theirs, a refund, already paid, or a day the late fee
 * cannot be computed for.
 */
export async function getPayableBill(ownerId: string, billId: string, now: Date, db?: Kysely<Database>): Promise<PayableBill | null> {
  const bill = await getBill(ownerId, billId, { db, at: now });
  if (!bill || bill.direction !== 'payable' || bill.status === 'paid') return null;
  const amountDue = bill.status === 'unpaid' ? bill.principal : bill.lateFee?.total;
  if (amountDue === undefined) return null;
  return { id: bill.id, ownerId, amountDue, description: billDescription(bill), dueDate: bill.dueDate };
}

export type MarkPaid = { billId: string; paidAt: Date; amount: number; channel: string; reference: string };

/**
 * Marks a payable bill paid and records the payment, exactly once: true for the call that did
 * it, false when the bill was paid already (or is a refund / does not exist). Run it inside the
 * caller's transaction so the payment order and the bill change together.
 */
export async function markBillPaid(trx: Kysely<Database>, input: MarkPaid): Promise<boolean> {
  const updated = await trx
    .updateTable('tax_bills')
    .set({ paid_at: input.paidAt })
    .where('id', '=', input.billId)
    .where('paid_at', 'is', null)
    .where('direction', '=', 'payable')
    .returning('id')
    .executeTakeFirst();
  if (!updated) return false;
  await trx
    .insertInto('tax_bill_events')
    .values({ bill_id: input.billId, kind: 'payment', occurred_at: input.paidAt, amount: input.amount, channel: input.channel, reference: input.reference })
    .execute();
  return true;
}

/**
 * A tax official's look at a citizen's bills, only with a reason: the lookup is audited against
 * the citizen's account (target user), so it shows in their access log on /me/data.
 */
export async function staffLookupBills(
  staff: { id: string; label: string },
  barcode: string,
  reason: string,
  ctx: Ctx & { meta?: RequestMeta } = {},
): Promise<{ citizenId: string; bills: TaxBillDto[] } | null> {
  const db = await resolveDb(ctx.db);
  const citizen = await db.selectFrom('users').select('id').where('mobile_barcode', '=', barcode).where('kind', '=', 'citizen').executeTakeFirst();
  if (!citizen) return null;
  await recordAudit(
    { actor: staff, action: 'tax.staff_lookup', target: { type: 'user', id: citizen.id }, details: { reason }, meta: ctx.meta },
    db,
  );
  return { citizenId: citizen.id, bills: await listBills(citizen.id, {}, ctx) };
}

export type { CitizenContext };
