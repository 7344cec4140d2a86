/**
 * What leaves the server about a citizen's spending: totals by month, by category (the
 * synthetic world's industries) and by merchant, for one range of months, and the comparison
 * with the open statistics of a county. Plain data, the same for the page, the CSV and My data.
 */
import type { IndustryKey } from '@/lib/stats/industries';

/** A range of whole months, both ends included ('YYYY-MM'). */
export type MonthRange = { from: string; to: string };

export type SpendingLine = { invoices: number; amount: number; /** NT$ per invoice, one decimal; null without invoices. */ mean: number | null };

export type MonthLine = SpendingLine & { month: string };
export type CategoryLine = SpendingLine & { key: IndustryKey; name: string; nameEn: string; /** % of the range's amount. */ share: number };
/** The top merchants by amount; the rest are summed in `others`. */
export type MerchantLine = SpendingLine & { ban: string; name: string; share: number };

export type CountyChoice = {
  code: string;
  name: string;
  nameEn: string;
  /** 'most-invoices': the county where most of the range's invoices were issued; 'chosen': picked on the page. */
  how: 'most-invoices' | 'chosen';
};

export type CountyAverage = {
  county: CountyChoice;
  /** Mean ticket in the county from the open statistics, NT$ per invoice (one decimal); null: nothing published to compare. */
  mean: number | null;
  /** The months of the open statistics it covers (the range's own when published, else the latest 12 published). */
  months: MonthRange | null;
  /** 'same': the same months as the range; 'latest': the range is not published yet, so the latest 12 months. */
  basis: 'same' | 'latest' | 'none';
};

export type SpendingDto = {
  range: MonthRange;
  total: SpendingLine;
  byMonth: MonthLine[];
  byCategory: CategoryLine[];
  byMerchant: MerchantLine[];
  /** Everything outside the top merchants; null when there is nothing else. */
  otherMerchants: (SpendingLine & { merchants: number }) | null;
  comparison: CountyAverage | null;
  synthetic: true;
};

/** The raw sums the store reads; aggregate.ts turns them into the DTO. */
export type SpendingSums = {
  byMonth: { month: string; invoices: number; amount: number }[];
  byIndustry: { industryCode: number; invoices: number; amount: number }[];
  byMerchant: { ban: string; name: string; invoices: number; amount: number }[];
  /** Invoices per seller county (5-digit code), for choosing the citizen's county. */
  byCounty: { countyCode: string; invoices: number; amount: number }[];
};
