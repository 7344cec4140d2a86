/**
 * Legal bases cited by the steps. URLs only where the law's page on the national law database
 * is known (pcode); otherwise the law and article are named without a link.
 */
import type { LegalBasis } from './types';

const MOJ = 'https://law.moj.gov.tw/LawClass/LawSingle.aspx';

export const TAX_COLLECTION_ACT_20: LegalBasis = {
  law: { 'zh-Hant-TW': '稅捐稽徵法', en: 'Tax Collection Act' },
  article: '§20',
  url: `${MOJ}?pcode=G0340001&flno=20`,
};

/** The interest wording is in each tax law; §21 of this act is the example the sources quote. */
export const LATE_INTEREST_EXAMPLE: LegalBasis = {
  law: { 'zh-Hant-TW': '特種貨物及勞務稅條例（各稅法同旨規定）', en: 'Specifically Selected Goods and Services Tax Act (same wording in each tax law)' },
  article: '§21',
  url: `${MOJ}?pcode=G0340128&flno=21`,
};

export const INTEREST_SPLIT_RULING: LegalBasis = {
  law: { 'zh-Hant-TW': '財政部84年函釋 GL007187（利率變動分段計算）', en: 'MOF ruling GL007187 (1995): split the interest when the rate changes' },
};

export const DEADLINE_SHIFT: LegalBasis = {
  law: { 'zh-Hant-TW': '繳納期限末日遇例假日順延（雲林縣稅務局 繳納說明）', en: 'Deadline on a weekend or holiday moves to the next business day (Yunlin County Tax Bureau payment notes)' },
  url: 'https://www.yltb.gov.tw/payment/05.asp',
};

export const SURCHARGE_TRANSITION_BASIS: LegalBasis = {
  law: { 'zh-Hant-TW': '財政部110年12月23日台財稅字第11004702141號函；桃園市政府地方稅務局說明', en: 'MOF letter 11004702141 (2021-12-23); Taoyuan Local Tax Bureau explanation' },
  url: 'https://law.afna.gov.tw/view.php?id=24',
};

export const CUSTOMS_ACT_LATE: LegalBasis = {
  law: { 'zh-Hant-TW': '關稅法', en: 'Customs Act' },
  article: '§43, §74',
};

/** 所得稅法 article `n`, with an optional paragraph/item suffix for the label (e.g. '¶2(2)'). */
export function incomeTaxAct(n: number, detail = ''): LegalBasis {
  return {
    law: { 'zh-Hant-TW': '所得稅法', en: 'Income Tax Act' },
    article: `§${n}${detail}`,
    url: `${MOJ}?pcode=G0340003&flno=${n}`,
  };
}

export const TAXPAYER_RIGHTS_ACT_4: LegalBasis = {
  law: { 'zh-Hant-TW': '納稅者權利保護法（基本生活費不課稅）', en: 'Taxpayer Rights Protection Act (basic living expenses are not taxed)' },
  article: '§4',
};

export const VEHICLE_LICENSE_TAX_ACT: LegalBasis = {
  law: { 'zh-Hant-TW': '使用牌照稅法', en: 'Vehicle License Tax Act' },
};

export const ROUNDING_BASIS: LegalBasis = {
  law: { 'zh-Hant-TW': '本站計算規則（來源未載明捨入方式）', en: 'Tax Cloud rule (the sources state no rounding rule)' },
};
