/**
 * The bodies of the app API's actions: read parameters, call the same lib/ modules the pages
 * use, map to the wire format (format.ts). Throw EinvoiceApiError for a coded refusal.
 * The dispatcher (dispatch.ts) has already checked the app, the device, the rate limits and,
 * for signed actions, the signature and the timestamps.
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { authenticateCitizen } from '@/lib/citizens/sign-in';
import { listCarriers } from '@/lib/carriers/store';
import { maskCarrierNumber, MOBILE_BARCODE_TYPE } from '@/lib/carriers/types';
import type { Database } from '@/lib/db/schema';
import { donationRefusal, normaliseLoveCode, LOVE_CODE } from '@/lib/donations/rules';
import { donateInvoice, searchOrganisations } from '@/lib/donations/store';
import type { RequestMeta } from '@/lib/http/request-meta';
import type { InvoiceSummaryDto } from '@/lib/invoices/dto';
import { findInvoiceByProof } from '@/lib/invoices/public-lookup';
import { getInvoice, listInvoices, listInvoicesOldestFirst } from '@/lib/invoices/store';
import { decodeCursor } from '@/lib/invoices/schemas';
import { getPeriods, listPeriods } from '@/lib/lottery/catalog';
import { apiTerm, drawDate, pageKey, periodOfDate } from '@/lib/lottery/period';
import { todayInTaipei } from '@/lib/taiwan/today';
import { EinvoiceApiError } from './codes';
import { carrierWindowStart, compactDate, javaDate, parseInvTerm, parseSlashDate, timeOfDay, winningListFields, CARRIER_TYPE_NAMES } from './format';
import type { Params } from './params';

export type ActionContext = {
  params: Params;
  appId: string;
  /** The device (UUID/uuid), when sent. */
  device: string | null;
  meta: RequestMeta;
  at: Date;
  /** Tests pass their database; the app uses its own. */
  db?: Kysely<Database>;
};

export type ActionResult = Record<string, unknown>;

const INVOICE_NUMBER = /^[A-Z]{2}\d{8}$/;
/** Rows per page of carrierInvChk; more rows answer 996 with the page and the next page's number. */
export const CARRIER_PAGE_SIZE = 100;
const INVOICE_STATUS = '已確認';

function requireParam(params: Params, ...names: string[]): string {
  const value = params.any(...names)?.trim();
  if (!value) throw new EinvoiceApiError('903');
  return value;
}

function invoiceNumberParam(params: Params): string {
  const value = requireParam(params, 'invNum').toUpperCase().replace(/[-\s]/g, '');
  if (!INVOICE_NUMBER.test(value)) throw new EinvoiceApiError('903');
  return value;
}

function dateParam(params: Params, name: string): string {
  const iso = parseSlashDate(params.get(name));
  if (!iso) throw new EinvoiceApiError('903');
  return iso;
}

// ——— public actions ———

export async function qryWinningList(ctx: ActionContext): Promise<ActionResult> {
  const term = parseInvTerm(ctx.params.get('invTerm'));
  if (!term.ok) throw new EinvoiceApiError(term.reason === 'format' ? '902' : '901');
  const records = ctx.db ? await listPeriods(ctx.db) : await getPeriods();
  const record = records.find((r) => r.key === pageKey(term.period));
  if (!record) throw new EinvoiceApiError('901');
  return winningListFields(record, record.publishedAt ?? drawDate(record.period));
}

function proofType(params: Params): 'QRCode' | 'Barcode' {
  const type = params.get('type');
  // Case-sensitive, as the spec says.
  if (type !== 'QRCode' && type !== 'Barcode') throw new EinvoiceApiError('904');
  return type;
}

function headerFields(invoice: NonNullable<Awaited<ReturnType<typeof findInvoiceByProof>>>) {
  return {
    invNum: invoice.number,
    invDate: compactDate(invoice.issuedAt),
    sellerName: invoice.seller.name,
    invStatus: INVOICE_STATUS,
    invPeriod: apiTerm(periodOfDate(invoice.issuedAt.slice(0, 10))),
    sellerBan: invoice.seller.ban,
    sellerAddress: invoice.seller.address,
    invoiceTime: timeOfDay(invoice.issuedAt),
    buyerBan: '',
    currency: '',
  };
}

export async function qryInvHeader(ctx: ActionContext): Promise<ActionResult> {
  proofType(ctx.params);
  const number = invoiceNumberParam(ctx.params);
  const date = dateParam(ctx.params, 'invDate');
  const invoice = await findInvoiceByProof(number, date, { db: ctx.db });
  if (!invoice) throw new EinvoiceApiError('915');
  return headerFields(invoice);
}

export async function qryInvDetail(ctx: ActionContext): Promise<ActionResult> {
  const type = proofType(ctx.params);
  const number = invoiceNumberParam(ctx.params);
  const date = dateParam(ctx.params, 'invDate');
  const random = requireParam(ctx.params, 'randomNumber');
  if (!/^\d{4}$/.test(random)) throw new EinvoiceApiError('903');
  if (type === 'Barcode' && !/^\d{5}$/.test(requireParam(ctx.params, 'invTerm'))) throw new EinvoiceApiError('903');
  if (type === 'QRCode') {
    requireParam(ctx.params, 'encrypt');
    if (!/^\d{8}$/.test(requireParam(ctx.params, 'sellerID'))) throw new EinvoiceApiError('903');
  }
  const invoice = await findInvoiceByProof(number, date, { db: ctx.db });
  // A wrong random code, seller or term answers like no invoice at all: nothing to guess from.
  const mismatch =
    !invoice ||
    invoice.randomCode !== random ||
    (type === 'QRCode' && ctx.params.get('sellerID') !== invoice.seller.ban) ||
    (type === 'Barcode' && ctx.params.get('invTerm') !== apiTerm(periodOfDate(date)));
  if (mismatch) throw new EinvoiceApiError('915');
  return {
    ...headerFields(invoice),
    amount: String(invoice.amount),
    details: invoice.items.map((item, i) => ({
      rowNum: String(i + 1),
      description: item.name,
      quantity: '1',
      unitPrice: String(item.amount),
      amount: String(item.amount),
    })),
  };
}

export async function qryLoveCode(ctx: ActionContext): Promise<ActionResult> {
  const q = requireParam(ctx.params, 'qKey');
  if (q.length > 40) throw new EinvoiceApiError('903');
  const found = await searchOrganisations(q, { db: ctx.db });
  return {
    details: found.map((o, i) => ({
      rowNum: String(i + 1),
      // The directory here is synthetic and records no tax ID for its organisations.
      SocialWelfareBAN: '',
      LoveCode: o.code,
      SocialWelfareName: o.name,
      SocialWelfareAbbrev: o.name,
    })),
  };
}

// ——— carrier actions: the mobile barcode and its verification code of a citizen account ———

async function carrierOwner(ctx: ActionContext): Promise<{ ownerId: string; barcode: string }> {
  const cardType = requireParam(ctx.params, 'cardType');
  if (cardType !== MOBILE_BARCODE_TYPE) throw new EinvoiceApiError('904');
  const barcode = requireParam(ctx.params, 'cardNo');
  const code = requireParam(ctx.params, 'cardEncrypt');
  // The site's own sign-in check: the same lockout (5 wrong codes → 15 minutes) and audit entries.
  const result = await authenticateCitizen({ barcode, code }, ctx.meta, ctx.db);
  if (!result.ok) throw new EinvoiceApiError(result.reason === 'locked' ? '950' : '919');
  return { ownerId: result.user.id, barcode: result.user.barcode };
}

function carrierRow(dto: InvoiceSummaryDto, issuedLocal: string, at: Date, rowNum: number) {
  const donatable = !dto.donated && donationRefusal({ issuedOn: issuedLocal.slice(0, 10), printed: false, donated: false }, at) === null;
  return {
    rowNum,
    invNum: dto.number,
    cardType: dto.carrier.typeCode,
    cardNo: maskCarrierNumber(dto.carrier.typeCode, dto.carrier.number),
    sellerName: dto.seller.name,
    invStatus: INVOICE_STATUS,
    invDonatable: donatable,
    amount: String(dto.amount),
    invPeriod: dto.period,
    donateMark: dto.donated ? '1' : '0',
    sellerBan: dto.seller.ban,
    sellerAddress: '',
    invoiceTime: timeOfDay(issuedLocal),
    buyerBan: '',
    currency: '',
    invDate: javaDate(issuedLocal),
  };
}

export async function carrierInvChk(ctx: ActionContext): Promise<ActionResult> {
  const from = dateParam(ctx.params, 'startDate');
  const to = dateParam(ctx.params, 'endDate');
  const onlyWinning = ctx.params.get('onlyWinningInv') ?? 'N';
  if (onlyWinning !== 'Y' && onlyWinning !== 'N') throw new EinvoiceApiError('903');
  // One calendar month per query, within the reach of the carrier query (README §4).
  if (from.slice(0, 7) !== to.slice(0, 7) || from > to || from < carrierWindowStart(todayInTaipei(ctx.at))) throw new EinvoiceApiError('903');
  const pageText = ctx.params.get('page') ?? '1';
  if (!/^\d{1,4}$/.test(pageText) || Number(pageText) < 1) throw new EinvoiceApiError('903');
  const page = Number(pageText);
  const owner = await carrierOwner(ctx);

  const period = periodOfDate(from);
  if (onlyWinning === 'N') {
    // Every invoice of the month: the page and the count straight from the store (two statements).
    const offset = (page - 1) * CARRIER_PAGE_SIZE;
    const { total, invoices } = await listInvoicesOldestFirst(owner.ownerId, { period, from, to, offset, limit: CARRIER_PAGE_SIZE }, { db: ctx.db, at: ctx.at });
    const body = {
      onlyWinningInv: onlyWinning,
      details: invoices.map((dto, i) => carrierRow(dto, dto.issuedAt.slice(0, 19), ctx.at, offset + i + 1)),
      page: String(page),
      totalPage: String(Math.max(1, Math.ceil(total / CARRIER_PAGE_SIZE))),
    };
    if (total > page * CARRIER_PAGE_SIZE) throw new EinvoiceApiError('996', { body });
    return body;
  }
  // Only the winning ones: a prize is known after the draw from lib/lottery, so the month is read whole.
  const all: InvoiceSummaryDto[] = [];
  let cursor: string | null = null;
  do {
    const decoded = cursor ? decodeCursor(cursor) : null;
    const result = await listInvoices(owner.ownerId, { period, from, to, limit: 100, ...(decoded ? { cursor: decoded } : {}) }, { db: ctx.db, at: ctx.at });
    all.push(...result.invoices);
    cursor = result.nextCursor;
  } while (cursor);
  // Oldest first, as the Ministry lists them; a win is never shown for a donated invoice (the DTO has none).
  const rows = all.reverse().filter((dto) => dto.prize !== null);
  const slice = rows.slice((page - 1) * CARRIER_PAGE_SIZE, page * CARRIER_PAGE_SIZE);
  const more = rows.length > page * CARRIER_PAGE_SIZE;
  const body = {
    onlyWinningInv: onlyWinning,
    details: slice.map((dto, i) => carrierRow(dto, dto.issuedAt.slice(0, 19), ctx.at, (page - 1) * CARRIER_PAGE_SIZE + i + 1)),
    page: String(page),
    totalPage: String(Math.max(1, Math.ceil(rows.length / CARRIER_PAGE_SIZE))),
  };
  // 996: more rows than one answer holds; this answer carries the page, the client asks for the next.
  if (more) throw new EinvoiceApiError('996', { body });
  return body;
}

export async function carrierInvDetail(ctx: ActionContext): Promise<ActionResult> {
  const number = invoiceNumberParam(ctx.params);
  const date = dateParam(ctx.params, 'invDate');
  const owner = await carrierOwner(ctx);
  const invoice = await getInvoice(owner.ownerId, number, { db: ctx.db, at: ctx.at });
  if (!invoice || invoice.issuedAt.slice(0, 10) !== date) throw new EinvoiceApiError('915');
  const local = invoice.issuedAt.slice(0, 19);
  return {
    invNum: invoice.number,
    invDate: compactDate(local),
    sellerName: invoice.seller.name,
    amount: String(invoice.amount),
    invStatus: INVOICE_STATUS,
    invPeriod: invoice.period,
    sellerBan: invoice.seller.ban,
    sellerAddress: `${invoice.seller.county}${invoice.seller.township}`,
    invoiceTime: timeOfDay(local),
    buyerBan: '',
    currency: '',
    details: invoice.items.map((item, i) => ({ rowNum: String(i + 1), description: item.name, quantity: '1', unitPrice: String(item.amount), amount: String(item.amount) })),
  };
}

const DONATION_CODES = { unknown_love_code: '907', already_donated: '908', printed: '913', after_draw: '913', not_found: '915', key_reused: '903' } as const;

export async function carrierInvDnt(ctx: ActionContext): Promise<ActionResult> {
  const serial = requireParam(ctx.params, 'serial');
  if (!/^\d{10}$/.test(serial)) throw new EinvoiceApiError('903');
  const number = invoiceNumberParam(ctx.params);
  const date = dateParam(ctx.params, 'invDate');
  const npoBan = normaliseLoveCode(requireParam(ctx.params, 'npoBan'));
  if (!LOVE_CODE.test(npoBan)) throw new EinvoiceApiError('907');
  const owner = await carrierOwner(ctx);
  const mine = await getInvoice(owner.ownerId, number, { db: ctx.db, at: ctx.at });
  if (!mine || mine.issuedAt.slice(0, 10) !== date) throw new EinvoiceApiError('915');
  // The same serial of the same app and device is the same request (the site's idempotency key):
  // sent again, it answers as the first time; a donated invoice under another serial is 908.
  const key = `einvoice-api:${ctx.appId}:${ctx.device ?? '-'}:${serial}`;
  const result = await donateInvoice(owner.ownerId, number, npoBan, key, { db: ctx.db, meta: ctx.meta, actorLabel: owner.barcode, at: ctx.at });
  if (!result.ok) throw new EinvoiceApiError(DONATION_CODES[result.code]);
  return {
    hashSerial: serial,
    invNum: result.donation.invoiceNumber,
    invDate: compactDate(date),
    NPOBan: result.donation.loveCode,
    invStatus: '已捐贈',
    invDntTimeStamp: javaDate(new Date(result.donation.donatedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)),
  };
}

export async function qryCarrierAgg(ctx: ActionContext): Promise<ActionResult> {
  const serial = requireParam(ctx.params, 'serial');
  if (!/^\d{10}$/.test(serial)) throw new EinvoiceApiError('903');
  const owner = await carrierOwner(ctx);
  const carriers = await listCarriers(owner.ownerId, { db: ctx.db });
  return {
    hashSerial: serial,
    carriers: carriers.map((c) => ({ carrierType: c.typeCode, carrierId2: c.number, carrierName: CARRIER_TYPE_NAMES[c.typeCode] ?? c.typeCode })),
  };
}
