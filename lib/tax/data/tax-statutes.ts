/**
 * Which statute governs a late bill of each tax, and which of its articles the steps may cite.
 * Sources: data/domain README §6, addenda §B and §E, data/late-payment.json (copies of
 * ../shared/domain, checked by tests/unit/tax-statutes.test.ts).
 *
 * What the sources give, and nothing more:
 * - The surcharge and the referral after 30 days: 稅捐稽徵法第20條 for every tax but customs duty [V2].
 * - The interest: worded the same way in each tax law (daily, from the day after the surcharge
 *   period, at the post office one-year rate of 1 January) [V2 for the rule]; the one article the
 *   sources name is 特種貨物及勞務稅條例第21條, read on the national law database (G0340128, flno=21).
 * - Customs duty: 關稅法第43條 (14 days to pay) and 第74條 (0.05% a day) [V2].
 * For the other acts the sources name no article, so `interestArticle` is null and the page says
 * so in plain words rather than cite a number nobody here has checked (the audit found the
 * luxury-tax act cited for every tax, and a county web page for a national tax).
 */
import type { TaxKind } from '../schemas/late-fee';
import type { LocalizedText, Sourced } from '../types';

export const TAX_TYPES = [
  'general',
  'income',
  'business',
  'house',
  'land-value',
  'vehicle-license',
  'estate-gift',
  'commodity',
  'special-goods',
  'customs',
  'other-national',
  'other-local',
] as const;
export type TaxType = (typeof TAX_TYPES)[number];

export type TaxStatute = Sourced &
  Readonly<{
    kind: TaxKind;
    /** The tax's own act; null where the bill names no single act (the general rule, "other"). */
    act: LocalizedText | null;
    /** The article of that act on late interest, only where the sources name it. */
    interestArticle: number | null;
    /** The article's page on the national law database, only where the sources give it. */
    interestUrl?: string;
  }>;

const NO_ARTICLE = {
  validFrom: null,
  source: 'data/domain addenda §B: each tax law words the interest rule the same way; the sources name no article of this act',
  confidence: 'uncertain',
  interestArticle: null,
} as const;

const GENERAL = {
  validFrom: null,
  source: 'data/domain README §6 and addenda §B: interest on late tax in every tax law, from the day after the surcharge period',
  confidence: 'verified',
  act: null,
  interestArticle: null,
} as const;

const act = (zh: string, en: string): LocalizedText => ({ 'zh-Hant-TW': zh, en });

export const TAX_STATUTES: Readonly<Record<TaxType, TaxStatute>> = {
  general: { ...GENERAL, kind: 'national-tax' },
  income: { ...NO_ARTICLE, kind: 'national-tax', act: act('所得稅法', 'Income Tax Act') },
  business: { ...NO_ARTICLE, kind: 'national-tax', act: act('加值型及非加值型營業稅法', 'Value-added and Non-value-added Business Tax Act') },
  house: { ...NO_ARTICLE, kind: 'local-tax', act: act('房屋稅條例', 'House Tax Act') },
  'land-value': { ...NO_ARTICLE, kind: 'local-tax', act: act('土地稅法', 'Land Tax Act') },
  'vehicle-license': { ...NO_ARTICLE, kind: 'local-tax', act: act('使用牌照稅法', 'Vehicle License Tax Act') },
  'estate-gift': { ...NO_ARTICLE, kind: 'national-tax', act: act('遺產及贈與稅法', 'Estate and Gift Tax Act') },
  commodity: { ...NO_ARTICLE, kind: 'national-tax', act: act('貨物稅條例', 'Commodity Tax Act') },
  'special-goods': {
    kind: 'national-tax',
    act: act('特種貨物及勞務稅條例', 'Specifically Selected Goods and Services Tax Act'),
    interestArticle: 21,
    interestUrl: 'https://law.moj.gov.tw/LawClass/LawSingle.aspx?pcode=G0340128&flno=21',
    validFrom: null,
    source: 'data/domain README §6, addenda §B, data/late-payment.json interest.examples: 特種貨物及勞務稅條例 §21 (law.moj.gov.tw G0340128 flno=21)',
    // The statute's own text on the national law database; the rule it states is V2 in the sources.
    confidence: 'verified',
    note: 'The paragraph is not recorded, so the article is cited without one.',
  },
  customs: {
    kind: 'customs-duty',
    act: act('關稅法', 'Customs Act'),
    // Customs duty has its own surcharge (§74) and the sources record no interest on it.
    interestArticle: null,
    validFrom: null,
    source: 'data/domain README §6, data/late-payment.json otherRegimes.customsDuty: 關稅法 §43, §73, §74',
    confidence: 'verified',
    note: 'No interest is recorded for customs duty; the surcharge is 關稅法第74條.',
  },
  'other-national': { ...GENERAL, kind: 'national-tax' },
  'other-local': { ...GENERAL, kind: 'local-tax' },
};
