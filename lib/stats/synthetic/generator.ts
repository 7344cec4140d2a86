/**
 * Synthetic B2C e-invoices, chunk by chunk. Chunk i holds invoices [i·B, (i+1)·B) (ids from 1),
 * drawn with a PRNG seeded by (seed, i) from the world of model.ts: the same chunk is the same
 * rows on every run, whichever chunks ran before it. Pure: the store writes what this returns.
 */
import { createRandom } from '../../db/seed/random';
import { CARRIER } from '../codes';
import { ROLL, rollStart, rollsPerChunk, scatterBulkRoll } from './invoice-numbers';
import { chunkCount, type World } from './model';
import { drawAlias, mixSeed, normal, poisson } from './sampling';

export const MAX_ITEMS = 10;
/** A ceiling far in the tail of every industry's amount distribution; keeps sums within int8. */
export const MAX_AMOUNT = 2_000_000;

/** Column-wise rows of one chunk; buyerId, ageBand and gender are 0 where there is no holder. */
export type InvoiceChunk = {
  index: number;
  firstId: number;
  count: number;
  /** 'YYYY-MM-DD HH:MM:SS', Taiwan local time. */
  issuedAt: string[];
  sellerId: Int32Array;
  county: Int32Array;
  township: Int32Array;
  industry: Int16Array;
  carrier: Int8Array;
  buyerId: Int32Array;
  ageBand: Int8Array;
  gender: Int8Array;
  amount: Int32Array;
  /** Items of invoice j are itemCodes/itemPrices[itemOffsets[j] … itemOffsets[j+1]). */
  itemOffsets: Int32Array;
  itemCodes: Int16Array;
  itemPrices: Int32Array;
  /** Invoice number: track code (lib/stats/synthetic/invoice-numbers.ts) and its 8 digits; the random code. */
  track: Int16Array;
  number: Int32Array;
  randomCode: Int16Array;
};

const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

export function chunkBounds(world: World, index: number): { firstId: number; count: number } {
  const { invoices, chunkSize } = world.params;
  const start = index * chunkSize;
  if (index < 0 || start >= invoices) throw new Error(`chunk ${index} is outside 0…${Math.ceil(invoices / chunkSize) - 1}`);
  return { firstId: start + 1, count: Math.min(chunkSize, invoices - start) };
}

export function generateChunk(world: World, index: number): InvoiceChunk {
  const { firstId, count } = chunkBounds(world, index);
  const random = createRandom(mixSeed(world.params.seed, 'chunk', index));
  const { days, hourAlias, sellers, buyers, industries, carrierCum, buyerSkew } = world;
  const issuedAt = new Array<string>(count);
  const sellerId = new Int32Array(count);
  const county = new Int32Array(count);
  const township = new Int32Array(count);
  const industry = new Int16Array(count);
  const carrier = new Int8Array(count);
  const buyerId = new Int32Array(count);
  const ageBand = new Int8Array(count);
  const gender = new Int8Array(count);
  const amount = new Int32Array(count);
  const itemOffsets = new Int32Array(count + 1);
  let itemCodes = new Int16Array(count * 3);
  let itemPrices = new Int32Array(count * 3);
  let items = 0;
  const weights = new Float64Array(MAX_ITEMS);
  const dayOf = new Int32Array(count);
  const secondOfDay = new Int32Array(count);

  for (let j = 0; j < count; j++) {
    const day = drawAlias(days.alias, random);
    const hour = drawAlias(hourAlias, random);
    const minute = random.int(0, 59);
    const second = random.int(0, 59);
    issuedAt[j] = `${days.date[day]} ${TWO[hour]}:${TWO[minute]}:${TWO[second]}`;
    dayOf[j] = day;
    secondOfDay[j] = hour * 3600 + minute * 60 + second;

    const s = drawAlias(sellers.alias, random);
    const ind = sellers.industry[s]!;
    sellerId[j] = s + 1;
    county[j] = sellers.county[s]!;
    township[j] = sellers.township[s]!;
    industry[j] = ind;

    const cum = carrierCum[days.yearIndex[day]!]!;
    const u = random.next();
    let c = 0;
    while (u >= cum[c]!) c++;
    carrier[j] = c;
    if (c !== CARRIER.none && c !== CARRIER.donation) {
      const [start, size] = buyers.pools[c]!;
      const b = start + Math.min(size - 1, Math.floor(size * random.next() ** buyerSkew));
      buyerId[j] = b + 1;
      ageBand[j] = buyers.ageBand[b]!;
      gender[j] = buyers.gender[b]!;
    }

    const value = Math.min(MAX_AMOUNT, Math.max(1, Math.round(Math.exp(industries.mu[ind]! + industries.sigma * normal(random)))));
    amount[j] = value;

    const n = Math.min(MAX_ITEMS, value, 1 + poisson(industries.itemsMean[ind]! - 1, random));
    if (items + n > itemCodes.length) {
      const to = Math.max(itemCodes.length * 2, items + n);
      const codes = new Int16Array(to);
      const prices = new Int32Array(to);
      codes.set(itemCodes);
      prices.set(itemPrices);
      itemCodes = codes;
      itemPrices = prices;
    }
    const catalog = industries.items[ind]!;
    let total = 0;
    for (let k = 0; k < n; k++) {
      weights[k] = 0.2 + random.next();
      total += weights[k]!;
    }
    // Every line at least 1 NTD, the rest split by weight, the rounding remainder on the last line.
    let left = value - n;
    for (let k = 0; k < n; k++) {
      const extra = k === n - 1 ? left : Math.floor(((value - n) * weights[k]!) / total);
      left -= extra;
      itemCodes[items] = catalog[Math.floor(random.next() * catalog.length)]!;
      itemPrices[items] = 1 + extra;
      items++;
    }
    itemOffsets[j + 1] = items;
  }
  const numbers = assignNumbers(world, index, dayOf, secondOfDay, sellerId);
  return {
    index,
    firstId,
    count,
    issuedAt,
    sellerId,
    county,
    township,
    industry,
    carrier,
    buyerId,
    ageBand,
    gender,
    amount,
    itemOffsets,
    itemCodes: itemCodes.slice(0, items),
    itemPrices: itemPrices.slice(0, items),
    ...numbers,
  };
}

/**
 * Invoice numbers and random codes, from a stream of their own (so the rest of the chunk is what
 * it was before invoices had numbers). In time order, each seller uses its current roll of 50 for
 * the period and takes a new one from the chunk's share of the period's rolls when it is used up:
 * a seller's numbers rise with time, as on a real till roll. Only a (seller, period) whose
 * invoices fall in two chunks has two independent sets of rolls.
 */
function assignNumbers(world: World, index: number, dayOf: Int32Array, secondOfDay: Int32Array, sellerId: Int32Array) {
  const count = dayOf.length;
  const random = createRandom(mixSeed(world.params.seed, 'numbers', index));
  const track = new Int16Array(count);
  const number = new Int32Array(count);
  const randomCode = new Int16Array(count);
  // Sort by (moment, position): the moment in seconds since the calendar's start, times 2^20.
  const order = new Float64Array(count);
  for (let j = 0; j < count; j++) order[j] = (dayOf[j]! * 86_400 + secondOfDay[j]!) * 1_048_576 + j;
  order.sort();
  const share = rollsPerChunk(chunkCount(world.params));
  const firstRoll = index * share;
  const sellerCount = world.sellers.count + 1;
  const used = new Map<number, number>(); // period → rolls this chunk has taken
  const current = new Map<number, { track: number; next: number; left: number }>(); // (period, seller) → roll
  for (let r = 0; r < count; r++) {
    const j = order[r]! % 1_048_576;
    const period = world.days.periodIndex[dayOf[j]!]!;
    // Small-integer keys (period × sellers + seller) keep the map on V8's fast path.
    const key = period * sellerCount + sellerId[j]!;
    let roll = current.get(key);
    if (!roll || roll.left === 0) {
      const k = used.get(period) ?? 0;
      if (k >= share) throw new Error(`chunk ${index} needs more than its ${share} rolls in one period`);
      used.set(period, k + 1);
      const start = rollStart(period, scatterBulkRoll(firstRoll + k));
      roll = { track: start.track, next: start.number, left: ROLL };
      current.set(key, roll);
    }
    track[j] = roll.track;
    number[j] = roll.next++;
    roll.left--;
    randomCode[j] = random.int(0, 9999);
  }
  return { track, number, randomCode };
}
