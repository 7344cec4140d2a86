/**
 * The published datasets: fields (types, units, descriptions in zh-Hant-TW and en), the grid of
 * cells each one covers, which cells count buyers, and which partitions have totals that can be
 * known (for secondary suppression). Pure: aggregate.ts fills the cells, publish.ts writes files.
 */
import type { CalibrationId } from './synthetic/calibration';
import { YEARS } from './synthetic/calibration';
import { AGE_BANDS, CARRIER, CARRIER_TYPES, GENDERS, HOLDER_CARRIERS, WEEKDAYS, labelOf, type CodeLabel } from './codes';
import { COUNTIES, TOWNSHIPS, countyByCodeOrThrow, townshipByCodeOrThrow } from './geography';
import { INDUSTRIES, industryByCode } from './industries';
import type { Contributors, PartitionFamily } from './pipeline/suppression';

export type Text = { 'zh-Hant-TW': string; en: string };
export type FieldType = 'string' | 'integer' | 'number' | 'boolean';
export type FieldDef = { name: string; type: FieldType; unit: Text | null; title: Text; description: Text };

export type CellDims = Record<string, string | number>;
export type Cell = Contributors & { dims: CellDims; amount: number };
export type Row = Record<string, string | number | boolean | null>;

export const DATASET_IDS = [
  'einvoice-industry-monthly',
  'einvoice-county-monthly',
  'einvoice-township-annual',
  'einvoice-carrier-monthly',
  'einvoice-age-gender-monthly',
  'einvoice-hour-weekday-annual',
  'einvoice-donations-monthly',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export type DatasetDef = {
  id: DatasetId;
  title: Text;
  description: Text;
  dimensions: readonly FieldDef[];
  measures: readonly FieldDef[];
  /** Every cell the dataset has a row for, as dimension codes; cells without invoices are zero. */
  grid(): CellDims[];
  /** Dimension codes → the published dimension fields (codes and names). */
  label(dims: CellDims): Row;
  buyersRelevant(cell: Cell): boolean;
  families: readonly PartitionFamily<Cell>[];
  /** For share_pct: cells with the same key share a denominator (the month's invoices). */
  shareKey?(dims: CellDims): string;
  /** Built from another dataset's cells and suppression, so the two can never disagree. */
  derivedFrom?: { dataset: DatasetId; filter(dims: CellDims): boolean; dims(dims: CellDims): CellDims };
  calibration: readonly CalibrationId[];
  codeLists: Record<string, readonly CodeLabel[]>;
};

const t = (zh: string, en: string): Text => ({ 'zh-Hant-TW': zh, en });

export const MONTHS: readonly string[] = YEARS.flatMap((y) => Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`));

const F = {
  month: {
    name: 'month',
    type: 'string',
    unit: null,
    title: t('發票年月', 'Invoice month'),
    description: t('發票開立年月（YYYY-MM，臺灣時間）', 'Month the invoices were issued (YYYY-MM, Taiwan time)'),
  },
  year: {
    name: 'year',
    type: 'integer',
    unit: t('年', 'year'),
    title: t('發票年度', 'Invoice year'),
    description: t('發票開立年度（西元）', 'Calendar year the invoices were issued'),
  },
  industryCode: {
    name: 'industry_code',
    type: 'string',
    unit: null,
    title: t('行業代碼', 'Industry code'),
    description: t('合成資料的行業分類代碼，見代碼表 industry_code', 'Industry group of the synthetic data; see code list industry_code'),
  },
  industryName: { name: 'industry_name', type: 'string', unit: null, title: t('行業名稱', 'Industry name'), description: t('行業名稱', 'Industry name (Chinese)') },
  countyCode: {
    name: 'county_code',
    type: 'string',
    unit: null,
    title: t('縣市代碼', 'County code'),
    description: t('內政部行政區域代碼（5碼）', 'Ministry of the Interior area code (5 digits)'),
  },
  countyName: { name: 'county_name', type: 'string', unit: null, title: t('縣市名稱', 'County name'), description: t('縣市名稱', 'County or city name (Chinese)') },
  townshipCode: {
    name: 'township_code',
    type: 'string',
    unit: null,
    title: t('鄉鎮市區代碼', 'Township code'),
    description: t('內政部行政區域代碼（8碼）', 'Ministry of the Interior area code (8 digits)'),
  },
  townshipName: {
    name: 'township_name',
    type: 'string',
    unit: null,
    title: t('鄉鎮市區名稱', 'Township name'),
    description: t('鄉鎮市區名稱', 'Township, town or district name (Chinese)'),
  },
  carrierType: {
    name: 'carrier_type',
    type: 'string',
    unit: null,
    title: t('載具類別', 'Carrier type'),
    description: t('發票的載具或捐贈方式，見代碼表 carrier_type', 'How the invoice was kept: see code list carrier_type'),
  },
  carrierName: { name: 'carrier_name', type: 'string', unit: null, title: t('載具類別名稱', 'Carrier type name'), description: t('載具類別名稱', 'Carrier type name (Chinese)') },
  ageBand: {
    name: 'age_band',
    type: 'string',
    unit: null,
    title: t('年齡層', 'Age band'),
    description: t('載具持有人的年齡層（合成假設），見代碼表 age_band', 'Age band of the carrier holder (synthetic assumption); see code list age_band'),
  },
  ageBandName: { name: 'age_band_name', type: 'string', unit: null, title: t('年齡層名稱', 'Age band name'), description: t('年齡層名稱', 'Age band name (Chinese)') },
  gender: {
    name: 'gender',
    type: 'string',
    unit: null,
    title: t('性別', 'Gender'),
    description: t('載具持有人的性別（合成假設）：F 女、M 男', 'Gender of the carrier holder (synthetic assumption): F female, M male'),
  },
  genderName: { name: 'gender_name', type: 'string', unit: null, title: t('性別名稱', 'Gender name'), description: t('性別名稱', 'Gender name (Chinese)') },
  weekday: {
    name: 'weekday',
    type: 'integer',
    unit: null,
    title: t('星期', 'Weekday'),
    description: t('ISO 星期：1 星期一 … 7 星期日', 'ISO weekday: 1 Monday … 7 Sunday'),
  },
  weekdayName: { name: 'weekday_name', type: 'string', unit: null, title: t('星期名稱', 'Weekday name'), description: t('星期名稱', 'Weekday name (Chinese)') },
  hour: {
    name: 'hour',
    type: 'integer',
    unit: t('時', 'hour'),
    title: t('時段', 'Hour of day'),
    description: t('開立時間的小時（0–23，臺灣時間）', 'Hour the invoice was issued (0–23, Taiwan time)'),
  },
} satisfies Record<string, FieldDef>;

const MEASURES: readonly FieldDef[] = [
  {
    name: 'invoice_count',
    type: 'integer',
    unit: t('張', 'invoices'),
    title: t('開立張數', 'Invoices issued'),
    description: t('合成樣本中的發票張數；遮蔽時為空值', 'Invoices in the synthetic sample; empty when suppressed'),
  },
  {
    name: 'amount_ntd',
    type: 'integer',
    unit: t('新臺幣元', 'NTD'),
    title: t('開立金額', 'Amount'),
    description: t('發票總金額（含稅，整數元）；遮蔽時為空值', 'Total amount including tax, whole NTD; empty when suppressed'),
  },
  {
    name: 'mean_ticket_ntd',
    type: 'number',
    unit: t('新臺幣元/張', 'NTD per invoice'),
    title: t('平均客單價', 'Mean ticket'),
    description: t('開立金額 ÷ 開立張數，四捨五入至小數1位；遮蔽時為空值', 'Amount ÷ invoices, rounded half up to 1 decimal; empty when suppressed'),
  },
];

const SHARE: FieldDef = {
  name: 'share_pct',
  type: 'number',
  unit: t('%', '%'),
  title: t('占當月張數比率', 'Share of the month’s invoices'),
  description: t('占當月全部發票張數的百分比，四捨五入至小數2位；遮蔽時為空值', "Percentage of all the month's invoices, rounded half up to 2 decimals; empty when suppressed"),
};

const SUPPRESSED: FieldDef = {
  name: 'suppressed',
  type: 'boolean',
  unit: null,
  title: t('是否遮蔽', 'Suppressed'),
  description: t(
    '為 true 時，此格的數值因來源家數或人數過少（或為防止由總數反推）而不公布',
    'True when the measures are withheld: too few sellers or buyers, or withheld so that another suppressed cell cannot be recovered from a total',
  ),
};

const INDUSTRY_CODES: readonly CodeLabel[] = INDUSTRIES.map((i) => ({ code: i.code, key: i.key, name: i.name, nameEn: i.nameEn }));
const CARRIER_CODES: readonly CodeLabel[] = CARRIER_TYPES;
const yearOf = (month: string | number) => String(month).slice(0, 4);

/** Month totals are known from any dataset that covers every invoice of the month. */
const byMonth = (disjointSellers: boolean, disjointBuyers = false): PartitionFamily<Cell> => ({
  key: (c) => String(c.dims.month),
  disjointSellers,
  disjointBuyers,
});

const COMMON_CALIBRATION: readonly CalibrationId[] = [
  'annualVolume2021',
  'annualVolume2025',
  'annualVolumeBetween',
  'meanTicket',
  'ticketSpread',
  'sellersPerInvoice',
  'sellerSizeSpread',
];

export const DATASETS: Record<DatasetId, DatasetDef> = {
  'einvoice-industry-monthly': {
    id: 'einvoice-industry-monthly',
    title: t('電子發票B2C開立統計－依行業別（月）（合成資料）', 'B2C e-invoices by industry, monthly (synthetic data)'),
    description: t(
      '每月各行業的發票開立張數、金額與平均客單價。本資料集由合成交易產生，並非真實統計。',
      'Invoices issued, amount and mean ticket per industry and month. Built from synthetic transactions: not real statistics.',
    ),
    dimensions: [F.month, F.industryCode, F.industryName],
    measures: [...MEASURES, SUPPRESSED],
    grid: () => MONTHS.flatMap((month) => INDUSTRIES.map((i) => ({ month, industry: i.code }))),
    label: (d) => {
      const i = industryByCode.get(Number(d.industry))!;
      return { month: d.month!, industry_code: i.key, industry_name: i.name };
    },
    buyersRelevant: () => false,
    families: [byMonth(true)],
    calibration: [...COMMON_CALIBRATION, 'retailShare', 'industryShares', 'industryTicketIndex'],
    codeLists: { industry_code: INDUSTRY_CODES },
  },
  'einvoice-county-monthly': {
    id: 'einvoice-county-monthly',
    title: t('電子發票B2C開立統計－依縣市（月）（合成資料）', 'B2C e-invoices by county, monthly (synthetic data)'),
    description: t(
      '每月各縣市的發票開立張數、金額與平均客單價（依賣方營業地）。本資料集由合成交易產生，並非真實統計。',
      "Invoices issued, amount and mean ticket per county or city (the seller's place of business) and month. Built from synthetic transactions: not real statistics.",
    ),
    dimensions: [F.month, F.countyCode, F.countyName],
    measures: [...MEASURES, SUPPRESSED],
    grid: () => MONTHS.flatMap((month) => COUNTIES.map((c) => ({ month, county: Number(c.code) }))),
    label: (d) => {
      const c = countyByCodeOrThrow(String(d.county).padStart(5, '0'));
      return { month: d.month!, county_code: c.code, county_name: c.name };
    },
    buyersRelevant: () => false,
    // A county's year is known from the township dataset, so its 12 months are a partition too.
    families: [byMonth(true), { key: (c) => `${c.dims.county}|${yearOf(c.dims.month!)}`, disjointSellers: false, disjointBuyers: false }],
    calibration: [...COMMON_CALIBRATION, 'countyShareTaipei', 'countyShareNewTaipei', 'countyWeightsOther'],
    codeLists: {},
  },
  'einvoice-township-annual': {
    id: 'einvoice-township-annual',
    title: t('電子發票B2C開立統計－依鄉鎮市區（年）（合成資料）', 'B2C e-invoices by township, yearly (synthetic data)'),
    description: t(
      '每年各鄉鎮市區的發票開立張數、金額與平均客單價（依賣方營業地）。按年彙總，使較小鄉鎮也能達到公布門檻。本資料集由合成交易產生，並非真實統計。',
      "Invoices issued, amount and mean ticket per township and year (the seller's place of business); yearly so that smaller townships can reach the publication threshold. Built from synthetic transactions: not real statistics.",
    ),
    dimensions: [F.year, F.countyCode, F.countyName, F.townshipCode, F.townshipName],
    measures: [...MEASURES, SUPPRESSED],
    grid: () => YEARS.flatMap((year) => TOWNSHIPS.map((tw) => ({ year, township: Number(tw.code) }))),
    label: (d) => {
      const tw = townshipByCodeOrThrow(String(d.township).padStart(8, '0'));
      return { year: Number(d.year), county_code: tw.county.code, county_name: tw.county.name, township_code: tw.code, township_name: tw.name };
    },
    buyersRelevant: () => false,
    families: [
      { key: (c) => `${c.dims.year}|${Math.floor(Number(c.dims.township) / 1000)}`, disjointSellers: true, disjointBuyers: false },
      { key: (c) => String(c.dims.year), disjointSellers: true, disjointBuyers: false },
    ],
    calibration: [...COMMON_CALIBRATION, 'countyShareTaipei', 'countyShareNewTaipei', 'countyWeightsOther', 'townshipWeights'],
    codeLists: {},
  },
  'einvoice-carrier-monthly': {
    id: 'einvoice-carrier-monthly',
    title: t('電子發票B2C開立統計－依載具類別（月）（合成資料）', 'B2C e-invoices by carrier type, monthly: cloud-invoice adoption (synthetic data)'),
    description: t(
      '每月各載具類別（無載具、手機條碼、會員載具、電子票證、捐贈）的發票張數、金額、平均客單價與占當月比率；雲端發票比率為無載具以外各類之和。本資料集由合成交易產生，並非真實統計。',
      "Invoices, amount, mean ticket and share of the month's invoices per carrier type (none, mobile barcode, member card, stored-value card, donated); the cloud-invoice share is the sum of all types but none. Built from synthetic transactions: not real statistics.",
    ),
    dimensions: [F.month, F.carrierType, F.carrierName],
    measures: [...MEASURES, SHARE, SUPPRESSED],
    grid: () => MONTHS.flatMap((month) => CARRIER_TYPES.map((c) => ({ month, carrier: c.code }))),
    label: (d) => {
      const c = labelOf(CARRIER_TYPES, Number(d.carrier));
      return { month: d.month!, carrier_type: c.key, carrier_name: c.name };
    },
    buyersRelevant: (c) => HOLDER_CARRIERS.includes(Number(c.dims.carrier)),
    // A buyer holds one carrier type, so buyers are disjoint across the month's cells; sellers are not.
    families: [byMonth(false, true)],
    shareKey: (d) => String(d.month),
    calibration: [
      ...COMMON_CALIBRATION,
      'cloudShare2021',
      'cloudShare2025',
      'cloudShareBetween',
      'mobileShareOfCarriers2021',
      'mobileShareOfCarriers2025',
      'mobileShareOfCarriersBetween',
      'storedValueShareOfOtherCarriers',
      'donationShare',
      'invoicesPerBuyer',
      'buyerActivitySkew',
    ],
    codeLists: { carrier_type: CARRIER_CODES },
  },
  'einvoice-age-gender-monthly': {
    id: 'einvoice-age-gender-monthly',
    title: t('電子發票B2C開立統計－依載具持有人年齡層及性別（月）（合成資料）', 'B2C e-invoices by age band and gender of the carrier holder, monthly (synthetic data)'),
    description: t(
      '每月載具（手機條碼、會員載具、電子票證）發票依持有人年齡層及性別的張數、金額與平均客單價。年齡與性別分布完全為合成假設（查無公開資料）。本資料集由合成交易產生，並非真實統計。',
      'Invoices kept in a carrier (mobile barcode, member card, stored-value card), by age band and gender of the holder and month. The age and gender mix is wholly a synthetic assumption (no published breakdown was found). Built from synthetic transactions: not real statistics.',
    ),
    dimensions: [F.month, F.ageBand, F.ageBandName, F.gender, F.genderName],
    measures: [...MEASURES, SUPPRESSED],
    grid: () => MONTHS.flatMap((month) => AGE_BANDS.flatMap((a) => GENDERS.map((g) => ({ month, age: a.code, gender: g.code })))),
    label: (d) => {
      const a = labelOf(AGE_BANDS, Number(d.age));
      const g = labelOf(GENDERS, Number(d.gender));
      return { month: d.month!, age_band: a.key, age_band_name: a.name, gender: g.key, gender_name: g.name };
    },
    buyersRelevant: () => true,
    families: [byMonth(false, true)],
    calibration: [...COMMON_CALIBRATION, 'cloudShare2021', 'cloudShare2025', 'cloudShareBetween', 'donationShare', 'ageBands', 'genderShares', 'invoicesPerBuyer', 'buyerActivitySkew'],
    codeLists: { age_band: AGE_BANDS, gender: GENDERS },
  },
  'einvoice-hour-weekday-annual': {
    id: 'einvoice-hour-weekday-annual',
    title: t('電子發票B2C開立統計－依星期及時段（年）（合成資料）', 'B2C e-invoices by weekday and hour of day, yearly (synthetic data)'),
    description: t(
      '每年依星期與開立時段（小時）的發票張數、金額與平均客單價。星期與時段型態為合成假設。本資料集由合成交易產生，並非真實統計。',
      'Invoices, amount and mean ticket per weekday and hour of day and year. The weekday and hour patterns are synthetic assumptions. Built from synthetic transactions: not real statistics.',
    ),
    dimensions: [F.year, F.weekday, F.weekdayName, F.hour],
    measures: [...MEASURES, SUPPRESSED],
    grid: () => YEARS.flatMap((year) => WEEKDAYS.flatMap((w) => Array.from({ length: 24 }, (_, hour) => ({ year, weekday: w.code, hour })))),
    label: (d) => ({ year: Number(d.year), weekday: Number(d.weekday), weekday_name: labelOf(WEEKDAYS, Number(d.weekday)).name, hour: Number(d.hour) }),
    buyersRelevant: () => false,
    families: [{ key: (c) => String(c.dims.year), disjointSellers: false, disjointBuyers: false }],
    calibration: [...COMMON_CALIBRATION, 'weekdayWeights', 'hourWeights'],
    codeLists: { weekday: WEEKDAYS },
  },
  'einvoice-donations-monthly': {
    id: 'einvoice-donations-monthly',
    title: t('電子發票捐贈統計（月）（合成資料）', 'Donated e-invoices, monthly (synthetic data)'),
    description: t(
      '每月以愛心碼捐贈的發票張數、金額、平均客單價與占當月發票比率；與載具類別資料集的「捐贈」列相同（含遮蔽）。本資料集由合成交易產生，並非真實統計。',
      'Invoices donated with a love code per month: count, amount, mean ticket and share of the month\'s invoices; the same numbers (and suppression) as the "donation" rows of the carrier-type dataset. Built from synthetic transactions: not real statistics.',
    ),
    dimensions: [F.month],
    measures: [...MEASURES, SHARE, SUPPRESSED],
    grid: () => MONTHS.map((month) => ({ month })),
    label: (d) => ({ month: d.month! }),
    buyersRelevant: () => false,
    families: [],
    derivedFrom: {
      dataset: 'einvoice-carrier-monthly',
      filter: (d) => Number(d.carrier) === CARRIER.donation,
      dims: (d) => ({ month: d.month! }),
    },
    calibration: [...COMMON_CALIBRATION, 'donationShare'],
    codeLists: {},
  },
};

/** Field names that would identify a seller or a buyer; no dataset may have one. */
export const IDENTIFYING_FIELDS: readonly string[] = ['seller_id', 'ban', 'seller_ban', 'seller_name', 'buyer_id', 'carrier_id', 'invoice_id', 'invoice_number', 'carrier_number', 'random_code'];

export function fieldsOf(def: DatasetDef): FieldDef[] {
  return [...def.dimensions, ...def.measures];
}

export function cellKey(dims: CellDims): string {
  return Object.keys(dims)
    .sort()
    .map((k) => `${k}=${dims[k]}`)
    .join('|');
}
