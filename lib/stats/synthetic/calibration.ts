/**
 * Every figure the synthetic e-invoice store is calibrated to, in one table.
 *
 * An entry either has a `source` (from ../shared/domain/README.md §8, with the domain's confidence
 * mark) or is `assumption: true`: a synthetic choice made where the domain has no figure (it found
 * no breakdown by age or gender, no national average invoice amount, no count of businesses…).
 * Dataset metadata lists which entries each dataset rests on, so a reader can tell the two apart.
 * Nothing here may be changed into a "real" figure without a source.
 */
import { INDUSTRY_KEYS, type IndustryKey } from '../industries';

/** The domain notes' marks: two or more sources, one source, or unverified/derived. */
export type Confidence = 'V2' | '1S' | 'U';

type Sourced = { source: string; confidence: Confidence; assumption?: undefined };
type Assumed = { assumption: true; source?: undefined; confidence?: undefined };

export type CalibrationEntry<T = unknown> = {
  label: string;
  value: T;
  unit: string;
  note: string;
} & (Sourced | Assumed);

/** Years the store covers: data.gov.tw dataset 36862 starts in 2021-01; 2025 is the latest year with a national figure. */
export const COVERAGE = { firstYear: 2021, lastYear: 2025 } as const;
export const YEARS: readonly number[] = Array.from(
  { length: COVERAGE.lastYear - COVERAGE.firstYear + 1 },
  (_, i) => COVERAGE.firstYear + i,
);

const SRC_2025 = 'Finance Committee report 2026-01-28, via yahoo 024121817 and 001116394 (domain README §8)';
const SRC_2021 = 'Audit Office, via ctwant 276192 (domain README §8)';
const SRC_2019 = 'gateweb, citing UDN (domain README §8)';
const SRC_36862 = 'data.gov.tw dataset 36862 「所得房價消費分析-鄉鎮市區電子發票B2C開立資料集」, 2021 rows (domain README §8)';
const SRC_WINNERS = 'big winners by carrier, 114/9-10 (yahoo 101600289) and 114/11-12 (yahoo 045900132) (domain README §8)';

const cloudInvoices2025 = 6_331_000_000;
const cloudShare2025 = 0.6455;
const volume2021 = 7_534_000_000;
const volume2025 = Math.round(cloudInvoices2025 / cloudShare2025);
const cloudShare2021 = 0.3885;

/** Straight line between the two sourced years, for the years in between. */
function interpolate(a: number, b: number, years: readonly number[], round = false): Record<string, number> {
  const span = COVERAGE.lastYear - COVERAGE.firstYear;
  return Object.fromEntries(
    years.map((y) => {
      const v = a + ((b - a) * (y - COVERAGE.firstYear)) / span;
      return [String(y), round ? Math.round(v) : Number(v.toFixed(4))];
    }),
  );
}
const MIDDLE_YEARS = YEARS.slice(1, -1);

// Winners are drawn uniformly from all invoices, so their carriers are a (tiny) random sample of
// cloud invoices: mobile barcode 40+50, member 22+22, utility 4+6, cross-border e-mail 6+4,
// stored-value card 7+1 (donation 1+0 left out: donations are a separate share below).
const WIN_MOBILE = 90;
const WIN_OTHER_NONCOMMON = 22 + 22 + 4 + 6 + 6 + 4;
const WIN_STORED_VALUE = 7 + 1;

export const CALIBRATION = {
  annualVolume2021: {
    label: 'E-invoices issued in 2021',
    value: volume2021,
    unit: 'invoices',
    source: SRC_2021,
    confidence: '1S',
    note: '75.34億. Sets the weight of 2021 in the synthetic sample.',
  },
  annualVolume2025: {
    label: 'E-invoices issued in 2025 (derived)',
    value: volume2025,
    unit: 'invoices',
    source: `${SRC_2025}: 63.31億 cloud invoices ÷ 64.55% cloud share`,
    confidence: 'U',
    note: 'The domain marks this ≈98億 total as derived from two V2 figures.',
  },
  annualVolumeBetween: {
    label: 'E-invoices issued in 2022–2024',
    value: interpolate(volume2021, volume2025, MIDDLE_YEARS, true),
    unit: 'invoices',
    assumption: true,
    note: 'No figure found for 2022–2024: a straight line between 2021 and 2025.',
  },
  cloudShare2021: {
    label: 'Cloud (carrier) share of invoices, 2021',
    value: cloudShare2021,
    unit: 'share',
    source: `${SRC_2021}: 29.27億 invoices in carriers, 38.85%`,
    confidence: '1S',
    note: 'Published as the share stored in carriers; used here as the cloud share (carrier + donation).',
  },
  cloudShare2025: {
    label: 'Cloud invoice share, 2025',
    value: cloudShare2025,
    unit: 'share',
    source: SRC_2025,
    confidence: 'V2',
    note: 'Consistent with 63.65% carrier usage up to Aug 2025 (udn 9043572, 9043757).',
  },
  cloudShareBetween: {
    label: 'Cloud invoice share, 2022–2024',
    value: interpolate(cloudShare2021, cloudShare2025, MIDDLE_YEARS),
    unit: 'share',
    assumption: true,
    note: 'No yearly figure found for 2022–2024: a straight line between 2021 and 2025.',
  },
  meanTicket: {
    label: 'Mean ticket (客單價)',
    value: 428,
    unit: 'NTD per invoice',
    source: `${SRC_36862}: mean 平均客單價 428 NTD (min 61, max 48,869)`,
    confidence: '1S',
    note: 'A mean of per-business cell means, used as the mean amount per invoice; the domain found no official national average invoice amount. Held constant over the years (assumption).',
  },
  ticketSpread: {
    label: 'Spread of invoice amounts (log-normal σ)',
    value: 1.0,
    unit: 'σ of ln(amount)',
    assumption: true,
    note: 'Heavy-tailed: median ≈ 0.61 × mean, 1% of invoices above ≈ 6 × mean. The 61–48,869 NTD range of cell means in dataset 36862 shows a wide spread but gives no per-invoice distribution.',
  },
  retailShare: {
    label: 'Retail share of e-invoices',
    value: 0.7,
    unit: 'share',
    source: `${SRC_2019}: 90% in 2014, 70% in 2019`,
    confidence: '1S',
    note: 'The 2019 share is held for 2021–2025 (assumption: no later figure).',
  },
  industryShares: {
    label: 'Industry mix of invoices',
    value: {
      convenience: 0.32,
      supermarket: 0.12,
      department: 0.04,
      drugstore: 0.06,
      electronics: 0.02,
      'other-retail': 0.14,
      food: 0.17,
      fuel: 0.05,
      utilities: 0.02,
      services: 0.06,
    } satisfies Record<IndustryKey, number>,
    unit: 'share',
    assumption: true,
    note: 'Split of the sourced 70% retail / 30% other: no finer industry figure was found.',
  },
  industryTicketIndex: {
    label: 'Relative mean ticket by industry',
    value: {
      convenience: 0.25,
      supermarket: 1.4,
      department: 3.5,
      drugstore: 1.1,
      electronics: 10,
      'other-retail': 1.5,
      food: 0.8,
      fuel: 2,
      utilities: 2.8,
      services: 1.8,
    } satisfies Record<IndustryKey, number>,
    unit: 'index',
    assumption: true,
    note: 'Scaled so that the invoice-weighted mean over all industries equals the sourced 428 NTD.',
  },
  itemsPerInvoice: {
    label: 'Mean number of items per invoice by industry',
    value: {
      convenience: 2,
      supermarket: 5,
      department: 2,
      drugstore: 3,
      electronics: 1.3,
      'other-retail': 2,
      food: 3,
      fuel: 1,
      utilities: 1,
      services: 1.5,
    } satisfies Record<IndustryKey, number>,
    unit: 'items',
    assumption: true,
    note: '1 + Poisson(mean − 1), at most 10 and never more than the amount in NTD.',
  },
  countyShareTaipei: {
    label: 'Taipei City share of invoices',
    value: Number((16.7 / 75).toFixed(4)),
    unit: 'share',
    source: `${SRC_2019}: 16.7億 of 75億 e-invoices issued in 2019`,
    confidence: '1S',
    note: 'The 2019 share is held for 2021–2025 (assumption).',
  },
  countyShareNewTaipei: {
    label: 'New Taipei City share of invoices',
    value: Number((12.2 / 75).toFixed(4)),
    unit: 'share',
    source: `${SRC_2019}: 12.2億 of 75億 e-invoices issued in 2019`,
    confidence: '1S',
    note: 'The 2019 share is held for 2021–2025 (assumption).',
  },
  countyWeightsOther: {
    label: 'Relative weights of the other 20 counties and cities',
    value: {
      '68000': 230,
      '66000': 285,
      '67000': 186,
      '64000': 273,
      '10002': 45,
      '10004': 59,
      '10005': 53,
      '10007': 124,
      '10008': 48,
      '10009': 67,
      '10010': 49,
      '10013': 79,
      '10014': 21,
      '10015': 32,
      '10016': 11,
      '10017': 36,
      '10018': 45,
      '10020': 26,
      '09020': 14,
      '09007': 1.4,
    } as Record<string, number>,
    unit: 'relative weight',
    assumption: true,
    note: 'Only Taipei and New Taipei have a figure; the remaining share is split by rough resident population in units of 10,000 (approximate, from memory, not checked against a source).',
  },
  townshipWeights: {
    label: 'Township weights within a county',
    value: 0.5,
    unit: 'exponent: weight = rank^-x by code order',
    assumption: true,
    note: 'No township figure was found; the first-coded township (usually the seat) gets the most weight.',
  },
  mobileShareOfCarriers2021: {
    label: 'Mobile barcode share of carrier invoices, 2021',
    value: 0.26,
    unit: 'share',
    source: `${SRC_2021}: 74% of 31.71億 cloud invoices were in non-common carriers (member cards, utilities, credit cards)`,
    confidence: '1S',
    note: 'The other 26% is the common carriers (mobile barcode, citizen certificate), modelled as mobile barcode.',
  },
  mobileShareOfCarriers2025: {
    label: 'Mobile barcode share of carrier invoices, 2025',
    value: Number((WIN_MOBILE / (WIN_MOBILE + WIN_OTHER_NONCOMMON + WIN_STORED_VALUE)).toFixed(4)),
    unit: 'share',
    source: `derived from ${SRC_WINNERS}`,
    confidence: 'U',
    note: 'Winners are a uniform random sample of invoices, but only 162 carrier winners: a rough estimate.',
  },
  mobileShareOfCarriersBetween: {
    label: 'Mobile barcode share of carrier invoices, 2022–2024',
    value: interpolate(0.26, WIN_MOBILE / (WIN_MOBILE + WIN_OTHER_NONCOMMON + WIN_STORED_VALUE), MIDDLE_YEARS),
    unit: 'share',
    assumption: true,
    note: 'A straight line between 2021 and 2025.',
  },
  storedValueShareOfOtherCarriers: {
    label: 'Stored-value card share of non-mobile carrier invoices',
    value: Number((WIN_STORED_VALUE / (WIN_OTHER_NONCOMMON + WIN_STORED_VALUE)).toFixed(4)),
    unit: 'share',
    source: `derived from ${SRC_WINNERS}`,
    confidence: 'U',
    note: 'The rest is modelled as member cards (member, utility, cross-border e-mail and credit-card carriers together). Held for all years (assumption).',
  },
  donationShare: {
    label: 'Donated invoices (愛心碼) as a share of all invoices',
    value: 0.01,
    unit: 'share',
    assumption: true,
    note: 'No national figure found. Context: ~4,100萬 invoices went to one foundation in 2024 (≈0.4% of all), and 1 of 163 cloud big winners in 114/9-12 was a donated invoice.',
  },
  ageBands: {
    label: 'Age bands of carrier holders',
    value: { 'under-20': 0.05, '20-29': 0.21, '30-39': 0.25, '40-49': 0.22, '50-59': 0.15, '60+': 0.12 } as Record<string, number>,
    unit: 'share of carrier holders',
    assumption: true,
    note: 'The domain found no breakdown by age.',
  },
  genderShares: {
    label: 'Gender of carrier holders',
    value: { F: 0.52, M: 0.48 } as Record<string, number>,
    unit: 'share of carrier holders',
    assumption: true,
    note: 'The domain found no breakdown by gender.',
  },
  weekdayWeights: {
    label: 'Relative volume by weekday (Monday … Sunday)',
    value: [1.0, 0.98, 1.0, 1.02, 1.1, 1.12, 1.0],
    unit: 'relative weight',
    assumption: true,
    note: 'No weekday figure was found.',
  },
  hourWeights: {
    label: 'Relative volume by hour of day (00 … 23)',
    value: [0.4, 0.25, 0.15, 0.1, 0.1, 0.2, 0.8, 2.2, 3.2, 3.0, 3.4, 4.8, 6.2, 5.2, 4.2, 4.2, 4.6, 5.6, 7.0, 6.8, 5.6, 4.4, 3.0, 1.4],
    unit: 'relative weight',
    assumption: true,
    note: 'No hourly figure was found: meal-time and evening peaks, a night trough.',
  },
  sellersPerInvoice: {
    label: 'Synthetic sellers per synthetic invoice',
    value: 1 / 200,
    unit: 'sellers per invoice (at least 5,000 sellers)',
    assumption: true,
    note: 'The number of businesses issuing e-invoices was not found; this keeps enough sellers per cell for suppression to behave as in real data.',
  },
  sellerSizeSpread: {
    label: 'Spread of seller sizes (log-normal σ of relative volume)',
    value: 1.2,
    unit: 'σ',
    assumption: true,
    note: 'Sellers differ in size; dataset 36862 shows 16 to 309,155 invoices per business-cell per month.',
  },
  invoicesPerBuyer: {
    label: 'Synthetic invoices per synthetic carrier holder over the whole coverage',
    value: 50,
    unit: 'invoices per buyer',
    assumption: true,
    note: 'The number of mobile barcodes issued was not found.',
  },
  buyerActivitySkew: {
    label: 'Skew of buyer activity',
    value: 1.5,
    unit: 'exponent: buyer = ⌊pool × u^x⌋',
    assumption: true,
    note: 'Some carrier holders buy much more often than others.',
  },
} as const satisfies Record<string, CalibrationEntry>;

export type CalibrationId = keyof typeof CALIBRATION;

/** Entries as a list, for metadata and docs. */
export function calibrationTable(): (CalibrationEntry & { id: CalibrationId })[] {
  return (Object.keys(CALIBRATION) as CalibrationId[]).map((id) => ({ id, ...(CALIBRATION[id] as CalibrationEntry) }));
}

/** Invoices issued in a covered year (sourced years, or the interpolation between them). */
export function annualVolume(year: number): number {
  if (year === COVERAGE.firstYear) return CALIBRATION.annualVolume2021.value;
  if (year === COVERAGE.lastYear) return CALIBRATION.annualVolume2025.value;
  const v = (CALIBRATION.annualVolumeBetween.value as Record<string, number>)[String(year)];
  if (v === undefined) throw new Error(`no volume for ${year}`);
  return v;
}

export function cloudShare(year: number): number {
  if (year === COVERAGE.firstYear) return CALIBRATION.cloudShare2021.value;
  if (year === COVERAGE.lastYear) return CALIBRATION.cloudShare2025.value;
  const v = (CALIBRATION.cloudShareBetween.value as Record<string, number>)[String(year)];
  if (v === undefined) throw new Error(`no cloud share for ${year}`);
  return v;
}

export function mobileShareOfCarriers(year: number): number {
  if (year === COVERAGE.firstYear) return CALIBRATION.mobileShareOfCarriers2021.value;
  if (year === COVERAGE.lastYear) return CALIBRATION.mobileShareOfCarriers2025.value;
  const v = (CALIBRATION.mobileShareOfCarriersBetween.value as Record<string, number>)[String(year)];
  if (v === undefined) throw new Error(`no mobile share for ${year}`);
  return v;
}

/** County shares: two sourced, the rest of the total split by the assumed weights. */
export function countyShares(): Record<string, number> {
  const taipei = CALIBRATION.countyShareTaipei.value;
  const newTaipei = CALIBRATION.countyShareNewTaipei.value;
  const others = CALIBRATION.countyWeightsOther.value;
  const total = Object.values(others).reduce((a, b) => a + b, 0);
  const rest = 1 - taipei - newTaipei;
  return {
    '63000': taipei,
    '65000': newTaipei,
    ...Object.fromEntries(Object.entries(others).map(([code, w]) => [code, (rest * w) / total])),
  };
}

/** Mean ticket per industry: the assumed index, scaled so the invoice-weighted mean is the sourced one. */
export function industryMeanTickets(): Record<IndustryKey, number> {
  const shares = CALIBRATION.industryShares.value;
  const index = CALIBRATION.industryTicketIndex.value;
  const weighted = INDUSTRY_KEYS.reduce((sum, k) => sum + shares[k] * index[k], 0);
  const scale = CALIBRATION.meanTicket.value / weighted;
  return Object.fromEntries(INDUSTRY_KEYS.map((k) => [k, index[k] * scale])) as Record<IndustryKey, number>;
}

/** Which entries are sourced and which are assumptions (for dataset metadata). */
export function provenanceOf(ids: readonly CalibrationId[]) {
  return ids.map((id) => {
    const e = CALIBRATION[id] as CalibrationEntry;
    return e.assumption
      ? { id, label: e.label, assumption: true as const, note: e.note }
      : { id, label: e.label, source: e.source, confidence: e.confidence, note: e.note };
  });
}
