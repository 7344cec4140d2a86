/** The rounding rule as a step and a warning, so every calculator states it the same way. */
import { MONEY_ROUNDING, ROUNDING_LABELS } from './data/rounding';
import { ROUNDING_BASIS } from './laws';
import type { Step, TaxWarning } from './types';
import { needsCaveat } from './types';
import { warning } from './warnings';

// The rule is data fixed at start: its step and warning are the same in every answer, so each is
// made once and frozen (shared by every answer) instead of worded again per calculation (issue 17).
const rule = ROUNDING_LABELS[MONEY_ROUNDING.mode];

const ROUNDING_STEP: Step = deepFreeze({
  id: 'rounding',
  label: { 'zh-Hant-TW': `各金額${rule['zh-Hant-TW']}`, en: `Each amount is ${rule.en}` },
  value: MONEY_ROUNDING.mode,
  basis: ROUNDING_BASIS,
  confidence: MONEY_ROUNDING.confidence,
  note: { 'zh-Hant-TW': '每一金額只捨入一次；合計為已捨入金額之和。', en: 'Each amount is rounded once; totals add the rounded amounts.' },
});

const ROUNDING_WARNINGS: readonly TaxWarning[] = deepFreeze(
  needsCaveat(MONEY_ROUNDING.confidence) ? [warning('rounding_uncertain', { rule })] : [],
);

export function roundingStep(): Step {
  return ROUNDING_STEP;
}

export function roundingWarning(): readonly TaxWarning[] {
  return ROUNDING_WARNINGS;
}

/** Shared between answers, so nothing may change them: frozen all the way down. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
