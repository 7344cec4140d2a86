/**
 * The dividend credit (股利可抵減稅額) for dividends taxed with the rest of the income: 8.5% of the
 * dividends, at most 80,000 per return. data/domain data/income-tax.json `otherRates`, whose only
 * source is a planner's code file marked unverified: so 'uncertain', and every result that uses it
 * says so. The 28% separate-tax option for dividends is not modelled.
 */
import type { Figure } from '../types';

export const DIVIDEND_CREDIT: Figure<Readonly<{ ratePermille: number; capPerReturn: number }>> = {
  value: { ratePermille: 85, capPerReturn: 80_000 },
  validFrom: null,
  source: 'data/domain data/income-tax.json otherRates (ppcvote 25-income-tax-brackets-2026.ts, unverified)',
  confidence: 'uncertain',
  note: 'One unverified source; the tax office’s figure prevails.',
};
