/**
 * 綜合所得稅 figures by income year (ROC year of the income; filed the following May). Every
 * figure carries its own source and confidence because they differ within a year. A figure the
 * sources do not give is null: the calculator refuses inputs that need it (or, for the basic
 * living expense, says the result is provisional) instead of borrowing another year's value.
 * Sources: shared/domain README §7, addenda A (which wins), data/income-tax.json.
 */
import type { Figure } from '../types';

export type Bracket = Readonly<{ upTo: number | null; ratePercent: number; progressiveDifference: number }>;

export type IncomeTaxYear = Readonly<{
  rocYear: number;
  /** Gregorian year of the income. */
  year: number;
  filedIn: string;
  brackets: Figure<readonly Bracket[]>;
  exemption: Figure<number>;
  /** 本人、配偶及受扶養直系尊親屬年滿70歲: the exemption plus 50%. */
  exemption70Plus: Figure<number>;
  standardDeduction: Figure<Readonly<{ single: number; married: number }>>;
  salaryDeduction: Figure<number>;
  disabilityDeduction: Figure<number> | null;
  savingsDeduction: Figure<number> | null;
  tuitionDeductionPerStudent: Figure<number> | null;
  preschoolDeduction: Figure<Readonly<{ first: number; secondAndLater: number }>> | null;
  longTermCareDeduction: Figure<number> | null;
  rentDeduction: Figure<number> | null;
  basicLivingExpense: Figure<number> | null;
  /**
   * Items set against the basic living expense total (基本生活費比較項目). Not in the domain
   * research: from the Central Area NTB explanation for 113 (ettoday, 2026-01-01).
   */
  basicLivingComparison: Figure<readonly BasicLivingItem[]>;
}>;

export type BasicLivingItem = 'exemptions' | 'general' | 'savings' | 'disability' | 'tuition' | 'preschool' | 'longTermCare' | 'rent';

const BRACKETS_113_114: readonly Bracket[] = [
  { upTo: 590_000, ratePercent: 5, progressiveDifference: 0 },
  { upTo: 1_330_000, ratePercent: 12, progressiveDifference: 41_300 },
  { upTo: 2_660_000, ratePercent: 20, progressiveDifference: 147_700 },
  { upTo: 4_980_000, ratePercent: 30, progressiveDifference: 413_700 },
  { upTo: null, ratePercent: 40, progressiveDifference: 911_700 },
];

const ETAX_TABLE = 'https://www.etax.nat.gov.tw/etwmain/en/announcement/alien-individual-income-tax/exemption-deduction-table';
const TAIPEI_NTB_RATES = "public code reproducing the Taipei NTB 「適用稅率」 table 「113至114年度累進稅率」 (addenda A); earlier public code agrees";
const SEVENTY_NOTE =
  'Chinese sources and code give 145,500 (1.5 × 97,000); the eTax English table prints 145,000, probably a typo. Unresolved (addenda A note 1).';
const SPECIAL_SOURCE = `eTax English table of special deductions for 2024 and 2025 (${ETAX_TABLE}); shared/domain data/income-tax.json`;
const BLE_ITEMS: Figure<readonly BasicLivingItem[]> = {
  value: ['exemptions', 'general', 'savings', 'disability', 'tuition', 'preschool', 'longTermCare', 'rent'],
  validFrom: '2024-01-01',
  source: 'https://finance.ettoday.net/news/3093863 (Central Area NTB, 2026-01-01): exemptions, standard or itemised deduction, savings, disability, tuition, preschool, long-term care and rent special deductions; the salary deduction is not compared',
  confidence: 'single-source',
  note: 'Not in the domain research. The same list without rent is given for 108 by jfcpa.com.tw news 11802.',
};

const YEAR_113: IncomeTaxYear = {
  rocYear: 113,
  year: 2024,
  filedIn: '2025-05',
  brackets: { value: BRACKETS_113_114, validFrom: '2024-01-01', source: TAIPEI_NTB_RATES, confidence: 'verified', note: 'Code-only sources, one reproducing the official table; not checked against an MOF page.' },
  exemption: { value: 97_000, validFrom: '2024-01-01', source: `${ETAX_TABLE} (2024 row); public code`, confidence: 'verified' },
  exemption70Plus: { value: 145_500, validFrom: '2024-01-01', source: 'Chinese-language sources and public code', confidence: 'uncertain', note: SEVENTY_NOTE },
  standardDeduction: { value: { single: 131_000, married: 262_000 }, validFrom: '2024-01-01', source: `${ETAX_TABLE} (2024 row); public code`, confidence: 'verified' },
  salaryDeduction: { value: 218_000, validFrom: '2024-01-01', source: `${ETAX_TABLE} (2024 row); public code`, confidence: 'verified' },
  disabilityDeduction: { value: 218_000, validFrom: '2024-01-01', source: 'public code (three independent files agree; shared/domain data/income-tax.json)', confidence: 'verified', note: 'Code-only sources.' },
  savingsDeduction: { value: 270_000, validFrom: '2024-01-01', source: SPECIAL_SOURCE, confidence: 'verified' },
  tuitionDeductionPerStudent: { value: 25_000, validFrom: '2024-01-01', source: SPECIAL_SOURCE, confidence: 'verified' },
  preschoolDeduction: { value: { first: 150_000, secondAndLater: 225_000 }, validFrom: '2024-01-01', source: SPECIAL_SOURCE, confidence: 'verified', note: 'Children aged 6 and under.' },
  longTermCareDeduction: { value: 120_000, validFrom: '2024-01-01', source: SPECIAL_SOURCE, confidence: 'verified' },
  rentDeduction: { value: 180_000, validFrom: '2024-01-01', source: SPECIAL_SOURCE, confidence: 'verified' },
  basicLivingExpense: {
    value: 210_000,
    validFrom: '2024-01-01',
    source: 'https://www.mof.gov.tw/eng/singlehtml/f48d641f159a4866b1d31c0916fbcc71?cntId=de618033e8284548b206f5ba483e1c96 (2025-06-06); yzcpa.com.tw news 438, 472',
    confidence: 'verified',
    note: '60% of the 2023 median disposable income of 349,359.',
  },
  basicLivingComparison: BLE_ITEMS,
};

/** Income year 114 keeps every 113 figure except the basic living expense (addenda A). */
const YEAR_114: IncomeTaxYear = {
  ...YEAR_113,
  rocYear: 114,
  year: 2025,
  filedIn: '2026-05',
  brackets: { ...YEAR_113.brackets, validFrom: '2025-01-01', source: `${TAIPEI_NTB_RATES}; public code label 「114年度：59萬以下5%、59萬～133萬12%…」` },
  exemption: { ...YEAR_113.exemption, validFrom: '2025-01-01', source: `${ETAX_TABLE} (2025 row); https://news.ltn.com.tw/news/focus/breakingnews/5187204 (2025-09-23)` },
  exemption70Plus: { ...YEAR_113.exemption70Plus, validFrom: '2025-01-01' },
  standardDeduction: { ...YEAR_113.standardDeduction, validFrom: '2025-01-01', source: `${ETAX_TABLE} (2025 row); https://news.ltn.com.tw/news/focus/breakingnews/5187204 (2025-09-23)` },
  salaryDeduction: { ...YEAR_113.salaryDeduction, validFrom: '2025-01-01', source: `${ETAX_TABLE} (2025 row); https://news.ltn.com.tw/news/focus/breakingnews/5187204 (2025-09-23)` },
  disabilityDeduction: { value: 218_000, validFrom: '2025-01-01', source: 'addenda A table (same as 113); shared/domain data/income-tax.json', confidence: 'verified' },
  savingsDeduction: { value: 270_000, validFrom: '2025-01-01', source: SPECIAL_SOURCE, confidence: 'verified' },
  tuitionDeductionPerStudent: { value: 25_000, validFrom: '2025-01-01', source: SPECIAL_SOURCE, confidence: 'verified' },
  preschoolDeduction: { value: { first: 150_000, secondAndLater: 225_000 }, validFrom: '2025-01-01', source: SPECIAL_SOURCE, confidence: 'verified', note: 'Children aged 6 and under.' },
  longTermCareDeduction: { value: 120_000, validFrom: '2025-01-01', source: SPECIAL_SOURCE, confidence: 'verified' },
  rentDeduction: { value: 180_000, validFrom: '2025-01-01', source: `${SPECIAL_SOURCE}; https://news.ltn.com.tw/news/focus/breakingnews/5187204`, confidence: 'verified' },
  basicLivingExpense: {
    value: 213_000,
    validFrom: '2025-01-01',
    source: 'https://udn.com/news/story/7243/9167370 (2025-11-27); Yahoo / Sanli 2025-11-27',
    confidence: 'verified',
    note: '60% × 355,617 = 213,370, rounded to 213,000.',
  },
};

/**
 * Income year 115 (announced 2025-11-27). The basic living expense was not yet announced and the
 * disability and other special deductions are not in the sources: those stay null.
 */
const YEAR_115: IncomeTaxYear = {
  rocYear: 115,
  year: 2026,
  filedIn: '2027-05',
  brackets: {
    value: [
      { upTo: 610_000, ratePercent: 5, progressiveDifference: 0 },
      { upTo: 1_380_000, ratePercent: 12, progressiveDifference: 42_700 },
      { upTo: 2_770_000, ratePercent: 20, progressiveDifference: 153_100 },
      { upTo: 5_190_000, ratePercent: 30, progressiveDifference: 430_100 },
      { upTo: null, ratePercent: 40, progressiveDifference: 949_100 },
    ],
    validFrom: '2026-01-01',
    source: 'public code citing the MOF 速算公式 of 2025-11-27 and the Taipei NTB 「115年度累進稅率」 table',
    confidence: 'verified',
    note: 'Code-only sources citing official tables; no news page states them.',
  },
  exemption: { value: 101_000, validFrom: '2026-01-01', source: 'https://udn.com/news/story/7243/9167370 (2025-11-27); public code citing the MOF 公告 of 2025-11-27', confidence: 'verified' },
  exemption70Plus: {
    value: 151_500,
    validFrom: '2026-01-01',
    source: 'public code citing the MOF 公告 of 2025-11-27 (https://www.mof.gov.tw/singlehtml/384fb3077bb349ea973e7fc6f13b6974?cntId=34b463dc8f1b49f29d440d92a6fd5139)',
    confidence: 'single-source',
  },
  standardDeduction: { value: { single: 136_000, married: 272_000 }, validFrom: '2026-01-01', source: 'https://udn.com/news/story/7243/9167370 (2025-11-27); public code citing the MOF 公告', confidence: 'verified' },
  salaryDeduction: { value: 227_000, validFrom: '2026-01-01', source: 'https://udn.com/news/story/7243/9167370 (2025-11-27); public code citing the MOF 公告', confidence: 'verified' },
  disabilityDeduction: null,
  savingsDeduction: null,
  tuitionDeductionPerStudent: null,
  preschoolDeduction: null,
  longTermCareDeduction: null,
  rentDeduction: null,
  basicLivingExpense: null,
  basicLivingComparison: BLE_ITEMS,
};

export const INCOME_TAX_YEARS: readonly IncomeTaxYear[] = [YEAR_113, YEAR_114, YEAR_115];

export function incomeTaxYear(rocYear: number): IncomeTaxYear | undefined {
  return INCOME_TAX_YEARS.find((y) => y.rocYear === rocYear);
}

export const SUPPORTED_INCOME_YEARS: readonly number[] = INCOME_TAX_YEARS.map((y) => y.rocYear);
