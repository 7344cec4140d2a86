// Pure helpers of the e-invoice API bench (scripts/bench/einvoice-api.ts), tested in
// tests/unit/bench-einvoice-api.test.ts.
import { now } from '../../lib/clock.js';

/**
 * The `timeStamp` a client sends: the server's clock plus 30 s (clients send now + 10…180 s).
 * The server's clock is lib/clock.ts — TAX_CLOUD_NOW when set — which the bench's server
 * inherits from this process's environment; stamping from the real clock while the server is
 * pinned makes every signed call answer 951 (timeStamp out of window).
 */
export function benchTimeStamp(at: Date = now()): string {
  return String(Math.floor(at.getTime() / 1000) + 30);
}

/** `HTTP status/API code` of one answer, e.g. `200/200`, `200/951`, `404/904`, `500/?`. */
export function answerCode(status: number, text: string): string {
  return `${status}/${(/"code"\s*:\s*"?(\d+)/.exec(text) ?? [])[1] ?? '?'}`;
}

/** HTTP 200 with the API's success code 200: a measured call. */
export const SUCCESS = '200/200';
/**
 * HTTP 200 with 996 (from v0.6, "more results – page"): carrierInvChk's answer when the month
 * holds more rows than one page; it carries that page (details, page, totalPage), so it is a
 * success for a client paging through, and the only right answer for a citizen with 2,000 invoices.
 */
export const MORE_PAGES = '200/996';

/**
 * Why a row is not a measurement of the action (null when every call gave an expected answer):
 * a row whose calls were refused (951, 950, 954, …) or failed measures the refusal, not the
 * action, and must not be reported as throughput.
 */
export function invalidReason(codes: ReadonlyMap<string, number>, expected: readonly string[] = [SUCCESS]): string | null {
  const bad = [...codes].filter(([code]) => !expected.includes(code));
  if (bad.length === 0 && codes.size > 0) return null;
  if (codes.size === 0) return 'no calls';
  const total = [...codes.values()].reduce((a, b) => a + b, 0);
  const failed = bad.reduce((a, [, n]) => a + n, 0);
  return `${failed} of ${total} calls did not answer ${expected.join(' or ')} (${bad.map(([c, n]) => `${c}×${n}`).join(' ')})`;
}
