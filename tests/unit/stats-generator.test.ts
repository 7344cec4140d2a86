import { beforeAll, describe, expect, it } from 'vitest';
import { annualVolume, cloudShare, CALIBRATION, COVERAGE, YEARS } from '@/lib/stats/synthetic/calibration';
import { CARRIER, HOLDER_CARRIERS } from '@/lib/stats/codes';
import { isValidBan } from '@/lib/taiwan/ban';
import { generateChunk, MAX_ITEMS, type InvoiceChunk } from '@/lib/stats/synthetic/generator';
import { INDUSTRIES } from '@/lib/stats/industries';
import { CARRIER_NUMBER_PATTERNS, STAT_CARRIER_OF_TYPE } from '@/lib/stats/synthetic/carrier-numbers';
import { periodIndexOfDate, periodTrack, TRACKS_PER_PERIOD } from '@/lib/stats/synthetic/invoice-numbers';
import { buildWorld, chunkCount, isReservedDemoNumber, sellerCount, type World } from '@/lib/stats/synthetic/model';

const PARAMS = { seed: 1, invoices: 200_000, chunkSize: 20_000 };
let world: World;
let chunks: InvoiceChunk[];

beforeAll(() => {
  world = buildWorld(PARAMS);
  chunks = Array.from({ length: chunkCount(PARAMS) }, (_, i) => generateChunk(world, i));
}, 60_000);

const all = <T>(pick: (c: InvoiceChunk, j: number) => T): T[] => chunks.flatMap((c) => Array.from({ length: c.count }, (_, j) => pick(c, j)));

// Generous timeouts: these machines are small and shared.
describe('synthetic invoice generator: determinism', { timeout: 30_000 }, () => {
  it('gives the same world and the same chunk for the same seed', () => {
    const again = buildWorld(PARAMS);
    expect(again.sellers.ban).toEqual(world.sellers.ban);
    expect(again.buyers.number).toEqual(world.buyers.number);
    expect(generateChunk(again, 3)).toEqual(chunks[3]);
  });

  it('makes a chunk independent of the chunks before it (so a run can resume anywhere)', () => {
    const fresh = buildWorld(PARAMS);
    const late = generateChunk(fresh, 7);
    const early = generateChunk(fresh, 0);
    expect(late).toEqual(chunks[7]);
    expect(early).toEqual(chunks[0]);
  });

  it('gives other data for another seed', () => {
    const other = buildWorld({ ...PARAMS, seed: 2 });
    expect(generateChunk(other, 0).amount).not.toEqual(chunks[0]!.amount);
    expect(other.sellers.ban).not.toEqual(world.sellers.ban);
  });

  it('numbers invoices 1…N without gaps, the last chunk holding the remainder', () => {
    const w = buildWorld({ seed: 9, invoices: 45_001, chunkSize: 10_000 });
    expect(chunkCount(w.params)).toBe(5);
    const last = generateChunk(w, 4);
    expect(last.firstId).toBe(40_001);
    expect(last.count).toBe(5_001);
    expect(() => generateChunk(w, 5)).toThrow(/outside/);
    expect(all((c, j) => c.firstId + j)).toEqual(Array.from({ length: PARAMS.invoices }, (_, i) => i + 1));
  });
});

describe('synthetic invoice generator: every invoice is well formed', { timeout: 30_000 }, () => {
  // Plain checks collected into one list: an expect() per invoice would take minutes.
  it('has items that add up to the amount, each at least 1 NTD, from the seller’s industry', () => {
    const catalogs = world.industries.items;
    const problems: string[] = [];
    for (const c of chunks) {
      for (let j = 0; j < c.count; j++) {
        const from = c.itemOffsets[j]!;
        const to = c.itemOffsets[j + 1]!;
        let total = 0;
        for (let k = from; k < to; k++) {
          if (c.itemPrices[k]! < 1) problems.push(`${c.firstId + j}: price ${c.itemPrices[k]}`);
          if (!catalogs[c.industry[j]!]!.includes(c.itemCodes[k]!)) problems.push(`${c.firstId + j}: item ${c.itemCodes[k]}`);
          total += c.itemPrices[k]!;
        }
        if (to - from < 1 || to - from > MAX_ITEMS) problems.push(`${c.firstId + j}: ${to - from} items`);
        if (total !== c.amount[j]) problems.push(`${c.firstId + j}: items ${total} ≠ amount ${c.amount[j]}`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('takes county, township and industry from the seller, and a buyer exactly for carrier holders', () => {
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => ok || problems.push(what);
    for (const c of chunks) {
      for (let j = 0; j < c.count; j++) {
        const id = c.firstId + j;
        const s = c.sellerId[j]! - 1;
        check(c.county[j] === world.sellers.county[s], `${id}: county`);
        check(c.township[j] === world.sellers.township[s], `${id}: township`);
        check(c.industry[j] === world.sellers.industry[s], `${id}: industry`);
        const holder = HOLDER_CARRIERS.includes(c.carrier[j]!);
        check(c.buyerId[j]! > 0 === holder, `${id}: buyer for carrier ${c.carrier[j]}`);
        if (holder) {
          const b = c.buyerId[j]! - 1;
          check(world.buyers.carrier[b] === c.carrier[j], `${id}: buyer's carrier type`);
          check(c.ageBand[j] === world.buyers.ageBand[b] && c.gender[j] === world.buyers.gender[b], `${id}: buyer's age/gender`);
        } else {
          check(c.ageBand[j] === 0 && c.gender[j] === 0, `${id}: age/gender without a holder`);
        }
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('dates every invoice inside the coverage, as Taiwan local time', () => {
    const stamps = all((c, j) => c.issuedAt[j]!);
    expect(stamps.filter((s) => !/^20\d\d-\d\d-\d\d \d\d:\d\d:\d\d$/.test(s))).toEqual([]);
    const sorted = [...stamps].sort();
    expect(sorted[0]! >= `${COVERAGE.firstYear}-01-01`).toBe(true);
    expect(sorted.at(-1)! < `${COVERAGE.lastYear + 1}-01-01`).toBe(true);
  });

  it('gives sellers checksum-valid, unique BANs', () => {
    expect(world.sellers.count).toBe(Math.max(sellerCount(PARAMS.invoices), world.sellers.count));
    for (const ban of world.sellers.ban) expect(isValidBan(ban)).toBe(true);
    expect(new Set(world.sellers.ban).size).toBe(world.sellers.count);
  });

  it('gives every holder a carrier of its class, in the type’s format, unique per type, none of the demo numbers', () => {
    const { typeCode, number, carrier } = world.buyers;
    expect(new Set(typeCode.map((t, i) => `${t}${number[i]}`)).size).toBe(number.length);
    typeCode.forEach((t, i) => {
      expect(number[i]).toMatch(CARRIER_NUMBER_PATTERNS[t]);
      expect(STAT_CARRIER_OF_TYPE[t]).toBe(carrier[i]);
      expect(isReservedDemoNumber(number[i]!)).toBe(false);
    });
    expect(new Set(typeCode)).toEqual(new Set(['3J0002', '1K0001', '1H0001', '2G0001', 'EK0002', 'EG0002']));
  });

  it('numbers invoices from the period’s tracks, in rolls of 50 per seller, unique within a period', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const c of chunks) {
      for (let j = 0; j < c.count; j++) {
        const period = periodIndexOfDate(c.issuedAt[j]!);
        const t = Array.from({ length: TRACKS_PER_PERIOD }, (_, k) => periodTrack(period, k)).indexOf(c.track[j]!);
        // The demo seeder's numbers (95,000,000… of the last track) are never the generator's.
        if (t < 0 || c.number[j]! < 0 || c.number[j]! >= (t === TRACKS_PER_PERIOD - 1 ? 95_000_000 : 100_000_000)) {
          problems.push(`${c.issuedAt[j]}: track ${c.track[j]} number ${c.number[j]}`);
        }
        if (c.randomCode[j]! < 0 || c.randomCode[j]! > 9999) problems.push(`random code ${c.randomCode[j]}`);
        const key = `${period}:${c.track[j]}:${c.number[j]}`;
        if (seen.has(key)) problems.push(`twice: ${key}`);
        seen.add(key);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    // A seller's invoices in one period and chunk rise with time, one by one within a roll.
    const c = chunks[0]!;
    const bySeller = new Map<string, Array<[string, number]>>();
    for (let j = 0; j < c.count; j++) {
      const key = `${c.sellerId[j]}:${periodIndexOfDate(c.issuedAt[j]!)}`;
      (bySeller.get(key) ?? bySeller.set(key, []).get(key)!).push([c.issuedAt[j]!, c.track[j]! * 1e8 + c.number[j]!]);
    }
    const busiest = [...bySeller.values()].sort((a, b) => b.length - a.length)[0]!;
    expect(busiest.length).toBeGreaterThan(5);
    const numbers = busiest.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]).map(([, n]) => n);
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
  });
});

describe('synthetic invoice generator: calibration (200,000 invoices)', { timeout: 30_000 }, () => {
  const n = PARAMS.invoices;

  it('has a mean ticket near the sourced 428 NTD with a heavy right tail', () => {
    const amounts = all((c, j) => c.amount[j]!);
    const mean = amounts.reduce((a, b) => a + b, 0) / n;
    expect(mean).toBeGreaterThan(428 * 0.95);
    expect(mean).toBeLessThan(428 * 1.05);
    const sorted = [...amounts].sort((a, b) => a - b);
    expect(sorted[Math.floor(n / 2)]!).toBeLessThan(mean * 0.8); // median well under the mean
    expect(sorted[Math.floor(n * 0.999)]!).toBeGreaterThan(mean * 10);
  });

  it('spreads invoices over the years in proportion to the annual volumes', () => {
    const total = YEARS.reduce((s, y) => s + annualVolume(y), 0);
    for (const y of YEARS) {
      const share = all((c, j) => c.issuedAt[j]!.startsWith(String(y))).filter(Boolean).length / n;
      expect(share).toBeCloseTo(annualVolume(y) / total, 2);
    }
  });

  it('has the cloud share of each year (invoices in a carrier or donated)', () => {
    for (const y of YEARS) {
      const inYear = all((c, j) => (c.issuedAt[j]!.startsWith(String(y)) ? c.carrier[j]! : -1)).filter((v) => v >= 0);
      const cloud = inYear.filter((v) => v !== CARRIER.none).length / inYear.length;
      expect(Math.abs(cloud - cloudShare(y))).toBeLessThan(0.01);
    }
  });

  it('has the industry mix and the sourced Taipei share', () => {
    const shares = CALIBRATION.industryShares.value;
    for (const ind of INDUSTRIES) {
      const got = all((c, j) => c.industry[j] === ind.code).filter(Boolean).length / n;
      expect(Math.abs(got - shares[ind.key])).toBeLessThan(0.01);
    }
    const taipei = all((c, j) => c.county[j] === 63000).filter(Boolean).length / n;
    expect(Math.abs(taipei - CALIBRATION.countyShareTaipei.value)).toBeLessThan(0.01);
  });

  it('follows the hour pattern: more at noon than at 4 a.m.', () => {
    const hours = all((c, j) => Number(c.issuedAt[j]!.slice(11, 13)));
    const at = (h: number) => hours.filter((x) => x === h).length;
    expect(at(12)).toBeGreaterThan(at(4) * 20);
  });
});
