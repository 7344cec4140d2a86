import type { LocalizedText, Sourced } from '../types';

/**
 * How money is rounded to whole NTD. The domain research records no rounding rule for the
 * surcharge, the interest, pro-rated licence tax or income tax, so this row is 'uncertain'
 * and every result carries a step that states the rule. Switching to truncation (元以下無條件捨去)
 * is a one-word data change: money.ts implements both.
 */
export type RoundingMode = 'half-up' | 'down';

export const MONEY_ROUNDING: Sourced & Readonly<{ mode: RoundingMode }> = {
  mode: 'half-up',
  validFrom: null,
  source: 'Not in the domain research (shared/domain README §6–7, addenda B); chosen by Tax Cloud pending an official statement',
  confidence: 'uncertain',
  note: 'Each amount shown (the surcharge, each interest period, the licence tax, each income-tax computation) is rounded once, half up, to whole NTD; totals add the rounded amounts so the page adds up.',
};

export const ROUNDING_LABELS: Readonly<Record<RoundingMode, LocalizedText>> = {
  'half-up': { 'zh-Hant-TW': '計算至元，元以下四捨五入', en: 'rounded half up to whole NTD' },
  down: { 'zh-Hant-TW': '計算至元，元以下無條件捨去', en: 'rounded down to whole NTD' },
};
