/**
 * Prize tiers and the matcher. Facts from ../shared/domain (prize-table.json, README §1):
 * special and grand need all 8 digits; 2nd–6th prizes match the last 7…3 digits of a
 * first-prize number; additional sixth prizes (older periods) match 3 digits; cloud-invoice
 * prizes match the full 10-character number. An invoice is paid one prize: the highest.
 */
import type { InvoiceNumber } from './invoice-number';

export const PRIZE_TIERS = {
  special: { amount: 10_000_000, zh: '特別獎', en: 'Special prize', match: 8 },
  grand: { amount: 2_000_000, zh: '特獎', en: 'Grand prize', match: 8 },
  first: { amount: 200_000, zh: '頭獎', en: 'First prize', match: 8 },
  second: { amount: 40_000, zh: '二獎', en: 'Second prize', match: 7 },
  third: { amount: 10_000, zh: '三獎', en: 'Third prize', match: 6 },
  fourth: { amount: 4_000, zh: '四獎', en: 'Fourth prize', match: 5 },
  fifth: { amount: 1_000, zh: '五獎', en: 'Fifth prize', match: 4 },
  sixth: { amount: 200, zh: '六獎', en: 'Sixth prize', match: 3 },
  additionalSixth: { amount: 200, zh: '增開六獎', en: 'Additional sixth prize', match: 3 },
  cloud1000000: { amount: 1_000_000, zh: '雲端發票專屬獎百萬元', en: 'Cloud-invoice prize NT$1,000,000', match: 10 },
  cloud2000: { amount: 2_000, zh: '雲端發票專屬獎二千元', en: 'Cloud-invoice prize NT$2,000', match: 10 },
  cloud800: { amount: 800, zh: '雲端發票專屬獎八百元', en: 'Cloud-invoice prize NT$800', match: 10 },
  cloud500: { amount: 500, zh: '雲端發票專屬獎五百元', en: 'Cloud-invoice prize NT$500', match: 10 },
} as const;

export type PrizeKey = keyof typeof PRIZE_TIERS;

/** A tier's name in the page's language. */
export function prizeName(key: PrizeKey, locale: 'zh-Hant-TW' | 'en'): string {
  return locale === 'en' ? PRIZE_TIERS[key].en : PRIZE_TIERS[key].zh;
}

/** 2nd … 6th: how many trailing digits of a first-prize number each needs. */
const TAIL_TIERS: ReadonlyArray<[PrizeKey, number]> = [
  ['second', 7],
  ['third', 6],
  ['fourth', 5],
  ['fifth', 4],
  ['sixth', 3],
];

export type WinningNumbers = {
  /** null where no reliable source gives the number (the page says so). */
  special: string | null;
  grand: string | null;
  first: readonly string[];
  additionalSixth: readonly string[];
  /** Cloud-invoice prize lists: full numbers (AB12345678) by prize. */
  cloud?: Partial<Record<'cloud1000000' | 'cloud2000' | 'cloud800' | 'cloud500', readonly string[]>>;
};

export type CheckResult = {
  prize: PrizeKey | null;
  amount: number;
  /** Tiers this period's data cannot check (e.g. the special number is unknown). */
  unchecked: PrizeKey[];
};

export type Checker = (invoice: InvoiceNumber) => CheckResult;

/**
 * Builds a matcher for one period. Sets of suffixes make each check a handful of lookups,
 * so a million numbers take well under a second (see `npm run bench`).
 */
export function createChecker(numbers: WinningNumbers): Checker {
  const tails = TAIL_TIERS.map(([key, len]) => [key, len, new Set(numbers.first.map((n) => n.slice(-len)))] as const);
  const firsts = new Set(numbers.first);
  const extraSixth = new Set(numbers.additionalSixth);
  // Every tail prize (2nd–6th) shares its last 3 digits with a first prize, so most numbers,
  // which win nothing, are settled by one lookup.
  const anyTail = new Set(numbers.first.map((n) => n.slice(-3)));
  const cloud = new Map<string, PrizeKey>();
  for (const [key, list] of Object.entries(numbers.cloud ?? {}) as [PrizeKey, readonly string[]][]) {
    for (const n of list) cloud.set(n, key);
  }
  const unchecked: PrizeKey[] = [
    ...(numbers.special === null ? (['special'] as const) : []),
    ...(numbers.grand === null ? (['grand'] as const) : []),
  ];

  return (invoice) => {
    const d = invoice.digits;
    let prize: PrizeKey | null = null;
    if (d === numbers.special) prize = 'special';
    else if (d === numbers.grand) prize = 'grand';
    else if (firsts.has(d)) prize = 'first';
    else {
      const last3 = d.slice(-3);
      if (anyTail.has(last3)) {
        for (const [key, len, set] of tails) {
          if (set.has(d.slice(-len))) {
            prize = key;
            break;
          }
        }
      } else if (extraSixth.has(last3)) prize = 'additionalSixth';
    }
    // One prize per invoice: a cloud prize counts only when it is worth more.
    const cloudPrize = invoice.track && cloud.size ? cloud.get(invoice.track + d) : undefined;
    if (cloudPrize && (!prize || PRIZE_TIERS[cloudPrize].amount > PRIZE_TIERS[prize].amount)) prize = cloudPrize;
    return { prize, amount: prize ? PRIZE_TIERS[prize].amount : 0, unchecked };
  };
}

export type FastVerdict = 'none' | 'possible';

/**
 * Fast mode for a stack of paper invoices: from the last 3 digits alone, either certainly no
 * regular prize, or a possible one whose full number must be checked.
 */
/** Every 3-digit ending that can win something (what fast mode needs, and all it needs). */
export function winningEndings(numbers: WinningNumbers): string[] {
  const full = [numbers.special, numbers.grand, ...numbers.first].filter((n): n is string => n !== null);
  return [...new Set([...full.map((n) => n.slice(-3)), ...numbers.additionalSixth])];
}

export function createFastChecker(numbers: WinningNumbers): (last3: string) => FastVerdict {
  const endings = new Set(winningEndings(numbers));
  // Where the special or grand number is unknown, the page says that it cannot be ruled out.
  return (last3) => (endings.has(last3) ? 'possible' : 'none');
}
