/**
 * Sampling helpers for the synthetic store, on top of the seeded PRNG the demo seed uses
 * (lib/db/seed/random.ts): nothing here may use Math.random, so a seed always gives the same data.
 */
import type { Random } from '../../db/seed/random';

/** Mixes numbers and labels into one 32-bit seed (murmur3 finaliser per part), so that stream
 *  (seed, "sellers") and chunk (seed, 17) get independent PRNGs. */
export function mixSeed(...parts: (number | string)[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    const words = typeof part === 'number' ? [part >>> 0, Math.floor(part / 2 ** 32) >>> 0] : [fnv1a(part)];
    for (const w of words) {
      h = Math.imul(h ^ w, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
    }
  }
  return h >>> 0;
}

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Walker/Vose alias table: O(1) draws from a fixed discrete distribution. */
export type Alias = { prob: Float64Array; alias: Int32Array };

export function aliasTable(weights: ArrayLike<number>): Alias {
  const n = weights.length;
  if (n === 0) throw new Error('alias table of no weights');
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`bad weight ${w} at ${i}`);
    total += w;
  }
  if (total <= 0) throw new Error('alias table weights sum to 0');
  const prob = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = new Float64Array(n);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < n; i++) {
    scaled[i] = (weights[i]! * n) / total;
    (scaled[i]! < 1 ? small : large).push(i);
  }
  while (small.length > 0 && large.length > 0) {
    const s = small.pop()!;
    const l = large.pop()!;
    prob[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    (scaled[l]! < 1 ? small : large).push(l);
  }
  for (const i of large) prob[i] = 1;
  for (const i of small) prob[i] = 1; // only rounding error is left
  return { prob, alias };
}

export function drawAlias(t: Alias, random: Random): number {
  const u = random.next() * t.prob.length;
  const i = Math.floor(u);
  return u - i < t.prob[i]! ? i : t.alias[i]!;
}

/** Standard normal (Box–Muller, one of the pair). */
export function normal(random: Random): number {
  const u1 = 1 - random.next(); // (0, 1]
  const u2 = random.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Poisson by multiplication (Knuth); fine for the small means used here. */
export function poisson(mean: number, random: Random): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random.next();
  while (p > limit) {
    k++;
    p *= random.next();
  }
  return k;
}
