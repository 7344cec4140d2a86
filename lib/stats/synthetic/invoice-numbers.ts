/**
 * Invoice numbers of the synthetic world: 2 track letters + 8 digits (README §3).
 *
 * As on the real platform, each two-month period has its own tracks, and a seller draws its
 * numbers in rolls (卷) of 50 consecutive numbers. Here a period has TRACKS_PER_PERIOD tracks of
 * 100,000,000 numbers (16 × 10⁸ ≈ the national volume of a period), i.e. a space of 32,000,000
 * rolls. Tracks are a pure function of the period, so the bulk generator and the demo seeder agree
 * and the same letters come back only every 42 periods (7 years): within the store, a number
 * names one invoice.
 *
 * The roll space of a period is split so that no two writers can hand out the same roll:
 * - the bulk generator: chunk i of a run owns rolls [i·R, (i+1)·R) of the first BULK_ROLLS,
 *   scattered over the tracks by a bijection (so chunk order does not show in the numbers);
 * - the demo seeder: the last DEMO_ROLLS rolls (numbers 95,000,000… of the period's last track).
 * Pure: no database.
 */

/**
 * Ids kept for rows written beside the generator's (the demo citizens' corner): sellers and
 * holders from RESERVED_ID_BASE (int4), invoices from RESERVED_INVOICE_ID_BASE. A run never
 * reaches them.
 */
export const RESERVED_ID_BASE = 2_000_000_000;
export const RESERVED_INVOICE_ID_BASE = 1_000_000_000_000;

export const TRACKS_PER_PERIOD = 16;
export const ROLL = 50;
const ROLLS_PER_TRACK = 100_000_000 / ROLL;
export const ROLLS_PER_PERIOD = TRACKS_PER_PERIOD * ROLLS_PER_TRACK;
/** Rolls kept for the demo seeder at the end of the period's space. */
export const DEMO_ROLLS = 100_000;
export const BULK_ROLLS = ROLLS_PER_PERIOD - DEMO_ROLLS;
/** Periods before the letters repeat: 676 two-letter tracks / 16. */
const TRACK_CYCLE = Math.floor(676 / TRACKS_PER_PERIOD);

const A = 65;

export function trackLetters(code: number): string {
  return String.fromCharCode(A + Math.floor(code / 26), A + (code % 26));
}

export function trackCode(letters: string): number {
  return (letters.charCodeAt(0) - A) * 26 + (letters.charCodeAt(1) - A);
}

/** 'AB', 12345678 → 'AB12345678'. */
export function invoiceNumberText(track: number, number: number): string {
  return trackLetters(track) + String(number).padStart(8, '0');
}

/** Periods since Jan–Feb 2021 (0), from a 'YYYY-MM…' date. */
export function periodIndexOfDate(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return (year - 2021) * 6 + Math.floor((month - 1) / 2);
}

// A fixed shuffle of the 676 tracks (not the run's seed: tracks belong to the calendar, like the
// ministry's assignment, and the demo seeder must use the same ones).
const SHUFFLED: Int16Array = (() => {
  const codes = Int16Array.from({ length: 676 }, (_, i) => i);
  let state = 0x5eed;
  for (let i = codes.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [codes[i], codes[j]] = [codes[j]!, codes[i]!];
  }
  return codes;
})();

/** The track code of the period's t-th track (0 ≤ t < TRACKS_PER_PERIOD). */
export function periodTrack(periodIndex: number, t: number): number {
  const cycle = ((periodIndex % TRACK_CYCLE) + TRACK_CYCLE) % TRACK_CYCLE;
  return SHUFFLED[cycle * TRACKS_PER_PERIOD + t]!;
}

/** A roll of the period's space → its track code and first number. */
export function rollStart(periodIndex: number, roll: number): { track: number; number: number } {
  return { track: periodTrack(periodIndex, Math.floor(roll / ROLLS_PER_TRACK)), number: (roll % ROLLS_PER_TRACK) * ROLL };
}

// x → (a·x + b) mod BULK_ROLLS is a bijection when a is coprime with BULK_ROLLS (2⁵·5⁵·11·29).
const SCATTER_A = 7_368_787;
const SCATTER_B = 1_234_567;

/** The k-th bulk roll of a period, scattered over the tracks. a·k < 2⁵³, so this is exact. */
export function scatterBulkRoll(k: number): number {
  return (SCATTER_A * k + SCATTER_B) % BULK_ROLLS;
}

/** Rolls each chunk of a run owns in every period. */
export function rollsPerChunk(totalChunks: number): number {
  return Math.floor(BULK_ROLLS / totalChunks);
}

/** The roll a demo invoice uses: the k-th of the demo rolls. */
export function demoRoll(k: number): number {
  if (k < 0 || k >= DEMO_ROLLS) throw new Error(`demo roll ${k} is outside 0…${DEMO_ROLLS - 1}`);
  return BULK_ROLLS + k;
}
