// Deterministic inputs for the lottery benchmarks: the same numbers on every run.
import { createRandom } from '../../lib/db/seed/random.js';
import { sourcedPeriods, type PeriodRecord } from '../../lib/lottery/records.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** `count` invoice numbers in the forms people type (compact, dashed, lower case), ~1 in 50 winning at least 6th prize. */
export function benchNumbers(count: number, record: PeriodRecord, seed = 20261122): string[] {
  const random = createRandom(seed);
  const firsts = record.numbers.first;
  const out: string[] = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const track = LETTERS[random.int(0, 25)]! + LETTERS[random.int(0, 25)]!;
    let digits = String(random.int(0, 99_999_999)).padStart(8, '0');
    // Enough winners that the prize path is exercised, not only the miss path.
    if (random.int(0, 49) === 0) digits = digits.slice(0, 5) + firsts[random.int(0, firsts.length - 1)]!.slice(5);
    const form = random.int(0, 9);
    out[i] = form === 0 ? `${track.toLowerCase()}${digits}` : form === 1 ? `${track}-${digits}` : `${track}${digits}`;
  }
  return out;
}

/** The newest period whose special and grand prizes are both known. */
export function benchPeriod(): PeriodRecord {
  const record = sourcedPeriods().find((r) => r.numbers.special && r.numbers.grand);
  if (!record) throw new Error('no complete period in content/lottery/periods.json');
  return record;
}
