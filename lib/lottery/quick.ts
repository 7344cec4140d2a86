/**
 * The quick check (last 3 digits) says only what is certain. An ending of a first-prize number
 * wins at least the sixth prize (NT$200), perhaps more; an ending shared only with the special
 * or grand prize wins nothing unless all 8 digits match; any other ending wins no regular prize.
 * Pure, so the keypad in the browser and the tests use the same rules.
 */
import type { PrizeKey, WinningNumbers } from './prizes';

export type QuickVerdict =
  /** This site does not have the period's numbers (yet): no verdict, never "no prize". */
  | { kind: 'unavailable' }
  | { kind: 'none'; unchecked: PrizeKey[] }
  /** Ends like a first prize (or an additional sixth prize): NT$200 is certain. */
  | { kind: 'atLeastSixth'; unchecked: PrizeKey[] }
  /** Ends like the special or grand prize only: the 8 digits decide. */
  | { kind: 'checkEight'; prizes: ('special' | 'grand')[]; unchecked: PrizeKey[] };

export function quickVerdict(numbers: WinningNumbers | null, last3: string): QuickVerdict {
  if (!numbers) return { kind: 'unavailable' };
  const unchecked: PrizeKey[] = [...(numbers.special === null ? (['special'] as const) : []), ...(numbers.grand === null ? (['grand'] as const) : [])];
  if (numbers.first.some((n) => n.endsWith(last3)) || numbers.additionalSixth.includes(last3)) return { kind: 'atLeastSixth', unchecked };
  const prizes = (['special', 'grand'] as const).filter((key) => numbers[key]?.endsWith(last3));
  if (prizes.length) return { kind: 'checkEight', prizes, unchecked };
  return { kind: 'none', unchecked };
}

/** A verdict that may mean a prize: worth a vibration. */
export function mayWin(verdict: QuickVerdict): boolean {
  return verdict.kind === 'atLeastSixth' || verdict.kind === 'checkEight';
}

/**
 * Which digits of a winning number the typed digits match, as [start, end): the typed digits
 * are the last three of an invoice, typed from the left, so "83" is compared with the 6th and
 * 7th digits. Null when they do not match.
 */
export function matchedDigits(winning: string, typed: string): [number, number] | null {
  if (!typed || typed.length > 3 || winning.length < 3) return null;
  const start = winning.length - 3;
  const end = start + typed.length;
  return winning.slice(start, end) === typed ? [start, end] : null;
}

/**
 * The keypad's input rule, the same for typed and tapped digits: up to 3 digits make a number;
 * a fourth starts the next one. `next` is what the field holds after the change (the previous
 * digits plus what was typed or pasted); a pasted full number leaves its last 3 digits.
 */
export function nextDigits(previous: string, next: string): string {
  const digits = next.normalize('NFKC').replace(/\D/g, '');
  if (digits.length <= 3) return digits;
  if (previous.length === 3 && digits.length <= 6) {
    // Typed after the number or, with the caret at the start, before it.
    if (digits.startsWith(previous)) return digits.slice(3);
    if (digits.endsWith(previous)) return digits.slice(0, -3);
  }
  return digits.slice(-3);
}

/** A translator for the "Check.quick" messages (next-intl's, on the server or in the browser). */
type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * One period's verdict as a sentence naming the period ("09-10月：…"), with the tier names in the
 * page's language (`prizeName`); `t` is scoped to Check.quick.
 */
export function quickVerdictText(verdict: QuickVerdict, period: string, t: Translate, prizeName: (key: PrizeKey) => string): string {
  const names = (keys: readonly PrizeKey[]) => keys.map(prizeName).join('、');
  switch (verdict.kind) {
    case 'unavailable':
      return t('unavailable', { period });
    case 'atLeastSixth':
      return t('atLeastSixth', { period });
    case 'checkEight':
      return t('checkEight', { period, prizes: names(verdict.prizes) });
    case 'none':
      return verdict.unchecked.length ? t('noneUnchecked', { period, prizes: names(verdict.unchecked) }) : t('none', { period });
  }
}
