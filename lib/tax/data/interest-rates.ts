/**
 * Interest on late tax: the Chunghwa Post one-year fixed time-deposit rate (一般, under NT$5M)
 * in force on 1 January of each year, applied to that calendar year's days. A year missing here
 * is a year the calculator refuses, never one it guesses.
 * Sources: shared/domain README §6 and addenda B.
 */
import type { Sourced } from '../types';

export type PostalRateRow = Sourced & Readonly<{ year: number; ratePercent: number }>;

const CODE_SOURCE = "public code: labour-insurance late-fee calculator ('資料來源整理自勞保局與郵局歷史資料')";

export const POSTAL_ONE_YEAR_RATES: readonly PostalRateRow[] = [
  {
    year: 2021,
    ratePercent: 0.78,
    validFrom: '2021-01-01',
    source: CODE_SOURCE,
    confidence: 'uncertain',
    note: 'Unchanged from the March-2020 cut to the March-2022 hike; the cpa.get example uses 0.78 but marks it 假設. Not confirmed by a Chunghwa Post page.',
  },
  {
    year: 2022,
    ratePercent: 0.78,
    validFrom: '2022-01-01',
    source: CODE_SOURCE,
    confidence: 'uncertain',
    note: 'Rose to 1.225 by 2022-06-22 (4gtv / 民視 2022-06-21), but only the 1 January rate counts. Not confirmed by a Chunghwa Post page.',
  },
  {
    year: 2023,
    ratePercent: 1.475,
    validFrom: '2023-01-01',
    source: CODE_SOURCE,
    confidence: 'uncertain',
    note: 'Consistent with the March-2023 level of 1.600 minus that quarter’s 0.125 step (inference). Not confirmed by a Chunghwa Post page.',
  },
  {
    year: 2024,
    ratePercent: 1.6,
    validFrom: '2024-01-01',
    source: `https://tw.nextapple.com/finance/20230328/0305941A22B64139AA5DC77673A5163E (2023-03-28); ${CODE_SOURCE}`,
    confidence: 'verified',
  },
  {
    year: 2025,
    ratePercent: 1.725,
    validFrom: '2025-01-01',
    source: `https://www.ftvnews.com.tw/video/detail/wklBCSj3lss (after the March-2024 hike); ${CODE_SOURCE}`,
    confidence: 'verified',
  },
  {
    year: 2026,
    ratePercent: 1.725,
    validFrom: '2026-01-01',
    source: `Central bank held rates March 2024 – December 2025 (tradingeconomics news 510992, 2025-12-18; OCAC/CNA 2025-12-18); ${CODE_SOURCE}`,
    confidence: 'verified',
    note: 'Verified indirectly: no rate move, so the post office rate did not change.',
  },
];

/**
 * Daily interest = tax × annual rate ÷ this many days. The sources say "daily" but not the
 * divisor; 365 in every year (leap years included) is Tax Cloud's reading.
 */
export const INTEREST_DAY_BASIS: Sourced & Readonly<{ days: number }> = {
  days: 365,
  validFrom: null,
  source: 'Not in the domain research; Tax Cloud reading of 按日加計利息 with an annual rate',
  confidence: 'uncertain',
};

export function postalRateFor(year: number): PostalRateRow | undefined {
  return POSTAL_ONE_YEAR_RATES.find((row) => row.year === year);
}
