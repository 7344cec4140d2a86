/**
 * Which tax a late bill is for, and what the steps may cite for it. Every tax below charges the
 * surcharge of 稅捐稽徵法第20條 (the general rule, V2 in data/domain) except customs duty, which
 * has its own regime in 關稅法 (§74, V2). The interest rule is worded the same way in each tax law
 * (addenda §B), but data/domain holds none of those laws' text: so for a named tax the interest
 * step names that tax's act without an article and marks the citation 'uncertain', rather than
 * cite another act (the audit found the luxury-tax act cited for every tax).
 */
import { cite } from './laws';
import type { LegalBasis, LocalizedText } from './types';
import type { TaxKind } from './schemas/late-fee';

export const TAX_TYPES = [
  'general',
  'income',
  'business',
  'house',
  'land-value',
  'vehicle-license',
  'estate-gift',
  'commodity',
  'customs',
  'other-national',
  'other-local',
] as const;
export type TaxType = (typeof TAX_TYPES)[number];

type TaxTypeRow = Readonly<{ kind: TaxKind; act: LocalizedText | null }>;

const ROWS: Readonly<Record<TaxType, TaxTypeRow>> = {
  general: { kind: 'national-tax', act: null },
  income: { kind: 'national-tax', act: { 'zh-Hant-TW': '所得稅法', en: 'Income Tax Act' } },
  business: { kind: 'national-tax', act: { 'zh-Hant-TW': '加值型及非加值型營業稅法', en: 'Value-added and Non-value-added Business Tax Act' } },
  house: { kind: 'local-tax', act: { 'zh-Hant-TW': '房屋稅條例', en: 'House Tax Act' } },
  'land-value': { kind: 'local-tax', act: { 'zh-Hant-TW': '土地稅法', en: 'Land Tax Act' } },
  'vehicle-license': { kind: 'local-tax', act: { 'zh-Hant-TW': '使用牌照稅法', en: 'Vehicle License Tax Act' } },
  'estate-gift': { kind: 'national-tax', act: { 'zh-Hant-TW': '遺產及贈與稅法', en: 'Estate and Gift Tax Act' } },
  commodity: { kind: 'national-tax', act: { 'zh-Hant-TW': '貨物稅條例', en: 'Commodity Tax Act' } },
  customs: { kind: 'customs-duty', act: { 'zh-Hant-TW': '關稅法', en: 'Customs Act' } },
  'other-national': { kind: 'national-tax', act: null },
  'other-local': { kind: 'local-tax', act: null },
};

export function taxKindOf(type: TaxType): TaxKind {
  return ROWS[type].kind;
}

/** The statute cited for the interest: the tax's own act (article not checkable here) or the shared rule. */
export function interestBasisFor(type: TaxType, general: LegalBasis): LegalBasis {
  const act = ROWS[type].act;
  if (!act || type === 'customs') return general;
  return cite(
    {
      'zh-Hant-TW': `${act['zh-Hant-TW']}之滯納利息規定（條次未經本站核對）`,
      en: `the late-interest provision of the ${act.en} (article not checked by us)`,
    },
    {},
    { confidence: 'uncertain' },
  );
}

/** The tax's name for the steps, or null for the general rule. */
export function taxTypeAct(type: TaxType): LocalizedText | null {
  return ROWS[type].act;
}
