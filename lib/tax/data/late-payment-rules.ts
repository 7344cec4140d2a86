/**
 * Late-payment surcharge rules (滯納金). One row per regime; the calculators read nothing else.
 * Sources: shared/domain README §6, addenda B, data/late-payment.json.
 */
import type { Sourced } from '../types';

/**
 * 稅捐稽徵法 §20. Percent after n days late = min(cap, floor((n − 1) / daysPerPercent)):
 * new rule days 1–3 none, 4–6 1% … 28–30 9%, 31+ 10%; old rule day 3 1%, day 29 14%, day 31 15%
 * (the final 1% for days 29–30 is added on day 31, MOF day table).
 */
export type SurchargeRule = Sourced &
  Readonly<{
    id: 'art20-2022' | 'art20-old';
    daysPerPercent: number;
    capPercent: number;
    /** The surcharge period (滯納期間); after it the case is referred for enforcement and interest runs. */
    periodDays: number;
  }>;

export const ART20_NEW: SurchargeRule = {
  id: 'art20-2022',
  daysPerPercent: 3,
  capPercent: 10,
  periodDays: 30,
  validFrom: '2022-01-01',
  source:
    '稅捐稽徵法 §20 as amended 2021-12-17; in force 2022-01-01 by MOF letter 110/12/23 台財稅字第11004702141號 (https://law.afna.gov.tw/view.php?id=24); day table tax.taichung.gov.tw/2031441/post (2022-04-14); still in force 2026 (cnyes 6306433)',
  confidence: 'verified',
};

export const ART20_OLD: SurchargeRule = {
  id: 'art20-old',
  daysPerPercent: 2,
  capPercent: 15,
  periodDays: 30,
  validFrom: null,
  source: 'law-out.mof.gov.tw GL003879 (MOF ruling, abolished 2022-09-22); yltb.gov.tw/payment/05.asp day table',
  confidence: 'verified',
  note: 'Applies to surcharge periods that ended, or payments made, before 2022-01-01. When the old rule took effect is not recorded.',
};

/**
 * Which rule a late payment falls under: the new rule only when both the end of the 30-day
 * surcharge period and the payment fall on or after the switch date.
 */
export const ART20_TRANSITION: Sourced & Readonly<{ switchDate: string }> = {
  switchDate: '2022-01-01',
  validFrom: '2022-01-01',
  source: 'Taoyuan Local Tax Bureau via https://n.yam.com/Article/20220126181820 (2022-01-26)',
  confidence: 'single-source',
  note: 'No refund of the difference for amounts paid before the switch date.',
};

/** 關稅法 §43/§74: 0.05% (萬分之五) of the unpaid duty a day from the day after the deadline. */
export const CUSTOMS_DAILY: Sourced &
  Readonly<{ basisPointsPerDay: number; referralAfterDays: number; paymentDaysAfterNotice: number }> = {
  basisPointsPerDay: 5,
  referralAfterDays: 30,
  paymentDaysAfterNotice: 14,
  validFrom: null,
  source: '關稅法 §43, §74 (iaiso.net copy of the law; web.law.ntpc.gov.tw B0160020)',
  confidence: 'verified',
  note: 'The sources record no interest for customs duty; after 30 days the goods may be sold or the case enforced.',
};

/**
 * The customs surcharge stops after 30 days: 30 × 0.05% = 1.5%. One source, read with the
 * enforcement rules (關稅法施行細則 §56 counts the surcharge over 30 days): data/domain addenda §E, [1S].
 */
export const CUSTOMS_CAP: Sourced & Readonly<{ capBasisPoints: number; days: number }> = {
  capBasisPoints: 150,
  days: 30,
  validFrom: null,
  source: 'data/domain addenda §E: 關稅法 §74 with 關稅法施行細則 §56 (surcharge counted over 30 days)',
  confidence: 'single-source',
  note: 'Probable, one source: the page says so beside the result.',
};
