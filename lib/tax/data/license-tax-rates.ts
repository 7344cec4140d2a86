/**
 * 使用牌照稅 annual amounts (NTD per vehicle per year), collected April 1–30 for the calendar
 * year. Source: shared/domain README §7 and data/vehicle-license-tax.json. The sources do not
 * say when these tables took effect, so `validFrom` is null; they are the amounts in force when
 * the sources were written (2024–2026).
 */
import type { Sourced } from '../types';

/** A displacement band: `ccMax` null = no upper limit. Engine displacement is whole cc. */
export type CcBand = Sourced & Readonly<{ ccMin: number; ccMax: number | null; amount: number }>;

/** A motor-power band for electric cars, in horsepower (HP) and metric PS; max null = no limit. */
export type PowerBand = Sourced &
  Readonly<{ hpMax: number | null; psMax: number | null; amount: number }>;

const PRIVATE_CAR: Sourced = {
  validFrom: null,
  source:
    'http://www.qrv-club.com/read.php?fpage=2&tid=5726; https://2blog.ilc.edu.tw/135/?p=6593; https://onlychanceu4u.pixnet.net/blog/post/209419340',
  confidence: 'verified',
};

const COMMERCIAL_CAR: Sourced = {
  validFrom: null,
  source: 'http://www.qrv-club.com/read.php?fpage=2&tid=5726 (full table incl. commercial)',
  confidence: 'single-source',
};

const MOTORCYCLE: Sourced = {
  validFrom: null,
  source: 'https://alice57.pixnet.net/blog/post/44346744 (full table); udn 9180398 (151cc and up taxable, Taichung tax bureau)',
  confidence: 'single-source',
  note: 'Only the 150/151cc threshold is confirmed by a second source.',
};

const ELECTRIC_CAR: Sourced = {
  validFrom: null,
  source: 'data.taipei dataset resource 509065f7-7bb3-4c81-b486-da1e0e8b4633',
  confidence: 'single-source',
  note: 'Applies only after the electric-vehicle exemption ends.',
};

/** [ccMin, ccMax, private, commercial]: passenger cars up to 9 seats. */
const CAR_ROWS: ReadonlyArray<readonly [number, number | null, number, number]> = [
  [0, 500, 1620, 900],
  [501, 600, 2160, 1260],
  [601, 1200, 4320, 2160],
  [1201, 1800, 7120, 3060],
  [1801, 2400, 11230, 6480],
  [2401, 3000, 15210, 9900],
  [3001, 4200, 28220, 16380],
  [4201, 5400, 46170, 24300],
  [5401, 6600, 69690, 33660],
  [6601, 7800, 117000, 44460],
  [7801, null, 151200, 56700],
];

export const PRIVATE_CAR_BANDS: readonly CcBand[] = CAR_ROWS.map(([ccMin, ccMax, amount]) => ({ ccMin, ccMax, amount, ...PRIVATE_CAR }));

export const COMMERCIAL_CAR_BANDS: readonly CcBand[] = CAR_ROWS.map(([ccMin, ccMax, , amount]) => ({
  ccMin,
  ccMax,
  amount,
  ...COMMERCIAL_CAR,
}));

export const MOTORCYCLE_BANDS: readonly CcBand[] = (
  [
    [0, 150, 0],
    [151, 250, 800],
    [251, 500, 1620],
    [501, 600, 2160],
    [601, 1200, 4320],
    [1201, 1800, 7120],
    [1801, null, 11230],
  ] as const
).map(([ccMin, ccMax, amount]) => ({ ccMin, ccMax, amount, ...MOTORCYCLE }));

/** [hpMax, psMax, private, commercial]; a band starts just above the previous band's maximum. */
const ELECTRIC_ROWS: ReadonlyArray<readonly [number | null, number | null, number, number]> = [
  [38, 38.6, 1620, 900],
  [56, 56.8, 2160, 1260],
  [83, 84.2, 4320, 2160],
  [182, 184.7, 7120, 3060],
  [262, 265.9, 11230, 6480],
  [322, 326.8, 15210, 9900],
  [414, 420.2, 28220, 16380],
  [469, 476.0, 46170, 24300],
  [509, 516.6, 69690, 33660],
  [null, null, 117000, 44460],
];

export const ELECTRIC_PRIVATE_CAR_BANDS: readonly PowerBand[] = ELECTRIC_ROWS.map(([hpMax, psMax, amount]) => ({
  hpMax,
  psMax,
  amount,
  ...ELECTRIC_CAR,
}));

export const ELECTRIC_COMMERCIAL_CAR_BANDS: readonly PowerBand[] = ELECTRIC_ROWS.map(([hpMax, psMax, , amount]) => ({
  hpMax,
  psMax,
  amount,
  ...ELECTRIC_CAR,
}));

/**
 * Electric vehicles pay no licence tax up to and including this date (使用牌照稅法 §5 as
 * extended by 5 years on third reading 2025-12-23). When the exemption began is not recorded.
 */
export const EV_EXEMPTION: Sourced & Readonly<{ exemptUntil: string }> = {
  exemptUntil: '2030-12-31',
  validFrom: null,
  source: 'yahoo CNA 022346875; udn 9220785; ltn paper 1737122; udn 9220647',
  confidence: 'verified',
  note: 'Third reading 2025-12-23 extended the exemption by five years; it covers all fully electric vehicles, electric motorcycles included (data/domain addenda §E, V2). The sources give a power table for electric cars only, so electric motorcycles after 2030 are not calculated.',
};

/**
 * Part-year tax = annual × days used ÷ days in that calendar year (365 or 366), counting the
 * registration and deregistration days. Pro rata by days is the practice the sources describe
 * ("×當年所剩天數/365"); whether a leap year divides by 366 and whether both end days count is
 * not stated, so this row is 'uncertain'. Using the year's own length keeps a full year equal
 * to the annual amount.
 */
export const LICENSE_PRO_RATA: Sourced & Readonly<{ divisor: 'days-in-year'; countBothEnds: true }> = {
  divisor: 'days-in-year',
  countBothEnds: true,
  validFrom: null,
  source: 'Not in the domain research; iredpage copy of a 2010 news item quotes 稅額 × 當年所剩天數 / 365',
  confidence: 'uncertain',
};

export const LICENSE_COLLECTION: Sourced & Readonly<{ from: string; to: string }> = {
  from: '04-01',
  to: '04-30',
  validFrom: null,
  source: 'shared/domain README §7 (vehicle licence tax)',
  confidence: 'single-source',
};
