/**
 * A citizen's carriers (歸戶): list, link, unlink, and the mobile barcode. Every function takes
 * the owner's id first and filters by it in SQL: another citizen's carrier is simply not found.
 *
 * Linking is one conditional UPDATE (… where owner_id is null), so two citizens racing for the
 * same card cannot both get it, and a card already linked to someone else answers exactly like
 * a number that does not exist (nothing about other people's carriers leaks). Misses count
 * against a rate limit so card numbers cannot be guessed in bulk.
 */
import 'server-only';
import { recordAudit } from '@/lib/audit';
import { resolveDb } from '@/lib/db';
import { releaseAttempt, reserveAttempt } from '@/lib/rate-limit/store';
import { actorOf, type CitizenContext } from './context';
import type { LinkCarrierInput } from './schemas';
import { carrierTypeKey, maskCarrierNumber, MOBILE_BARCODE_TYPE, type CarrierTypeKey } from './types';

export type CarrierDto = {
  id: number;
  typeCode: string;
  typeKey: CarrierTypeKey | 'other';
  /** Cards and certificates masked to their last 4 characters; the mobile barcode in full. */
  number: string;
  linkedAt: Date | null;
  /** The account's own barcode: shown as a barcode, never unlinked. */
  isMobileBarcode: boolean;
};

type Row = { id: number; type_code: string; number: string; linked_at: Date | null };

const toDto = (row: Row): CarrierDto => ({
  id: Number(row.id),
  typeCode: row.type_code,
  typeKey: carrierTypeKey(row.type_code),
  number: maskCarrierNumber(row.type_code, row.number),
  linkedAt: row.linked_at ? new Date(row.linked_at) : null,
  isMobileBarcode: row.type_code === MOBILE_BARCODE_TYPE,
});

/** The mobile barcode first, then the other carriers in the order they were linked. */
export async function listCarriers(ownerId: string, ctx: CitizenContext = {}): Promise<CarrierDto[]> {
  const db = await resolveDb(ctx.db);
  const rows = await db
    .selectFrom('carriers')
    .select(['id', 'type_code', 'number', 'linked_at'])
    .where('owner_id', '=', ownerId)
    .orderBy((eb) => eb.case().when('type_code', '=', MOBILE_BARCODE_TYPE).then(0).else(1).end())
    .orderBy('linked_at')
    .orderBy('id')
    .execute();
  return rows.map(toDto);
}

/** The citizen's own mobile barcode ('/ABC1234'), for the cashier's barcode page. */
export async function mobileBarcodeOf(ownerId: string, ctx: CitizenContext = {}): Promise<string | null> {
  const db = await resolveDb(ctx.db);
  const row = await db
    .selectFrom('carriers')
    .select('number')
    .where('owner_id', '=', ownerId)
    .where('type_code', '=', MOBILE_BARCODE_TYPE)
    .orderBy('id')
    .executeTakeFirst();
  return row?.number ?? null;
}

export type LinkResult =
  | { ok: true; carrier: CarrierDto }
  /** not_found: no such carrier, or linked to another citizen (told apart nowhere). */
  | { ok: false; code: 'not_found' | 'already_linked' }
  | { ok: false; code: 'rate_limited'; retryAfterSeconds: number };

export async function linkCarrier(ownerId: string, input: LinkCarrierInput, ctx: CitizenContext = {}): Promise<LinkResult> {
  const db = await resolveDb(ctx.db);
  // Reserved before looking, so concurrent guesses cannot overrun the limit; a hit gives it back.
  const attempt = await reserveAttempt(db, 'carrier-link:account', ownerId);
  if (!attempt.allowed) return { ok: false, code: 'rate_limited', retryAfterSeconds: attempt.verdict.retryAfterSeconds };
  const linked = await db
    .updateTable('carriers')
    .set({ owner_id: ownerId, linked_at: new Date() })
    .where('type_code', '=', input.typeCode)
    .where('number', '=', input.number)
    .where('owner_id', 'is', null)
    .where('type_code', '<>', MOBILE_BARCODE_TYPE)
    .returning(['id', 'type_code', 'number', 'linked_at'])
    .executeTakeFirst();
  if (!linked) {
    const mine = await db
      .selectFrom('carriers')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('type_code', '=', input.typeCode)
      .where('number', '=', input.number)
      .executeTakeFirst();
    if (mine) {
      await releaseAttempt(db, 'carrier-link:account', ownerId);
      return { ok: false, code: 'already_linked' };
    }
    return { ok: false, code: 'not_found' };
  }
  await releaseAttempt(db, 'carrier-link:account', ownerId);
  const carrier = toDto(linked);
  await recordAudit(
    { actor: actorOf(ownerId, ctx), action: 'carrier.link', target: { type: 'carrier', id: String(carrier.id) }, details: { typeCode: carrier.typeCode }, meta: ctx.meta },
    db,
  );
  return { ok: true, carrier };
}

export type UnlinkResult = { ok: true } | { ok: false; code: 'not_found' | 'mobile_barcode' };

/** The carrier goes back to the world unlinked; its invoices leave the citizen's lists. */
export async function unlinkCarrier(ownerId: string, carrierId: number, ctx: CitizenContext = {}): Promise<UnlinkResult> {
  const db = await resolveDb(ctx.db);
  if (!Number.isSafeInteger(carrierId) || carrierId <= 0) return { ok: false, code: 'not_found' };
  const row = await db
    .updateTable('carriers')
    .set({ owner_id: null, linked_at: null })
    .where('id', '=', carrierId)
    .where('owner_id', '=', ownerId)
    .where('type_code', '<>', MOBILE_BARCODE_TYPE)
    .returning(['id', 'type_code'])
    .executeTakeFirst();
  if (!row) {
    const own = await db.selectFrom('carriers').select('id').where('id', '=', carrierId).where('owner_id', '=', ownerId).executeTakeFirst();
    return { ok: false, code: own ? 'mobile_barcode' : 'not_found' };
  }
  await recordAudit(
    { actor: actorOf(ownerId, ctx), action: 'carrier.unlink', target: { type: 'carrier', id: String(row.id) }, details: { typeCode: row.type_code }, meta: ctx.meta },
    db,
  );
  return { ok: true };
}
