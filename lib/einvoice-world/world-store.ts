/**
 * Writes the demo citizens' corner of the synthetic world (demo-plan.ts) into the store: sellers,
 * holders and carriers, invoices, the links (歸戶) to the demo citizens, and the synthetic cloud
 * list that makes one of their invoices a cloud-prize winner. Idempotent: every row has a fixed
 * id and is inserted only when missing, so it runs on every start of the embedded database.
 *
 * Server-side only; not marked 'server-only' because the seed script runs it outside Next.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { mergePeriods, sourcedPeriods, type PeriodRecord } from '../lottery/records';
import { pageKey, periodOrThrow } from '../lottery/period';
import { banFromPrefix } from '../taiwan/ban';
import { STAT_CARRIER_OF_TYPE } from '../stats/synthetic/carrier-numbers';
import { invoiceNumberText } from '../stats/synthetic/invoice-numbers';
import { mixSeed } from '../stats/synthetic/sampling';
import { insertLookups } from '../stats/synthetic/store';
import {
  DEMO_CARRIERS,
  DEMO_CITIZENS,
  DEMO_ID_BASE,
  demoInvoices,
  demoSellers,
  demoWinners,
  type DemoInvoice,
  type DemoSeller,
} from './demo-plan';

/** Sourced and published periods, as the lottery pages see them (without Next's cache). */
async function periodRecords(db: Kysely<Database>): Promise<PeriodRecord[]> {
  const rows = await db.selectFrom('lottery_periods').select(['period_key', 'special', 'grand', 'first_prizes', 'additional_sixth']).execute();
  const published = rows.map((row): PeriodRecord => {
    const period = periodOrThrow(row.period_key);
    return {
      key: pageKey(period),
      period,
      numbers: { special: row.special, grand: row.grand, first: row.first_prizes, additionalSixth: row.additional_sixth },
      confidence: 'official',
      sources: [],
      origin: 'published',
    };
  });
  return mergePeriods(sourcedPeriods(), published);
}

/** A generated run may already use a demo seller's BAN: such a seller takes another one. */
async function withFreeBans(db: Kysely<Database>, seed: number, sellers: DemoSeller[]): Promise<DemoSeller[]> {
  const taken = new Set(
    (await db.selectFrom('stat_sellers').select('ban').where('id', '<', DEMO_ID_BASE).where('ban', 'in', sellers.map((s) => s.ban)).execute()).map(
      (r) => r.ban,
    ),
  );
  return sellers.map((s) => {
    let ban = s.ban;
    for (let bump = 1; taken.has(ban); bump++) ban = banFromPrefix(mixSeed(seed, 'demo-ban', s.id, bump) % 10_000_000);
    return { ...s, ban };
  });
}

async function insertInvoices(db: Kysely<Database>, invoices: readonly DemoInvoice[], sellers: readonly DemoSeller[]): Promise<void> {
  const sellerById = new Map(sellers.map((s) => [s.id, s]));
  for (let start = 0; start < invoices.length; start += 2_000) {
    const batch = invoices.slice(start, start + 2_000);
    await db
      .insertInto('stat_invoices')
      .values(
        batch.map((inv) => {
          const seller = sellerById.get(inv.sellerId)!;
          const carrier = DEMO_CARRIERS[inv.carrier]!;
          const citizen = DEMO_CITIZENS[carrier.citizen]!;
          return {
            id: inv.id,
            issued_at: inv.issuedAt,
            seller_id: seller.id,
            county_code: seller.county,
            township_code: seller.township,
            industry_code: seller.industry,
            carrier_type: STAT_CARRIER_OF_TYPE[carrier.typeCode],
            buyer_id: DEMO_ID_BASE + carrier.index,
            age_band: citizen.ageBand,
            gender: citizen.gender,
            amount: inv.amount,
            item_codes: sql<number[]>`${`{${inv.itemCodes.join(',')}}`}::smallint[]`,
            item_prices: sql<number[]>`${`{${inv.itemPrices.join(',')}}`}::integer[]`,
            track: inv.track,
            number: inv.number,
            random_code: inv.randomCode,
          };
        }),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}

export type DemoWorldResult = { invoices: number; linkedCitizens: number; winners: Array<{ email: string; invoiceNumber: string; prize: string }> };

/**
 * The demo corner as of `at` (lib/clock.ts now() in the seeder). Citizens are found by e-mail;
 * the first time one is found, their mobile barcode and the cards planned as linked are linked
 * to them (later runs leave links alone, so an unlink in the portal survives a restart).
 */
export async function seedDemoWorld(db: Kysely<Database>, options: { seed: number; at: Date }): Promise<DemoWorldResult> {
  const { seed, at } = options;
  const sellers = await withFreeBans(db, seed, demoSellers(seed));
  const invoices = demoInvoices(seed, at, sellers);
  const winners = demoWinners(seed, at, await periodRecords(db), sellers);
  const all = [...invoices, ...winners.map((w) => w.invoice)];

  await insertLookups(db);
  await db
    .insertInto('stat_sellers')
    .values(sellers.map((s) => ({ id: s.id, ban: s.ban, name: s.name, county_code: s.county, township_code: s.township, industry_code: s.industry })))
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await db
    .insertInto('stat_buyers')
    .values(
      DEMO_CARRIERS.map((c) => ({
        id: DEMO_ID_BASE + c.index,
        carrier_type: STAT_CARRIER_OF_TYPE[c.typeCode],
        age_band: DEMO_CITIZENS[c.citizen]!.ageBand,
        gender: DEMO_CITIZENS[c.citizen]!.gender,
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await db
    .insertInto('carriers')
    .values(DEMO_CARRIERS.map((c) => ({ buyer_id: DEMO_ID_BASE + c.index, type_code: c.typeCode, number: c.number })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  await insertInvoices(db, all, sellers);

  let linkedCitizens = 0;
  for (const citizen of DEMO_CITIZENS) {
    const user = await db.selectFrom('users').select(['id', 'email_verified_at']).where('email', '=', citizen.email).where('kind', '=', 'citizen').executeTakeFirst();
    if (!user) continue;
    // Demo citizens linked their carriers when they opened the account, so earlier prizes count as
    // automatically paid where the account rules allow (lib/bank-account/payout.ts).
    const linkedAt = user.email_verified_at ?? sql<Date>`now()`;
    const first = await db
      .updateTable('carriers')
      .set({ owner_id: user.id, linked_at: linkedAt })
      .where('type_code', '=', '3J0002')
      .where('number', '=', citizen.mobileBarcode)
      .where('owner_id', 'is', null)
      .returning('id')
      .execute();
    if (first.length === 0) continue;
    linkedCitizens++;
    const cards = DEMO_CARRIERS.filter((c) => c.citizen === citizen.index && c.linked && c.typeCode !== '3J0002');
    if (cards.length > 0) {
      await db
        .updateTable('carriers')
        .set({ owner_id: user.id, linked_at: linkedAt })
        .where('buyer_id', 'in', cards.map((c) => DEMO_ID_BASE + c.index))
        .where('owner_id', 'is', null)
        .execute();
    }
  }

  // The synthetic cloud list: only where no official list exists for the period.
  for (const w of winners.filter((x) => x.prize.startsWith('cloud'))) {
    await db
      .insertInto('cloud_prize_lists')
      .values({ period_key: w.periodKey, synthetic: true, note: '合成示範資料：示範民眾的雲端發票專屬獎中獎清單 (synthetic demo list)' })
      .onConflict((oc) => oc.column('period_key').doNothing())
      .execute();
    const list = await db.selectFrom('cloud_prize_lists').select('synthetic').where('period_key', '=', w.periodKey).executeTakeFirst();
    if (!list?.synthetic) continue;
    await db
      .insertInto('cloud_prize_numbers')
      .values({ period_key: w.periodKey, invoice_number: invoiceNumberText(w.invoice.track, w.invoice.number), prize: w.prize as 'cloud2000' })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  return {
    invoices: all.length,
    linkedCitizens,
    winners: winners.map((w) => ({
      email: DEMO_CITIZENS[DEMO_CARRIERS[w.invoice.carrier]!.citizen]!.email,
      invoiceNumber: invoiceNumberText(w.invoice.track, w.invoice.number),
      prize: w.prize,
    })),
  };
}
