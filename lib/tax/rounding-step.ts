/** The rounding rule as a step and a warning, so every calculator states it the same way. */
import { MONEY_ROUNDING, ROUNDING_LABELS } from './data/rounding';
import { ROUNDING_BASIS } from './laws';
import type { Step, TaxWarning } from './types';
import { needsCaveat } from './types';
import { warning } from './warnings';

export function roundingStep(): Step {
  const rule = ROUNDING_LABELS[MONEY_ROUNDING.mode];
  return {
    id: 'rounding',
    label: { 'zh-Hant-TW': `各金額${rule['zh-Hant-TW']}`, en: `Each amount is ${rule.en}` },
    value: MONEY_ROUNDING.mode,
    basis: ROUNDING_BASIS,
    confidence: MONEY_ROUNDING.confidence,
    note: { 'zh-Hant-TW': '每一金額只捨入一次；合計為已捨入金額之和。', en: 'Each amount is rounded once; totals add the rounded amounts.' },
  };
}

export function roundingWarning(): TaxWarning[] {
  return needsCaveat(MONEY_ROUNDING.confidence) ? [warning('rounding_uncertain', { rule: ROUNDING_LABELS[MONEY_ROUNDING.mode] })] : [];
}
