/**
 * Message codes of the calculators: validation errors (the zod issue `message` is the code) and
 * warnings shown beside results. The API answers in English; pages use either language.
 * `{name}` placeholders are filled from the or warning's params; `{name|roc}` writes a
 * Gregorian year param as its ROC year, so Chinese text reads 民國116年 while params stay 2027.
 */
import { rocYearOf } from '../taiwan';
import type { LocalizedText, TaxLocale } from './types';

export const TAX_MESSAGES = {
  // Validation: any field
  field_required: { 'zh-Hant-TW': '此欄位必填。', en: 'This field is required.' },
  field_invalid: { 'zh-Hant-TW': '此欄位格式不正確。', en: 'This field has the wrong form.' },
  number_invalid: { 'zh-Hant-TW': '請以阿拉伯數字填寫，例如 1,500 或 12.5。', en: 'Enter a number in digits, like 1,500 or 12.5.' },
  count_invalid: { 'zh-Hant-TW': '請輸入 0 或正整數。', en: 'Enter 0 or a whole number.' },
  amount_negative: { 'zh-Hant-TW': '金額不可為負數。', en: 'The amount cannot be negative.' },
  amount_not_integer: { 'zh-Hant-TW': '金額請以新臺幣元為單位，不含小數。', en: 'Give the amount in whole NTD, without decimals.' },
  amount_too_large: { 'zh-Hant-TW': '金額超過可試算的上限（1,000 億元）。', en: 'The amount is above the calculator’s limit (NT$100 billion).' },
  date_format: { 'zh-Hant-TW': '請填寫日期，例如 114/05/31（民國年）或 2025-05-31（西元）。', en: 'Write the date as YYYY-MM-DD, for example 2025-05-31.' },
  date_invalid: { 'zh-Hant-TW': '此日期不存在（例如 2 月 30 日）。', en: 'This date does not exist (for example 30 February).' },
  date_out_of_range: { 'zh-Hant-TW': '日期須介於民國89年至189年之間。', en: 'The date must be between 2000 and 2100.' },
  // Late fee
  tax_type_unknown: {
    'zh-Hant-TW': '請選擇稅目，例如綜合所得稅、營業稅、房屋稅、地價稅、使用牌照稅、遺產及贈與稅、貨物稅、特種貨物及勞務稅、關稅或其他國稅、地方稅。',
    en: 'Choose the tax: income, business, house, land value, vehicle licence, estate and gift, commodity, specifically selected goods and services, customs, or another national or local tax.',
  },
  tax_kind_unknown: { 'zh-Hant-TW': '請選擇稅別：國稅、地方稅或關稅。', en: 'Choose the kind of tax: national tax, local tax or customs duty.' },
  interest_rate_year_not_supported: {
    'zh-Hant-TW': '民國{year|roc}年的郵局一年期定存利率尚未收錄，無法試算該年的利息。',
    en: 'The post office one-year deposit rate for {year} is not in our table yet, so interest for that year cannot be calculated.',
  },
  closed_days_invalid: { 'zh-Hant-TW': '停止上班日請以 YYYY-MM-DD 列出實際存在的日期。', en: 'List closed days as real dates in YYYY-MM-DD form.' },
  // Vehicle licence tax
  vehicle_kind_unknown: { 'zh-Hant-TW': '請選擇車種：自用小客車、營業小客車或機車。', en: 'Choose the vehicle: private passenger car, commercial passenger car or motorcycle.' },
  propulsion_unknown: { 'zh-Hant-TW': '請選擇動力：燃油引擎或電動。', en: 'Choose engine or electric.' },
  cc_required: { 'zh-Hant-TW': '請輸入汽缸總排氣量（cc）。', en: 'Enter the engine displacement in cc.' },
  cc_invalid: { 'zh-Hant-TW': '排氣量請輸入 1 以上的整數（cc）。', en: 'Enter the displacement as a whole number of cc, 1 or more.' },
  motor_power_required: { 'zh-Hant-TW': '請輸入電動機馬力。', en: 'Enter the motor power.' },
  motor_power_invalid: { 'zh-Hant-TW': '馬力須大於 0。', en: 'The motor power must be greater than 0.' },
  power_unit_unknown: { 'zh-Hant-TW': '馬力單位請選 HP 或 PS。', en: 'Choose HP or PS as the power unit.' },
  electric_motorcycle_after_exemption: {
    'zh-Hant-TW': '電動機車免徵使用牌照稅至民國119年12月31日；之後的稅額資料尚未收錄，暫無法試算民國120年以後。',
    en: 'Electric motorcycles are exempt until 31 December 2030; we have no rates for later years yet, so 2031 onwards cannot be calculated.',
  },
  tax_year_not_supported: { 'zh-Hant-TW': '課稅年度須介於民國89年至189年之間。', en: 'The tax year must be between 2000 and 2100.' },
  date_outside_tax_year: { 'zh-Hant-TW': '日期須在所選課稅年度之內。', en: 'The date must fall within the chosen tax year.' },
  deregistered_before_registered: { 'zh-Hant-TW': '報廢或繳銷日不可早於領牌日。', en: 'The deregistration date cannot be before the registration date.' },
  // Income tax
  income_year_invalid: { 'zh-Hant-TW': '請以民國年填寫所得年度，例如 114。', en: 'Give the income year as an ROC year, like 114.' },
  income_year_not_supported: {
    'zh-Hant-TW': '目前僅收錄 {years} 年度的綜合所得稅資料。',
    en: 'Income tax figures are available for income years {years} (ROC) only.',
  },
  filing_status_unknown: { 'zh-Hant-TW': '請選擇單身或已婚合併申報。', en: 'Choose single or married (joint return).' },
  spouse_required: { 'zh-Hant-TW': '已婚合併申報請填寫配偶資料。', en: 'A married return needs the spouse’s details.' },
  spouse_not_allowed: { 'zh-Hant-TW': '單身申報不可填寫配偶資料。', en: 'A single return cannot include a spouse.' },
  deduction_method_unknown: { 'zh-Hant-TW': '請選擇標準扣除額、列舉扣除額或自動擇優。', en: 'Choose the standard deduction, itemised deductions or the better of the two.' },
  savings_exceeds_income: { 'zh-Hant-TW': '儲蓄投資所得不可大於其他所得合計。', en: 'Savings interest cannot exceed the household’s other income.' },
  too_many_dependants: { 'zh-Hant-TW': '受扶養親屬人數過多（上限 20 人）。', en: 'Too many dependants (at most 20).' },
  preschool_exceeds_dependants: { 'zh-Hant-TW': '幼兒人數不可多於受扶養親屬人數。', en: 'There cannot be more preschool children than dependants.' },
  students_exceed_dependants: { 'zh-Hant-TW': '就學子女人數不可多於受扶養親屬人數。', en: 'There cannot be more students than dependants.' },
  long_term_care_exceeds_household: { 'zh-Hant-TW': '長期照顧人數不可多於申報戶人數。', en: 'There cannot be more people in long-term care than in the household.' },
  deduction_not_available_for_year: {
    'zh-Hant-TW': '{year} 年度此項扣除額金額尚未收錄，暫無法試算。',
    en: 'This deduction’s amount for income year {year} is not in our data yet.',
  },
  // Warnings shown with results
  holiday_table_missing: {
    'zh-Hant-TW': '本站收錄的政府行政機關辦公日曆只有民國{from|roc}年至{to|roc}年，民國{year|roc}年的繳納期限只依週六、週日順延。若期限遇國定假日或停止上班，請在「停止上班日」輸入該日。',
    en: 'Our government office calendar covers {from}–{to}; for {year} the deadline was moved past weekends only. If it fell on a public holiday or a closure day, enter that day as a closed day.',
  },
  figure_uncertain: {
    'zh-Hant-TW': '此結果使用了查證程度不足的數字：{figure}。請以稅捐稽徵機關核定為準。',
    en: 'This result uses a figure that is not fully verified: {figure}. The tax office’s assessment prevails.',
  },
  rounding_uncertain: {
    'zh-Hant-TW': '資料來源未載明捨入方式；本站各金額{rule}。',
    en: 'The sources do not state a rounding rule; each amount here is {rule}.',
  },
  referral_to_enforcement: {
    'zh-Hant-TW': '逾滯納期間 30 日仍未繳納，將移送強制執行，另可能加計執行費用。',
    en: 'Unpaid after the 30-day surcharge period, the case is referred for compulsory enforcement; enforcement costs may be added.',
  },
  interest_article_unknown: {
    'zh-Hant-TW': '滯納利息依{act}的規定加計；各稅法的計算方式相同（自滯納期滿之翌日起按日計算，利率為每年 1 月 1 日郵局一年期定期儲金固定利率），但本站資料未載明{act}的條次，請以稅捐稽徵機關的繳款書為準。',
    en: 'Interest is charged under the {act}; every tax law words the rule the same way (daily from the day after the surcharge period, at the post office one-year fixed rate of 1 January), but our sources do not give the article number in that act. The tax office’s bill prevails.',
  },
  customs_no_interest_recorded: {
    'zh-Hant-TW': '資料來源未記載關稅滯納之利息，本試算未加計利息。',
    en: 'Our sources record no interest on late customs duty, so none is added.',
  },
  customs_cap_uncertain: {
    'zh-Hant-TW': '關稅滯納金以 30 日為限（每日萬分之五，最多 1.5%），此上限僅有單一來源，請以海關核定為準。逾 30 日海關得變賣貨物或移送執行。',
    en: 'The customs surcharge stops after 30 days (0.05% a day, 1.5% at most); this cap rests on one source only, so the customs assessment prevails. After 30 days the goods may be sold or the case enforced.',
  },
  income_year_provisional: {
    'zh-Hant-TW': '{year} 年度每人基本生活所需費用尚未公告，未計入基本生活費差額，實際稅額可能較低。',
    en: 'The basic living expense for income year {year} has not been announced, so no basic-living-expense difference is deducted; the actual tax may be lower.',
  },
  rate_tested_deductions_excluded: {
    'zh-Hant-TW': '您的適用稅率在 20% 以上，依所得稅法第17條，長期照顧及房屋租金支出特別扣除額不能扣除，本試算已排除這兩項。',
    en: 'Your tax rate is 20% or more, so under Income Tax Act Article 17 the long-term care and rent deductions are not allowed; this calculation leaves them out.',
  },
  basic_tax_not_modelled: {
    'zh-Hant-TW': '如果您須繳納基本稅額（最低稅負制），長期照顧及房屋租金支出特別扣除額也不能扣除。本試算未計算基本稅額。',
    en: 'If the basic (alternative minimum) tax applies to you, the long-term care and rent deductions are not allowed either. This calculator does not compute the basic tax.',
  },
  ev_exempt: {
    'zh-Hant-TW': '電動車免徵使用牌照稅至 {until}。',
    en: 'Electric vehicles are exempt from licence tax until {until}.',
  },
} as const satisfies Record<string, LocalizedText>;

export type TaxMessageCode = keyof typeof TAX_MESSAGES;

export function isTaxMessageCode(code: string): code is TaxMessageCode {
  return Object.hasOwn(TAX_MESSAGES, code);
}

/** A placeholder value: plain, or one text per language (a figure's name). */
export type MessageParam = string | number | LocalizedText;
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** The text for `code` in `locale`, placeholders filled; an unknown code is returned as is. */
export function taxMessage(code: string, locale: TaxLocale, params: MessageParams = {}): string {
  if (!isTaxMessageCode(code)) return code;
  const text = TAX_MESSAGES[code][locale];
  // Most messages have no placeholder: no pattern to run then (every calculator answer words several).
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)(\|roc)?\}/g, (whole, name: string, roc?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (roc && typeof value === 'number') return String(rocYearOf(value));
    return typeof value === 'object' ? value[locale] : String(value);
  });
}

export function localizedMessage(code: TaxMessageCode, params: MessageParams = {}): LocalizedText {
  return { 'zh-Hant-TW': taxMessage(code, 'zh-Hant-TW', params), en: taxMessage(code, 'en', params) };
}
