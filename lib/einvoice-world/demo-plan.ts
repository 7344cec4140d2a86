/**
 * The demo citizens' corner of the synthetic world (issue 12): their carriers, a few sellers, and
 * their invoices from about a year back up to the moment given, so the open period and the
 * periods just drawn can always be tried, whatever day the portal starts.
 *
 * Deterministic from (seed, day): each carrier's invoices of a day come from a PRNG seeded by
 * (seed, carrier, day), so running again later adds the new days and leaves the old ones as they
 * were. Winners are made on purpose: in the latest drawn period with numbers, each citizen gets an
 * invoice that wins a regular prize, and citizen 1 one that is on a (synthetic) cloud-prize list.
 * Everything here is synthetic and says so (sellers are named 合成…, the cloud list is marked).
 * Pure: no database (lib/einvoice-world/world-store.ts writes it).
 */
import { createRandom, type Random } from '../db/seed/random';
import { lotteryNow } from '../lottery/now';
import { periodOfDate, periodStartDate, previousPeriod, type Period } from '../lottery/period';
import { createChecker, type PrizeKey } from '../lottery/prizes';
import type { PeriodRecord } from '../lottery/records';
import { banFromPrefix } from '../taiwan/ban';
import { CALIBRATION, industryMeanTickets } from '../stats/synthetic/calibration';
import { luhnDigit, type CarrierTypeCode } from '../stats/synthetic/carrier-numbers';
import { INDUSTRIES, ITEMS, type IndustryKey } from '../stats/industries';
import { demoRoll, periodIndexOfDate, RESERVED_ID_BASE, RESERVED_INVOICE_ID_BASE, rollStart, ROLL } from '../stats/synthetic/invoice-numbers';
import { mixSeed, normal, poisson } from '../stats/synthetic/sampling';

/** Ids of the demo corner: above any generated run's sellers and buyers (int4) and invoices. */
export const DEMO_ID_BASE = RESERVED_ID_BASE;
export const DEMO_INVOICE_ID_BASE = RESERVED_INVOICE_ID_BASE;
/** Periods before today's that get invoices (today's period included: about a year). */
const PERIODS_BACK = 5;

export type DemoCarrier = { index: number; citizen: number; typeCode: CarrierTypeCode; number: string; linked: boolean };
export type DemoCitizen = { index: number; email: string; mobileBarcode: string; ageBand: number; gender: number };

/** The demo citizens H1 seeds (README), matched by e-mail until users.mobile_barcode exists. */
export const DEMO_CITIZENS: readonly DemoCitizen[] = [1, 2, 3].map((n) => ({
  index: n - 1,
  email: `citizen${n}@taxcloud.example`,
  mobileBarcode: `/TAXC00${n}`,
  ageBand: [3, 2, 5][n - 1]!,
  gender: [1, 2, 1][n - 1]!,
}));

// Card numbers start with 000000, which the bulk generator never issues (isReservedDemoNumber).
const card = (body: string) => `000000${body}`;
const credit = (body: string) => `000000${body}${luhnDigit(`000000${body}`)}`;

/** Each citizen's mobile barcode, some linked cards and one card left for the link journey. */
export const DEMO_CARRIERS: readonly DemoCarrier[] = (
  [
    [0, '3J0002', '/TAXC001', true],
    [0, '1K0001', card('1000000001'), true],
    [0, 'EK0002', credit('100000002'), true],
    [0, '1H0001', card('1000000003'), false],
    [1, '3J0002', '/TAXC002', true],
    [1, '2G0001', card('2000000001'), true],
    [1, 'EG0002', card('2000002'), false],
    [2, '3J0002', '/TAXC003', true],
    [2, '1K0001', card('3000000001'), true],
    [2, 'EG0002', card('3000001'), true],
    [2, '1H0001', card('3000000003'), false],
  ] as const
).map(([citizen, typeCode, number, linked], index) => ({ index, citizen, typeCode, number, linked }));

/** The card not linked yet that holds a winner of the latest drawn period (citizen 3's iPASS). */
export const SPARE_WINNER_CARD = { typeCode: '1H0001', number: card('3000000003') } as const;

export type DemoSeller = { id: number; ban: string; name: string; industry: number; county: number; township: number };

/** Two synthetic sellers per industry, in Taipei (63000) townships. */
export function demoSellers(seed: number): DemoSeller[] {
  const random = createRandom(mixSeed(seed, 'demo-sellers'));
  const towns = [63000010, 63000020, 63000030, 63000040, 63000050, 63000060];
  return INDUSTRIES.flatMap((ind, i) =>
    [0, 1].map((k) => ({
      id: DEMO_ID_BASE + i * 2 + k,
      ban: banFromPrefix(random.int(0, 9_999_999)),
      name: `合成${ind.name} 示範${String(i * 2 + k + 1).padStart(2, '0')}`,
      industry: ind.code,
      county: 63000,
      township: towns[(i + k) % towns.length]!,
    })),
  );
}

export type DemoInvoice = {
  id: number;
  carrier: number;
  issuedAt: string;
  sellerId: number;
  amount: number;
  itemCodes: number[];
  itemPrices: number[];
  track: number;
  number: number;
  randomCode: number;
};

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(2020, 0, 1)) / DAY);
const isoOfDay = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * DAY).toISOString().slice(0, 10);
const two = (n: number) => String(n).padStart(2, '0');

/** Which industries a carrier type is used at (a member card at its own kind of shop). */
const INDUSTRY_BY_TYPE: Record<CarrierTypeCode, readonly IndustryKey[]> = {
  '3J0002': ['convenience', 'convenience', 'supermarket', 'food', 'food', 'drugstore', 'department', 'electronics', 'other-retail', 'services', 'fuel', 'utilities'],
  CQ0001: ['utilities', 'services'],
  '1K0001': ['convenience', 'convenience', 'food', 'drugstore'],
  '1H0001': ['convenience', 'food'],
  '2G0001': ['convenience'],
  EK0002: ['department', 'electronics', 'fuel', 'other-retail', 'supermarket'],
  EG0002: ['supermarket', 'supermarket', 'drugstore'],
};

/** Invoices a carrier gets on a day, on average. */
const DAILY_MEAN: Partial<Record<CarrierTypeCode, number>> = { '3J0002': 1.1 };

function invoiceOf(
  carrier: DemoCarrier,
  sellers: readonly DemoSeller[],
  iso: string,
  k: number,
  random: ReturnType<typeof createRandom>,
): DemoInvoice {
  const industryKey = random.pick(INDUSTRY_BY_TYPE[carrier.typeCode]);
  const industry = INDUSTRIES.find((i) => i.key === industryKey)!;
  const which = random.int(0, 1);
  const seller = sellers.filter((s) => s.industry === industry.code)[which]!;
  const sigma = CALIBRATION.ticketSpread.value;
  const mean = industryMeanTickets()[industryKey];
  const amount = Math.max(1, Math.min(200_000, Math.round(Math.exp(Math.log(mean) - (sigma * sigma) / 2 + sigma * normal(random)))));
  const catalog = ITEMS.filter((it) => it.industry === industryKey);
  const n = Math.min(amount, 1 + Math.min(6, poisson(CALIBRATION.itemsPerInvoice.value[industryKey] - 1, random)));
  const weights = Array.from({ length: n }, () => 0.2 + random.next());
  const total = weights.reduce((a, b) => a + b, 0);
  let left = amount - n;
  const itemPrices = weights.map((w, i) => {
    const extra = i === n - 1 ? left : Math.floor(((amount - n) * w) / total);
    left -= extra;
    return 1 + extra;
  });
  const itemCodes = weights.map(() => random.pick(catalog).code);
  const hour = [7, 8, 9, 11, 12, 12, 13, 15, 17, 18, 19, 20, 21, 22][random.int(0, 13)]!;
  const issuedAt = `${iso} ${two(hour)}:${two(random.int(0, 59))}:${two(random.int(0, 59))}`;
  // One demo roll per (carrier, day of the period, k): unique within the period by construction.
  const period = periodOfDate(iso);
  const dayInPeriod = dayNumber(iso) - dayNumber(periodStartDate(period));
  const start = rollStart(periodIndexOfDate(iso), demoRoll((carrier.index * 62 + dayInPeriod) * 10 + k));
  return {
    id: DEMO_INVOICE_ID_BASE + carrier.index * 1_000_000 + dayNumber(iso) * 10 + k,
    carrier: carrier.index,
    issuedAt,
    sellerId: seller.id,
    amount,
    itemCodes,
    itemPrices,
    track: start.track,
    number: start.number + random.int(0, ROLL - 1),
    randomCode: random.int(0, 9999),
  };
}

/** The moment as Taiwan local 'YYYY-MM-DD HH:MM:SS'. */
function taipeiLocal(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** Ordinary invoices: k = 0…7 of a day; 8 and 9 are the deliberate winners. */
export function demoInvoices(seed: number, at: Date, sellers: readonly DemoSeller[]): DemoInvoice[] {
  const nowLocal = taipeiLocal(at);
  const today = nowLocal.slice(0, 10);
  let first = periodOfDate(today);
  for (let i = 0; i < PERIODS_BACK; i++) first = previousPeriod(first);
  const from = dayNumber(periodStartDate(first));
  const out: DemoInvoice[] = [];
  for (const carrier of DEMO_CARRIERS) {
    const mean = DAILY_MEAN[carrier.typeCode] ?? 0.25;
    for (let d = from; d <= dayNumber(today); d++) {
      const random = createRandom(mixSeed(seed, 'demo-day', carrier.index, d));
      const count = Math.min(8, poisson(mean, random));
      const iso = isoOfDay(d);
      for (let k = 0; k < count; k++) {
        const invoice = invoiceOf(carrier, sellers, iso, k, random);
        if (invoice.issuedAt <= nowLocal) out.push(invoice);
      }
    }
  }
  return out;
}

export type DemoWinner = { invoice: DemoInvoice; prize: PrizeKey; periodKey: string };

/** Regular prize of each citizen's deliberate winner: citizen 1 sixth, 2 fifth, 3 sixth. */
const WINNING_TIERS: ReadonlyArray<{ tier: 'fifth' | 'sixth'; digits: number }> = [
  { tier: 'sixth', digits: 3 },
  { tier: 'fifth', digits: 4 },
  { tier: 'sixth', digits: 3 },
];

/**
 * The winners for the latest drawn period that has numbers (when it is inside the demo window):
 * one regular-prize invoice per citizen on their mobile barcode (k = 9), for citizen 1 one more
 * (k = 8) that wins only the synthetic cloud list's NT$2,000, and a sixth prize on citizen 3's
 * card that is not linked yet ({@link SPARE_WINNER_CARD}): whoever links it finds a win they did
 * not know about, which is the point of 歸戶. Numbers come from the top of the period's demo
 * range (97,500,000…), which ordinary demo invoices never reach; each winner has its own slot.
 */
export function demoWinners(seed: number, at: Date, records: readonly PeriodRecord[], sellers: readonly DemoSeller[]): DemoWinner[] {
  const latest = lotteryNow(records, at).latest;
  if (!latest) return [];
  const period: Period = latest.period;
  const checker = createChecker(latest.numbers);
  const iso = `${periodStartDate(period).slice(0, 8)}15`;
  const out: DemoWinner[] = [];
  const track = rollStart(periodIndexOfDate(iso), demoRoll(0)).track;
  const make = (carrier: DemoCarrier, slot: number, k: number, wantPrize: PrizeKey | null, tail: string | null, random: Random): DemoInvoice => {
    const base = invoiceOf(carrier, sellers, iso, k, random);
    for (let attempt = 0; attempt < 2500; attempt++) {
      const block = 97_500_000 + ((slot * 800 + k * 97 + attempt * 7) % 2500) * 1000;
      const number = tail ? Math.floor(block / 10 ** tail.length) * 10 ** tail.length + Number(tail) : block + random.int(0, 999);
      const digits = String(number).padStart(8, '0');
      if (checker({ track: null, digits }).prize === wantPrize && number >= 97_500_000) return { ...base, track, number };
    }
    throw new Error(`no ${wantPrize} number found for demo carrier ${carrier.number}`);
  };
  for (const citizen of DEMO_CITIZENS) {
    const barcode = DEMO_CARRIERS.find((c) => c.citizen === citizen.index && c.typeCode === '3J0002')!;
    const random = createRandom(mixSeed(seed, 'demo-winner', citizen.index));
    const wanted = WINNING_TIERS[citizen.index % WINNING_TIERS.length]!;
    const firstPrize = latest.numbers.first[citizen.index % latest.numbers.first.length]!;
    const regular = make(barcode, citizen.index, 9, wanted.tier, firstPrize.slice(-wanted.digits), random);
    out.push({ invoice: regular, prize: wanted.tier, periodKey: latest.key });
    if (citizen.index === 0) out.push({ invoice: make(barcode, citizen.index, 8, null, null, random), prize: 'cloud2000', periodKey: latest.key });
  }
  const spare = DEMO_CARRIERS.find((c) => c.typeCode === SPARE_WINNER_CARD.typeCode && c.number === SPARE_WINNER_CARD.number)!;
  const random = createRandom(mixSeed(seed, 'demo-winner', 'spare'));
  const tail = latest.numbers.first[latest.numbers.first.length - 1]!.slice(-3);
  out.push({ invoice: make(spare, DEMO_CITIZENS.length, 9, 'sixth', tail, random), prize: 'sixth', periodKey: latest.key });
  return out;
}
