// App ÷ framework ceiling from alternating rounds (issue 17). Measured once each, back to back, the
// ratio moved by up to 0.33 between runs of the same build on this shared 2-core host: whatever
// else ran during the app's 10 s or the twin's decided it. Rounds in ABBA order (app, twin, twin,
// app, …) put both servers through the same drift, and the median of the per-round ratios is what
// one slow or fast moment cannot move much. The spread of the rounds is reported beside it.

export interface Rounds<T> {
  /** Measurements of A and B, in round order. */
  a: T[];
  b: T[];
  /** A ÷ B per round, in round order. */
  ratios: number[];
}

/** Rounds of the two measurements, ABBA order: round i runs A first when i is even, B first when odd. */
export async function alternateRounds<T>(rounds: number, measureA: () => Promise<T>, measureB: () => Promise<T>, value: (m: T) => number): Promise<Rounds<T>> {
  const out: Rounds<T> = { a: [], b: [], ratios: [] };
  for (let i = 0; i < rounds; i += 1) {
    let a: T;
    let b: T;
    if (i % 2 === 0) {
      a = await measureA();
      b = await measureB();
    } else {
      b = await measureB();
      a = await measureA();
    }
    out.a.push(a);
    out.b.push(b);
    out.ratios.push(value(a) / value(b));
  }
  return out;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "0.912 (0.88–0.95)": the median ratio and the range of the rounds. */
export function ratioWithRange(ratios: readonly number[], digits = 3): string {
  const m = median(ratios).toFixed(digits);
  if (ratios.length < 2) return m;
  return `${m} (${Math.min(...ratios).toFixed(digits)}–${Math.max(...ratios).toFixed(digits)})`;
}

/** How many rounds, from BENCH_ROUNDS (default 3, at most 20). */
export function benchRounds(fallback = 3): number {
  const raw = process.env.BENCH_ROUNDS?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new Error(`BENCH_ROUNDS must be a whole number from 1 to 20, got "${raw}"`);
  return n;
}

/** The round with the median value (lower middle for an even count): its other figures go with it. */
export function medianRound<T>(rounds: readonly T[], value: (m: T) => number): T {
  return [...rounds].sort((x, y) => value(x) - value(y))[(rounds.length - 1) >> 1]!;
}
