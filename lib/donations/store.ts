/**
 * Donations by love code. Every citizen function takes the owner's id first and filters by it.
 *
 * The same request twice gives one donation: a donation is keyed by (owner, Idempotency-Key) and
 * an invoice by (period, number), both unique in the table. The write is one INSERT … ON
 * CONFLICT DO NOTHING; a request that loses a race reads the winner's row and answers as a
 * replay (same key, same invoice) or as "already donated" (another key).
 */
import 'server-only';
import type { Kysely } from 'kysely';
import { recordAudit } from '@/lib/audit';
import { actorOf, type CitizenContext } from '@/lib/carriers/context';
import { now } from '@/lib/clock';
import { resolveDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { findOwnedInvoice } from './invoice-lookup';
import { donationPeriodKey, donationRefusal, maskDonatedInvoiceNumber, type DonationRefusal } from './rules';
import type { DonateInput } from './schemas';

export type OrganisationDto = { code: string; name: string; nameEn: string; synthetic: boolean };

export type DonationDto = {
  id: number;
  /** etax page key of the invoice's period (odd month), e.g. 11509. */
  periodKey: string;
  /** Masked as the platform shows donated invoices to the donor: AB12345***. */
  invoiceNumber: string;
  loveCode: string;
  organisation: string;
  organisationEn: string;
  amount: number;
  donatedAt: Date;
};

export type DonateResult =
  | { ok: true; donation: DonationDto; replayed: boolean }
  | { ok: false; code: 'not_found' | 'unknown_love_code' | 'key_reused' | DonationRefusal };

type DonationRow = {
  id: number;
  period_key: string;
  invoice_number: string;
  love_code: string;
  amount: number;
  donated_at: Date;
  name: string;
  name_en: string;
};

const toDto = (row: DonationRow): DonationDto => ({
  id: Number(row.id),
  periodKey: row.period_key,
  invoiceNumber: maskDonatedInvoiceNumber(row.invoice_number),
  loveCode: row.love_code,
  organisation: row.name,
  organisationEn: row.name_en,
  amount: Number(row.amount),
  donatedAt: new Date(row.donated_at),
});

function donationsOf(db: Kysely<Database>, ownerId: string) {
  return db
    .selectFrom('donations')
    .innerJoin('love_code_organisations as o', 'o.code', 'donations.love_code')
    .select(['donations.id', 'period_key', 'invoice_number', 'love_code', 'amount', 'donated_at', 'o.name', 'o.name_en'])
    .where('donations.owner_id', '=', ownerId);
}

async function byKey(db: Kysely<Database>, ownerId: string, key: string) {
  return donationsOf(db, ownerId).where('idempotency_key', '=', key).executeTakeFirst();
}

export async function donateInvoice(
  ownerId: string,
  invoiceNumber: string,
  loveCode: string,
  idempotencyKey: string,
  ctx: CitizenContext = {},
): Promise<DonateResult> {
  const db = await resolveDb(ctx.db);
  const replay = (row: DonationRow): DonateResult =>
    row.invoice_number === invoiceNumber && row.love_code === loveCode ? { ok: true, donation: toDto(row), replayed: true } : { ok: false, code: 'key_reused' };

  // The invoice is donated already: by a request with this key that got there first (a replay,
  // even if it committed after our first look) or by another donation.
  const lostRace = async (): Promise<DonateResult> => {
    const winner = await byKey(db, ownerId, idempotencyKey);
    return winner ? replay(winner) : { ok: false, code: 'already_donated' };
  };

  const earlier = await byKey(db, ownerId, idempotencyKey);
  if (earlier) return replay(earlier);

  const organisation = await db.selectFrom('love_code_organisations').select('code').where('code', '=', loveCode).executeTakeFirst();
  if (!organisation) return { ok: false, code: 'unknown_love_code' };
  const invoice = await findOwnedInvoice(db, ownerId, invoiceNumber);
  if (!invoice) return { ok: false, code: 'not_found' };
  const periodKey = donationPeriodKey(invoice.issuedOn);
  const donated = await db.selectFrom('donations').select('id').where('period_key', '=', periodKey).where('invoice_number', '=', invoiceNumber).executeTakeFirst();
  const refusal = donationRefusal({ issuedOn: invoice.issuedOn, printed: invoice.printed, donated: Boolean(donated) }, ctx.at ?? now());
  if (refusal === 'already_donated') return lostRace();
  if (refusal) return { ok: false, code: refusal };

  const inserted = await db
    .insertInto('donations')
    .values({ owner_id: ownerId, period_key: periodKey, invoice_number: invoiceNumber, love_code: loveCode, amount: invoice.amount, idempotency_key: idempotencyKey })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return lostRace();
  await recordAudit(
    {
      actor: actorOf(ownerId, ctx),
      action: 'donation.create',
      target: { type: 'invoice', id: `${periodKey}/${invoiceNumber}` },
      details: { loveCode },
      meta: ctx.meta,
    },
    db,
  );
  const row = await donationsOf(db, ownerId).where('donations.id', '=', Number(inserted.id)).executeTakeFirstOrThrow();
  return { ok: true, donation: toDto(row), replayed: false };
}

/** Donate through the shared input shape (forms and the API). */
export function donate(ownerId: string, input: DonateInput, idempotencyKey: string, ctx: CitizenContext = {}): Promise<DonateResult> {
  return donateInvoice(ownerId, input.invoiceNumber, input.loveCode, idempotencyKey, ctx);
}

/** Newest first. */
export async function listDonations(ownerId: string, ctx: CitizenContext = {}): Promise<DonationDto[]> {
  const db = await resolveDb(ctx.db);
  const rows = await donationsOf(db, ownerId).orderBy('donated_at', 'desc').orderBy('donations.id', 'desc').limit(500).execute();
  return rows.map(toDto);
}

/**
 * The owner's donated invoices as 'periodKey/AB12345678', for invoice lists and prize checks to
 * mask them and never report their wins (lib/donations/rules.ts donorView, prizeVisibleToOwner).
 */
export async function donatedInvoiceKeys(ownerId: string, ctx: CitizenContext = {}): Promise<Set<string>> {
  const db = await resolveDb(ctx.db);
  const rows = await db.selectFrom('donations').select(['period_key', 'invoice_number']).where('owner_id', '=', ownerId).execute();
  return new Set(rows.map((r) => `${r.period_key}/${r.invoice_number}`));
}

/**
 * Of these invoice numbers (AB12345678), the ones the owner donated, optionally within one period
 * (numbers come back every few years): what lib/invoices/store.ts calls to mask
 * them and drop their prizes.
 */
export async function donatedAmong(ownerId: string, numbers: readonly string[], ctx: CitizenContext & { periodKey?: string } = {}): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const db = await resolveDb(ctx.db);
  let query = db.selectFrom('donations').select('invoice_number').where('owner_id', '=', ownerId).where('invoice_number', 'in', [...new Set(numbers)]);
  if (ctx.periodKey) query = query.where('period_key', '=', ctx.periodKey);
  return new Set((await query.execute()).map((r) => r.invoice_number));
}

/** By love code (its start) or by name, Chinese or English; the whole directory for an empty query. */
export async function searchOrganisations(q: string, ctx: Pick<CitizenContext, 'db'> = {}): Promise<OrganisationDto[]> {
  const db = await resolveDb(ctx.db);
  const text = q.normalize('NFKC').trim().slice(0, 40);
  let query = db.selectFrom('love_code_organisations').select(['code', 'name', 'name_en', 'synthetic']).orderBy('name').limit(100);
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = /^\d+$/.test(text)
      ? query.where('code', 'like', `${text}%`)
      : query.where((eb) => eb.or([eb('name', 'like', like), eb('name_en', 'ilike', like)]));
  }
  const rows = await query.execute();
  return rows.map((r) => ({ code: r.code, name: r.name, nameEn: r.name_en, synthetic: r.synthetic }));
}

export type OrganisationTotal = OrganisationDto & { invoices: number; amount: number; lastDonatedAt: Date | null };

/**
 * For officials: what each organisation received (counts and amounts, never donors). Access is
 * checked by the caller's wrapper ('donations:read').
 */
export async function donationsByOrganisation(ctx: Pick<CitizenContext, 'db'> = {}): Promise<OrganisationTotal[]> {
  const db = await resolveDb(ctx.db);
  const rows = await db
    .selectFrom('love_code_organisations as o')
    .leftJoin('donations as d', 'd.love_code', 'o.code')
    .select((eb) => [
      'o.code',
      'o.name',
      'o.name_en',
      'o.synthetic',
      eb.fn.count<number>('d.id').as('invoices'),
      eb.fn.coalesce(eb.fn.sum<number>('d.amount'), eb.lit(0)).as('amount'),
      eb.fn.max('d.donated_at').as('last_donated_at'),
    ])
    .groupBy(['o.code', 'o.name', 'o.name_en', 'o.synthetic'])
    .orderBy('invoices', 'desc')
    .orderBy('o.code')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    synthetic: r.synthetic,
    invoices: Number(r.invoices),
    amount: Number(r.amount),
    lastDonatedAt: r.last_donated_at ? new Date(r.last_donated_at as Date) : null,
  }));
}
