/**
 * Which `/lottery/{period}` addresses may reach the period page. That page is regenerated on
 * demand and Next.js keeps every result, 404s included, in its page cache: unchecked, any
 * visitor could fill the disk with `/lottery/<anything>` (issue 9). The proxy lets through only
 * keys that can have numbers: a sourced period, or one after the last sourced period up to
 * today's (numbers are drawn after a period ends and officials publish them in order, so a
 * period that is later than today's, or a gap in the sources, cannot exist). That leaves at most
 * a few not-yet-published keys, each cached once and refreshed when publishing revalidates.
 * Pure: no database, no framework.
 */
import { comparePeriods, pageKey, parsePeriod, periodOfDate, type Period } from './period';
import { sourcedPeriods } from './records';

const sourced = sourcedPeriods();
const sourcedKeys = new Set(sourced.map((r) => r.key));
const latestSourced = sourced.reduce<Period | null>((latest, r) => (!latest || comparePeriods(r.period, latest) > 0 ? r.period : latest), null);

/**
 * The static pages beside the period page under /lottery/ (the proxy's matcher leaves them out
 * too). tests/unit/lottery-period-gate.test.ts checks both lists against app/[locale]/(public)/lottery.
 */
export const LOTTERY_PAGES = new Set(['check', 'periods', 'sources', 'feed.xml', 'calendar.ics', 'opengraph-image']);

/** Whether the proxy must decide about `/lottery/{segment}`: any segment but the static pages. */
export function isPeriodSegment(segment: string): boolean {
  return !LOTTERY_PAGES.has(segment);
}

/** `segment`: the raw (still percent-encoded) path segment after /lottery/. `today`: 'YYYY-MM-DD' in Taipei. */
export function mayBePeriod(segment: string, today: string): boolean {
  // Both key forms are five digits (ROC 100 onwards): 11409 (page key) and 11410 (API term).
  if (!/^\d{5}$/.test(segment)) return false;
  const parsed = parsePeriod(segment);
  if (!parsed.ok) return false;
  if (sourcedKeys.has(pageKey(parsed.period))) return true;
  return latestSourced !== null && comparePeriods(parsed.period, latestSourced) > 0 && comparePeriods(parsed.period, periodOfDate(today)) <= 0;
}
