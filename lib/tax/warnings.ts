/** Builds the warnings that results carry, so every calculator phrases them the same way. */
import { localizedMessage, type MessageParams, type TaxMessageCode } from './messages';
import type { Confidence, LocalizedText, TaxWarning } from './types';
import { needsCaveat } from './types';

export function warning(code: TaxMessageCode, params?: MessageParams): TaxWarning {
  return params ? { code, params, message: localizedMessage(code, params) } : { code, message: localizedMessage(code) };
}

/** A 'figure_uncertain' warning when `row` is below verified; `figure` names it for the reader. */
export function caveatFor(row: Readonly<{ confidence: Confidence }>, figure: LocalizedText): TaxWarning[] {
  return needsCaveat(row.confidence) ? [warning('figure_uncertain', { figure })] : [];
}

/** Drops repeated warnings (same code and params), keeping the first. */
export function uniqueWarnings(list: readonly TaxWarning[]): TaxWarning[] {
  const kept: TaxWarning[] = [];
  // Params are compared (as JSON) only between warnings of the same code: most answers have none
  // such, and serialising every warning's params was a visible part of an answer's time (issue 17).
  for (const w of list) {
    if (!kept.some((k) => k.code === w.code && (k.params === w.params || paramsKey(k) === paramsKey(w)))) kept.push(w);
  }
  return kept;
}

const paramsKey = (w: TaxWarning): string => JSON.stringify(w.params ?? {});
