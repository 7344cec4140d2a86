/**
 * Collects everything the portal keeps about one citizen, for "download my data". Every part is
 * read by the owner's id (the account by its key; carriers, invoices, donations, bank account,
 * spending, the access log, tax bills, income and property records, payments, forum activity and
 * developer apps by owner in their own feature's queries), so nothing of anyone else can come
 * along. DTOs only: no code hash, no API key, bank and card numbers masked.
 */
import 'server-only';
import { sql, type Kysely } from 'kysely';
import { getBankAccount } from '@/lib/bank-account/store';
import { listCarriers } from '@/lib/carriers/store';
import { maskCarrierNumber } from '@/lib/carriers/types';
import { now } from '@/lib/clock';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { donatedInvoiceKeys, listDonations } from '@/lib/donations/store';
import { pageKey, periodOfDate } from '@/lib/lottery/period';
import { invoiceNumberText } from '@/lib/stats/synthetic/invoice-numbers';
import { listApps } from '@/lib/developer-apps/store';
import { exportForumActivity } from '@/lib/forum/my-data';
import { listOwnOrders } from '@/lib/payments/store';
import { buildSpending } from '@/lib/spending/aggregate';
import { spendingRangeOf, spendingSums } from '@/lib/spending/store';
import { listBills } from '@/lib/tax-bills/store';
import { exportTaxData } from '@/lib/tax-bills/tax-data';
import { ACCESS_LOG_EXPORT_MAX, listAccessLog } from './access-log';
import { purgeAfter } from './deletion-rules';
import type { ExportInvoice, MyDataExport } from './dto';

export type ExportOptions = { db?: Kysely<Database>; at?: Date };

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

async function account(db: Kysely<Database>, ownerId: string): Promise<MyDataExport['account'] | null> {
  const user = await db
    .selectFrom('users')
    .select(['mobile_barcode', 'email', 'email_verified_at', 'created_at', 'last_sign_in_at', 'deletion_requested_at', 'is_demo'])
    .where('id', '=', ownerId)
    .where('kind', '=', 'citizen')
    .executeTakeFirst();
  if (!user) return null;
  const passkeys = await db
    .selectFrom('passkeys')
    .select(['name', 'device_type', 'created_at', 'last_used_at'])
    .where('user_id', '=', ownerId)
    .orderBy('created_at')
    .execute();
  return {
    mobileBarcode: user.mobile_barcode ?? '',
    email: user.email ?? '',
    emailConfirmedAt: iso(user.email_verified_at),
    createdAt: iso(user.created_at)!,
    lastSignInAt: iso(user.last_sign_in_at),
    deletionRequestedAt: iso(user.deletion_requested_at),
    deletionAfter: user.deletion_requested_at ? purgeAfter(new Date(user.deletion_requested_at)).toISOString() : null,
    demoAccount: user.is_demo,
    passkeys: passkeys.map((p) => ({ name: p.name, deviceType: p.device_type, createdAt: iso(p.created_at)!, lastUsedAt: iso(p.last_used_at) })),
  };
}

/** Every invoice of the owner's linked carriers, oldest first, with its items. */
export async function exportInvoices(ownerId: string, options: ExportOptions = {}): Promise<ExportInvoice[]> {
  const db = await resolveDb(options.db);
  const [rows, donated] = await Promise.all([
    db
      .selectFrom('carriers as c')
      .innerJoin('stat_invoices as i', 'i.buyer_id', 'c.buyer_id')
      .innerJoin('stat_sellers as s', 's.id', 'i.seller_id')
      .where('c.owner_id', '=', ownerId)
      .where('i.buyer_id', 'is not', null)
      .select([
        sql<string>`to_char(i.issued_at, 'YYYY-MM-DD"T"HH24:MI:SS')`.as('issued_at'),
        'i.id',
        'i.amount',
        'i.track',
        'i.number',
        'i.random_code',
        'i.item_codes',
        'i.item_prices',
        's.name as seller_name',
        's.ban as seller_ban',
        'c.type_code',
        'c.number as carrier_number',
      ])
      .orderBy('i.issued_at')
      .orderBy('i.id')
      .execute(),
    donatedInvoiceKeys(ownerId, { db }),
  ]);
  const codes = [...new Set(rows.flatMap((r) => r.item_codes.map(Number)))];
  const names = codes.length ? await db.selectFrom('stat_items').select(['code', 'name', 'name_en']).where('code', 'in', codes).execute() : [];
  const byCode = new Map(names.map((n) => [Number(n.code), n]));
  return rows.map((r) => {
    const number = invoiceNumberText(r.track, r.number);
    const isDonated = donated.has(`${pageKey(periodOfDate(r.issued_at.slice(0, 10)))}/${number}`);
    return {
      // Donated invoices as the platform shows them to the donor: last 3 digits and random code hidden.
      number: isDonated ? `${number.slice(0, 7)}***` : number,
      issuedAt: `${r.issued_at}+08:00`,
      amount: r.amount,
      seller: { name: r.seller_name, ban: r.seller_ban },
      carrier: { typeCode: r.type_code, number: maskCarrierNumber(r.type_code, r.carrier_number) },
      randomCode: isDonated ? null : String(r.random_code).padStart(4, '0'),
      donated: isDonated,
      items: r.item_codes.map((code, k) => {
        const item = byCode.get(Number(code));
        return { name: item?.name ?? '', nameEn: item?.name_en ?? '', amount: Number(r.item_prices[k]) };
      }),
    };
  });
}

export const EXPORT_ABOUT =
  'Everything Tax Cloud keeps about your account. Invoices are synthetic demo data. Card and bank account numbers are masked; your verification code is never stored in a readable form and is not included.';

/** null when the account does not exist (any more). */
export async function collectMyData(ownerId: string, options: ExportOptions = {}): Promise<MyDataExport | null> {
  const db = await resolveDb(options.db);
  const at = options.at ?? now();
  const ctx = { db, at };
  const acc = await account(db, ownerId);
  if (!acc) return null;
  const range = await spendingRangeOf(ownerId, ctx);
  const [carriers, invoices, donations, bank, sums, log, bills, taxData, orders, forum, apps] = await Promise.all([
    listCarriers(ownerId, ctx),
    exportInvoices(ownerId, ctx),
    listDonations(ownerId, ctx),
    getBankAccount(ownerId, ctx),
    range ? spendingSums(ownerId, range, ctx) : Promise.resolve(null),
    listAccessLog(ownerId, { db, limit: ACCESS_LOG_EXPORT_MAX }),
    listBills(ownerId, {}, ctx),
    exportTaxData(ownerId, ctx),
    listOwnOrders(ownerId, ctx),
    exportForumActivity(ownerId, ctx),
    listApps(ownerId, ctx),
  ]);
  const spending = range && sums ? buildSpending(range, sums) : null;
  return {
    generatedAt: at.toISOString(),
    about: EXPORT_ABOUT,
    account: acc,
    carriers: carriers.map((c) => ({ typeCode: c.typeCode, number: c.number, linkedAt: iso(c.linkedAt) })),
    invoices,
    donations: donations.map((d) => ({
      periodKey: d.periodKey,
      invoiceNumber: d.invoiceNumber,
      loveCode: d.loveCode,
      organisation: d.organisation,
      amount: d.amount,
      donatedAt: d.donatedAt.toISOString(),
    })),
    bankAccount: bank ? { bankCode: bank.bankCode, accountNumberMasked: bank.accountNumberMasked, updatedAt: bank.updatedAt.toISOString() } : null,
    spending: spending ? { range: spending.range, total: spending.total, byMonth: spending.byMonth, byCategory: spending.byCategory } : null,
    accessLog: log.map((e) => ({ ...e, at: e.at.toISOString() })),
    taxBills: bills.map((b) => ({
      id: b.id,
      taxType: b.taxType,
      direction: b.direction,
      taxYear: b.taxYear,
      office: b.office.name,
      subject: b.subject,
      principal: b.principal,
      dueDate: b.dueDate,
      status: b.status,
      amountDue: b.amountDue,
      lateFee: b.lateFee ? { surcharge: b.lateFee.surcharge, interest: b.lateFee.interest, total: b.lateFee.total } : null,
      vehicle: b.vehicle,
      events: b.events,
    })),
    taxData,
    payments: orders.map((o) => ({
      id: o.id,
      billId: o.billId,
      amount: o.amount,
      description: o.description,
      status: o.status,
      createdAt: o.createdAt.toISOString(),
      expiresAt: o.expiresAt.toISOString(),
      settledAt: iso(o.settledAt),
      billSettled: o.billSettled,
      receipt: o.receipt ? { number: o.receipt.number, issuedAt: o.receipt.issuedAt.toISOString() } : null,
    })),
    forum,
    developerApps: apps.map((a) => ({
      appId: a.appId,
      name: a.name,
      description: a.description,
      contact: a.contact,
      createdAt: a.createdAt.toISOString(),
      keyCreatedAt: a.keyCreatedAt.toISOString(),
      revokedAt: iso(a.revokedAt),
      demo: a.demo,
    })),
  };
}
