/**
 * The synthetic world an invoice is drawn from: calendar, sellers and carrier holders, built
 * deterministically from (seed, number of invoices) and the calibration table. Pure: no database.
 *
 * Every invoice is an independent draw from this world, which is what makes generation
 * resumable chunk by chunk (chunk i depends only on the world and on (seed, i)).
 */
import { createRandom } from '../../db/seed/random';
import { banFromPrefix } from '../../taiwan/ban';
import {
  CALIBRATION,
  YEARS,
  annualVolume,
  cloudShare,
  countyShares,
  industryMeanTickets,
  mobileShareOfCarriers,
} from './calibration';
import { carrierNumber, carrierTypeFor, type CarrierTypeCode } from './carrier-numbers';
import { AGE_BANDS, CARRIER, GENDERS } from '../codes';
import { COUNTIES, TOWNSHIPS } from '../geography';
import { INDUSTRIES, ITEMS, type IndustryKey } from '../industries';
import { periodIndexOfDate } from './invoice-numbers';
import { aliasTable, drawAlias, mixSeed, normal, type Alias } from './sampling';

/** Bumped whenever the same (seed, invoices) would give different rows: resume refuses to mix versions. */
export const MODEL_VERSION = 'einvoice-synthetic-2';

export type StoreParams = { seed: number; invoices: number; chunkSize: number };

export type SellerPool = {
  count: number;
  ban: string[];
  name: string[];
  county: Int32Array;
  township: Int32Array;
  industry: Int16Array;
  alias: Alias;
};

export type BuyerPool = {
  count: number;
  /** The carrier each holder is: its platform type code and number (carriers table). */
  typeCode: CarrierTypeCode[];
  number: string[];
  carrier: Int8Array;
  ageBand: Int8Array;
  gender: Int8Array;
  /** Per holder carrier type: [first buyer index, pool size]. */
  pools: Record<number, [number, number]>;
};

export type World = {
  params: StoreParams;
  days: { date: string[]; yearIndex: Int8Array; periodIndex: Int16Array; alias: Alias };
  hourAlias: Alias;
  sellers: SellerPool;
  buyers: BuyerPool;
  /** Per industry code: log-normal location, items mean, item codes. */
  industries: { mu: Float64Array; sigma: number; itemsMean: Float64Array; items: number[][] };
  /** Per year index: cumulative P(carrier ≤ c) for c = none, mobile, member, stored-value, donation. */
  carrierCum: Float64Array[];
  buyerSkew: number;
};

export function sellerCount(invoices: number): number {
  return Math.max(5000, Math.round(invoices * CALIBRATION.sellersPerInvoice.value));
}

function calendar() {
  const date: string[] = [];
  const yearIndex: number[] = [];
  const weights: number[] = [];
  const weekday = CALIBRATION.weekdayWeights.value;
  for (const [yi, year] of YEARS.entries()) {
    const first = Date.UTC(year, 0, 1);
    const last = Date.UTC(year, 11, 31);
    const start = date.length;
    let yearWeight = 0;
    for (let t = first; t <= last; t += 86_400_000) {
      const d = new Date(t);
      const w = weekday[(d.getUTCDay() + 6) % 7]!; // ISO: Monday = 0 here
      date.push(d.toISOString().slice(0, 10));
      yearIndex.push(yi);
      weights.push(w);
      yearWeight += w;
    }
    // Each year's days share that year's calibrated volume.
    const scale = annualVolume(year) / yearWeight;
    for (let i = start; i < weights.length; i++) weights[i] = weights[i]! * scale;
  }
  return {
    date,
    yearIndex: Int8Array.from(yearIndex),
    periodIndex: Int16Array.from(date, periodIndexOfDate),
    alias: aliasTable(weights),
  };
}

function buildSellers(seed: number, invoices: number): SellerPool {
  const random = createRandom(mixSeed(seed, 'sellers'));
  const target = sellerCount(invoices);
  const counties = countyShares();
  const industryShares = CALIBRATION.industryShares.value;
  const exponent = CALIBRATION.townshipWeights.value;
  const sizeSigma = CALIBRATION.sellerSizeSpread.value;
  const townsByCounty = new Map(
    COUNTIES.map((c) => {
      const towns = TOWNSHIPS.filter((t) => t.county.code === c.code);
      return [c.code, { towns, alias: aliasTable(towns.map((_, rank) => (rank + 1) ** -exponent)) }] as const;
    }),
  );
  const ban: string[] = [];
  const name: string[] = [];
  const county: number[] = [];
  const township: number[] = [];
  const industry: number[] = [];
  const weight: number[] = [];
  const usedBans = new Set<string>();
  for (const c of COUNTIES) {
    const share = counties[c.code]!;
    const { towns, alias } = townsByCounty.get(c.code)!;
    for (const ind of INDUSTRIES) {
      const cellShare = share * industryShares[ind.key];
      const n = Math.max(1, Math.round(target * cellShare));
      const sizes = Array.from({ length: n }, () => Math.exp(sizeSigma * normal(random)));
      const total = sizes.reduce((a, b) => a + b, 0);
      for (const size of sizes) {
        let b: string;
        do b = banFromPrefix(random.int(0, 9_999_999));
        while (usedBans.has(b));
        usedBans.add(b);
        const town = towns[drawAlias(alias, random)]!;
        ban.push(b);
        name.push(`合成${ind.name} ${String(ban.length).padStart(6, '0')}`);
        county.push(Number(c.code));
        township.push(Number(town.code));
        industry.push(ind.code);
        weight.push((cellShare * size) / total);
      }
    }
  }
  return {
    count: ban.length,
    ban,
    name,
    county: Int32Array.from(county),
    township: Int32Array.from(township),
    industry: Int16Array.from(industry),
    alias: aliasTable(weight),
  };
}

/** Per year: P(none), P(mobile), P(member), P(stored-value), P(donation), cumulated. */
function carrierMix(): Float64Array[] {
  const donation = CALIBRATION.donationShare.value;
  const storedValue = CALIBRATION.storedValueShareOfOtherCarriers.value;
  return YEARS.map((year) => {
    const holders = cloudShare(year) - donation;
    const mobile = holders * mobileShareOfCarriers(year);
    const other = holders - mobile;
    const p = [1 - cloudShare(year), mobile, other * (1 - storedValue), other * storedValue, donation];
    const cum = new Float64Array(p.length);
    p.reduce((acc, v, i) => (cum[i] = acc + v), 0);
    cum[p.length - 1] = 1;
    return cum;
  });
}

/** Expected share of invoices of each carrier type over the coverage (volume-weighted). */
export function expectedCarrierShares(): number[] {
  const mix = carrierMix();
  const total = YEARS.reduce((s, y) => s + annualVolume(y), 0);
  const out = [0, 0, 0, 0, 0];
  YEARS.forEach((y, yi) => {
    const cum = mix[yi]!;
    for (let c = 0; c < 5; c++) out[c]! += ((cum[c]! - (c > 0 ? cum[c - 1]! : 0)) * annualVolume(y)) / total;
  });
  return out;
}

/** Numbers the bulk world never issues: the demo seeder's (lib/einvoice-world/demo-world.ts). */
export function isReservedDemoNumber(number: string): boolean {
  return number.startsWith('/TAXC') || number.startsWith('000000');
}

function buildBuyers(seed: number, invoices: number): BuyerPool {
  const random = createRandom(mixSeed(seed, 'buyers'));
  const shares = expectedCarrierShares();
  const perBuyer = CALIBRATION.invoicesPerBuyer.value;
  const ages = AGE_BANDS.map((a) => (CALIBRATION.ageBands.value as Record<string, number>)[a.key]!);
  const genders = GENDERS.map((g) => (CALIBRATION.genderShares.value as Record<string, number>)[g.key]!);
  const ageAlias = aliasTable(ages);
  const genderAlias = aliasTable(genders);
  // Carrier types and numbers come from a stream of their own, so the holders' age bands and
  // genders (and every published figure) are what they were before carriers had numbers.
  const numbers = createRandom(mixSeed(seed, 'carrier-numbers'));
  const typeCode: CarrierTypeCode[] = [];
  const number: string[] = [];
  const carrier: number[] = [];
  const ageBand: number[] = [];
  const gender: number[] = [];
  const pools: Record<number, [number, number]> = {};
  const seen = new Set<string>();
  for (const type of [CARRIER.mobile, CARRIER.member, CARRIER.storedValue]) {
    const size = Math.max(50, Math.round((invoices * shares[type]!) / perBuyer));
    pools[type] = [number.length, size];
    for (let i = 0; i < size; i++) {
      const code = carrierTypeFor(type, numbers.next());
      let n: string;
      do n = carrierNumber(code, numbers);
      while (seen.has(`${code}${n}`) || isReservedDemoNumber(n));
      seen.add(`${code}${n}`);
      typeCode.push(code);
      number.push(n);
      carrier.push(type);
      ageBand.push(AGE_BANDS[drawAlias(ageAlias, random)]!.code);
      gender.push(GENDERS[drawAlias(genderAlias, random)]!.code);
    }
  }
  return {
    count: number.length,
    typeCode,
    number,
    carrier: Int8Array.from(carrier),
    ageBand: Int8Array.from(ageBand),
    gender: Int8Array.from(gender),
    pools,
  };
}

export function buildWorld(params: StoreParams): World {
  if (!Number.isSafeInteger(params.invoices) || params.invoices < 1) throw new Error('invoices must be a positive integer');
  if (!Number.isSafeInteger(params.chunkSize) || params.chunkSize < 1) throw new Error('chunk size must be a positive integer');
  const tickets = industryMeanTickets();
  const sigma = CALIBRATION.ticketSpread.value;
  const itemsMean = CALIBRATION.itemsPerInvoice.value;
  const n = INDUSTRIES.length + 1; // indexed by industry code (1-based)
  const mu = new Float64Array(n);
  const items = new Float64Array(n);
  const catalog: number[][] = Array.from({ length: n }, () => []);
  for (const ind of INDUSTRIES) {
    // Log-normal with mean m: location ln(m) − σ²/2.
    mu[ind.code] = Math.log(tickets[ind.key as IndustryKey]) - (sigma * sigma) / 2;
    items[ind.code] = itemsMean[ind.key as IndustryKey];
    catalog[ind.code] = ITEMS.filter((it) => it.industry === ind.key).map((it) => it.code);
  }
  return {
    params,
    days: calendar(),
    hourAlias: aliasTable(CALIBRATION.hourWeights.value),
    sellers: buildSellers(params.seed, params.invoices),
    buyers: buildBuyers(params.seed, params.invoices),
    industries: { mu, sigma, itemsMean: items, items: catalog },
    carrierCum: carrierMix(),
    buyerSkew: CALIBRATION.buyerActivitySkew.value,
  };
}

export function chunkCount(params: StoreParams): number {
  return Math.ceil(params.invoices / params.chunkSize);
}

