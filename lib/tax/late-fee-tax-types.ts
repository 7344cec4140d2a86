/**
 * Which tax a late bill is for, and what the steps may cite for it (the table and its sources:
 * data/tax-statutes.ts). Every tax but customs duty charges the surcharge of 稅捐稽徵法第20條;
 * the interest is cited from the tax's own act at the article the sources name, or, where they
 * name none, as that act's interest provision with the words "article not recorded in our
 * sources" and a warning, never as another act's article.
 */
import { TAX_STATUTES, type TaxType } from './data/tax-statutes';
import { cite } from './laws';
import type { LegalBasis, TaxWarning } from './types';
import type { TaxKind } from './schemas/late-fee';
import { warning } from './warnings';

export { TAX_TYPES, type TaxType } from './data/tax-statutes';

export function taxKindOf(type: TaxType): TaxKind {
  return TAX_STATUTES[type].kind;
}

/** The statute cited for the interest: the tax's own act (at its article where known) or the shared rule. */
export function interestBasisFor(type: TaxType, general: LegalBasis): LegalBasis {
  const row = TAX_STATUTES[type];
  if (!row.act || row.kind === 'customs-duty') return general;
  if (row.interestArticle !== null) {
    return cite(row.act, { article: row.interestArticle }, { confidence: row.confidence, ...(row.interestUrl ? { url: row.interestUrl } : {}) });
  }
  return cite(
    {
      'zh-Hant-TW': `${row.act['zh-Hant-TW']}之滯納利息規定（本站資料未載條次）`,
      en: `the late-interest provision of the ${row.act.en} (article not recorded in our sources)`,
    },
    {},
    { confidence: row.confidence },
  );
}

/** A warning for a result whose interest cites an act without its article. */
export function interestArticleWarnings(type: TaxType): TaxWarning[] {
  const row = TAX_STATUTES[type];
  if (!row.act || row.kind === 'customs-duty' || row.interestArticle !== null) return [];
  return [warning('interest_article_unknown', { act: row.act })];
}
