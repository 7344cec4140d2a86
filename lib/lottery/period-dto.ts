/** The public JSON and CSV shapes of a period (the API's contract; field names are stable). */
import { apiTerm, claimWindow, drawDate, periodLabel } from './period';
import type { PeriodRecord } from './records';
import { csvCell, csvLine } from '../csv';
import { PRIZE_TIERS } from './prizes';

/** Moved to lib/csv.ts (shared with the open statistics); re-exported for existing callers. */
export { csvCell };

export function periodDto(r: PeriodRecord) {
  return {
    period: r.key,
    invTerm: apiTerm(r.period),
    label: { 'zh-Hant-TW': periodLabel(r.period, 'zh-Hant-TW'), en: periodLabel(r.period, 'en') },
    drawDate: drawDate(r.period),
    claim: claimWindow(r.period),
    special: r.numbers.special,
    grand: r.numbers.grand,
    first: r.numbers.first,
    additionalSixth: r.numbers.additionalSixth,
    confidence: r.confidence,
    sources: r.sources,
    // The detailed provenance lives here and on the verification record page, not under the
    // numbers citizens read: how sure each field is, how it was checked, and the notes.
    ...(r.fieldConfidence ? { fieldConfidence: r.fieldConfidence } : {}),
    ...(r.status ? { verification: r.status } : {}),
    ...(r.notes ? { notes: r.notes } : {}),
    origin: r.origin,
    ...(r.publishedAt ? { publishedAt: r.publishedAt } : {}),
  };
}

export function periodCsv(r: PeriodRecord): string {
  const d = periodDto(r);
  const rows: (string | number | null)[][] = [
    ['period', 'prize', 'number', 'amount_ntd'],
    [d.period, 'special', d.special, PRIZE_TIERS.special.amount],
    [d.period, 'grand', d.grand, PRIZE_TIERS.grand.amount],
    ...d.first.map((n) => [d.period, 'first', n, PRIZE_TIERS.first.amount]),
    ...d.additionalSixth.map((n) => [d.period, 'additionalSixth', n, PRIZE_TIERS.additionalSixth.amount]),
  ];
  return rows.map(csvLine).join('');
}
