/**
 * Legal bases cited by the steps, in plain legal language (稅捐稽徵法第20條第1項). URLs only where
 * the law's page on the national law database is known (pcode); otherwise the law and article are
 * named without a link.
 */
import type { Confidence, LegalBasis, LocalizedText } from './types';

const MOJ = 'https://law.moj.gov.tw/LawClass/LawSingle.aspx';

type Place = Readonly<{ article?: number; paragraph?: number; subparagraph?: number; item?: number }>;

/** 第20條第1項第2款第3目 / Article 20, paragraph 1, subparagraph 2, item 3. */
export function cite(law: LocalizedText, place: Place = {}, extra: Readonly<{ url?: string; confidence?: Confidence }> = {}): LegalBasis {
  const zh = [
    place.article !== undefined ? `第${place.article}條` : '',
    place.paragraph !== undefined ? `第${place.paragraph}項` : '',
    place.subparagraph !== undefined ? `第${place.subparagraph}款` : '',
    place.item !== undefined ? `第${place.item}目` : '',
  ].join('');
  const en = [
    place.article !== undefined ? `Article ${place.article}` : '',
    place.paragraph !== undefined ? `paragraph ${place.paragraph}` : '',
    place.subparagraph !== undefined ? `subparagraph ${place.subparagraph}` : '',
    place.item !== undefined ? `item ${place.item}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return {
    law,
    ...place,
    ...extra,
    citation: { 'zh-Hant-TW': `${law['zh-Hant-TW']}${zh}`, en: en ? `${law.en}, ${en}` : law.en },
  };
}

const TAX_COLLECTION_ACT: LocalizedText = { 'zh-Hant-TW': '稅捐稽徵法', en: 'Tax Collection Act' };
const INCOME_TAX_ACT: LocalizedText = { 'zh-Hant-TW': '所得稅法', en: 'Income Tax Act' };

/** The surcharge: 1% for every 3 days late, at most 10%; referral after 30 days. */
export const TAX_COLLECTION_ACT_20 = cite(TAX_COLLECTION_ACT, { article: 20, paragraph: 1 }, { url: `${MOJ}?pcode=G0340001&flno=20` });

/**
 * The interest on late tax. Each tax law words it the same way (addenda §B); the sources quote
 * 特種貨物及勞務稅條例 §21 as the example, and MOF ruling GL007187 for splitting it by rate. The
 * article of each tax's own law is not in data/domain, so the step names the rule, not an act it
 * does not belong to (see late-fee-tax-types.ts for the tax's own statute where it is known).
 */
export const LATE_INTEREST_RULE = cite({
  'zh-Hant-TW': '各稅法之滯納利息規定（自滯納期滿之翌日起，按郵政儲金一年期定期儲金固定利率按日加計）',
  en: 'the late-interest rule of each tax law (daily, from the day after the surcharge period, at the post office one-year fixed deposit rate)',
}, {}, { confidence: 'verified' });

/** Splitting the interest where the rate changes (data/domain README §6). */
export const INTEREST_SPLIT_RULING = cite({ 'zh-Hant-TW': '財政部84年函釋 GL007187', en: 'MOF ruling GL007187 (1995)' });

/** 稅捐稽徵法: a period whose last day is a day off ends on the next working day (addenda §E). */
export const DEADLINE_SHIFT = cite(
  { 'zh-Hant-TW': '稅捐稽徵法（期間末日為休息日者，以其次日代之）及政府行政機關辦公日曆表', en: 'Tax Collection Act (a period ending on a day off ends on the next working day) and the government office calendar' },
  {},
  { url: 'https://data.gov.tw/dataset/14718' },
);

export const SURCHARGE_TRANSITION_BASIS = cite(
  { 'zh-Hant-TW': '財政部110年12月23日台財稅字第11004702141號函；桃園市政府地方稅務局說明', en: 'MOF letter 11004702141 (2021-12-23); Taoyuan Local Tax Bureau explanation' },
  {},
  { url: 'https://law.afna.gov.tw/view.php?id=24' },
);

/** 關稅法: the daily surcharge (§74 in the sources, with §43 for the 14-day payment period). */
export const CUSTOMS_ACT_LATE = cite({ 'zh-Hant-TW': '關稅法', en: 'Customs Act' }, { article: 74 });
export const CUSTOMS_ACT_DUE = cite({ 'zh-Hant-TW': '關稅法', en: 'Customs Act' }, { article: 43 });

/** 所得稅法 at the given place. */
// One citation per place, made once: an income-tax answer cites the act a few dozen times, and
// building each again (strings, spreads) was a tenth of its time (issue 17). Frozen, as they are
// shared; the places come from the code, so the map stays as small as the articles it names.
const incomeTaxCitations = new Map<number, LegalBasis>();

export function incomeTaxAct(article: number, { paragraph, subparagraph, item }: Omit<Place, 'article'> = {}): LegalBasis {
  const key = ((article * 100 + (paragraph ?? 0)) * 100 + (subparagraph ?? 0)) * 100 + (item ?? 0);
  let basis = incomeTaxCitations.get(key);
  if (basis === undefined) {
    // The place in the law's own order (article, paragraph, subparagraph, item), whatever order it was given in.
    const place: Place = {
      article,
      ...(paragraph === undefined ? {} : { paragraph }),
      ...(subparagraph === undefined ? {} : { subparagraph }),
      ...(item === undefined ? {} : { item }),
    };
    basis = cite(INCOME_TAX_ACT, place, { url: `${MOJ}?pcode=G0340003&flno=${article}` });
    Object.freeze(basis.citation);
    Object.freeze(basis);
    incomeTaxCitations.set(key, basis);
  }
  return basis;
}

export const TAXPAYER_RIGHTS_ACT_4 = cite({ 'zh-Hant-TW': '納稅者權利保護法', en: 'Taxpayer Rights Protection Act' }, { article: 4 });

export const VEHICLE_LICENSE_TAX_ACT = cite({ 'zh-Hant-TW': '使用牌照稅法', en: 'Vehicle License Tax Act' });
export const VEHICLE_LICENSE_TAX_ACT_5 = cite({ 'zh-Hant-TW': '使用牌照稅法', en: 'Vehicle License Tax Act' }, { article: 5 });

export const ROUNDING_BASIS = cite({ 'zh-Hant-TW': '本站計算規則（來源未載明捨入方式）', en: 'Tax Cloud rule (the sources state no rounding rule)' });
