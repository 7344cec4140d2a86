/**
 * The late-fee calculator cites, for each tax, only articles the domain facts name (data/domain,
 * the repository's copy of ../shared/domain). Where they name none, the step and a warning say
 * so in plain words, and nothing else's article stands in for it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMAIN_DIR, domainData } from '../support/domain';
import { calculateLateFee, TAX_TYPES, type TaxType } from '@/lib/tax';
import { TAX_STATUTES } from '@/lib/tax/data/tax-statutes';
import type { LegalBasis } from '@/lib/tax/types';

const DOMAIN_TEXT = ['README.md', 'addenda.md', 'data/late-payment.json'].map((f) => readFileSync(new URL(f, DOMAIN_DIR), 'utf8')).join('\n');

/** Whether the domain facts name `article` of `law` ("稅捐稽徵法 §20", "Art. 20", "關稅法 §43/§74"). */
function domainNames(law: string, article: number): boolean {
  const pattern = new RegExp(`${law}[^\\n]{0,24}?(?:§|Art\\.? ?|Art)${article}(?!\\d)`);
  return pattern.test(DOMAIN_TEXT);
}

// 100,000 due Monday 2025-06-02, paid 2025-08-15: late past day 30, so every step is there.
const LATE = { amount: 100_000, deadline: '2025-06-02', paidOn: '2025-08-15' };
const bases = (taxType: TaxType): LegalBasis[] => calculateLateFee({ ...LATE, taxType }).steps.map((s) => s.basis);

describe('late fee: every article cited is one the domain facts name', () => {
  it.each(TAX_TYPES)('%s', (taxType) => {
    for (const basis of bases(taxType)) {
      if (basis.article === undefined) continue;
      expect(domainNames(basis.law['zh-Hant-TW'], basis.article), basis.citation['zh-Hant-TW']).toBe(true);
    }
  });

  it('the check itself tells a named article from one that is not named', () => {
    expect(domainNames('稅捐稽徵法', 20)).toBe(true);
    expect(domainNames('關稅法', 74)).toBe(true);
    expect(domainNames('所得稅法', 112)).toBe(false);
    expect(domainNames('特種貨物及勞務稅條例', 2)).toBe(false);
  });
});

describe('late fee: the interest is cited from the tax’s own act', () => {
  it('特種貨物及勞務稅: 第21條 on the national law database, as data/late-payment.json names it', () => {
    const { interest } = domainData<{ interest: { examples: string[] } }>('late-payment.json');
    expect(interest.examples.some((e) => e.includes('特種貨物及勞務稅條例 §21') && e.includes('G0340128'))).toBe(true);
    const r = calculateLateFee({ ...LATE, taxType: 'special-goods' });
    const step = r.steps.find((s) => s.id.startsWith('interest-'));
    expect(step?.basis.citation).toEqual({ 'zh-Hant-TW': '特種貨物及勞務稅條例第21條', en: 'Specifically Selected Goods and Services Tax Act, Article 21' });
    expect(step?.basis.url).toBe('https://law.moj.gov.tw/LawClass/LawSingle.aspx?pcode=G0340128&flno=21');
    expect(step?.basis.confidence).toBe('verified');
    expect(r.warnings.map((w) => w.code)).not.toContain('interest_article_unknown');
  });

  it.each(['income', 'business', 'house', 'land-value', 'vehicle-license', 'estate-gift', 'commodity'] as const)(
    '%s: the act is named, its article is said to be not in our sources, and a warning says so plainly',
    (taxType) => {
      const row = TAX_STATUTES[taxType];
      expect(row).toMatchObject({ interestArticle: null, confidence: 'uncertain' });
      const r = calculateLateFee({ ...LATE, taxType });
      const step = r.steps.find((s) => s.id.startsWith('interest-'));
      expect(step?.basis.article).toBeUndefined();
      expect(step?.basis.url).toBeUndefined();
      expect(step?.basis.citation['zh-Hant-TW']).toBe(`${row.act?.['zh-Hant-TW']}之滯納利息規定（本站資料未載條次）`);
      expect(step?.basis.confidence).toBe('uncertain');
      const w = r.warnings.find((x) => x.code === 'interest_article_unknown');
      expect(w?.message['zh-Hant-TW']).toContain(`本站資料未載明${row.act?.['zh-Hant-TW']}的條次`);
      expect(w?.message.en).toContain('do not give the article number');
      // The surcharge and the referral stay with 稅捐稽徵法第20條, the general rule for every tax but customs.
      for (const id of ['surcharge', 'referral']) expect(r.steps.find((s) => s.id === id)?.basis.citation['zh-Hant-TW']).toBe('稅捐稽徵法第20條第1項');
    },
  );

  it('no warning about the article while no interest is due (paid within the 30 days)', () => {
    const r = calculateLateFee({ amount: 100_000, deadline: '2025-06-02', paidOn: '2025-06-20', taxType: 'income' });
    expect(r.interest).toBe(0);
    expect(r.warnings.map((w) => w.code)).not.toContain('interest_article_unknown');
  });

  it('general and "other" taxes cite the shared interest rule, verified, without naming an act', () => {
    for (const taxType of ['general', 'other-national', 'other-local'] as const) {
      const step = calculateLateFee({ ...LATE, taxType }).steps.find((s) => s.id.startsWith('interest-'));
      expect(step?.basis.citation['zh-Hant-TW']).toMatch(/^各稅法之滯納利息規定/);
      expect(step?.basis.confidence).toBe('verified');
    }
  });

  it('customs duty cites 關稅法第74條 and names 施行細則第56條 for the 30-day limit', () => {
    const r = calculateLateFee({ ...LATE, taxType: 'customs' });
    const surcharge = r.steps.find((s) => s.id === 'surcharge');
    expect(surcharge?.basis.citation['zh-Hant-TW']).toBe('關稅法第74條');
    expect(surcharge?.note?.['zh-Hant-TW']).toContain('關稅法施行細則第56條');
    expect(DOMAIN_TEXT).toContain('施行細則 §56');
  });

  it('every row says where it comes from', () => {
    for (const [type, row] of Object.entries(TAX_STATUTES)) {
      expect(row.source, type).toMatch(/data\/domain/);
      if (row.interestArticle !== null) expect(row.source, type).toContain(`§${row.interestArticle}`);
    }
  });
});
