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

/** Only HTTP 200 with the API's success code 200 is a measured call; anything else is a refusal or an error. */
export const SUCCESS = '200/200';

/**
 * Why a row is not a measurement of the action (null when every call succeeded): a row whose
 * calls were refused measures the refusal, not the action, and must not be reported as throughput.
 */
export function invalidReason(codes: ReadonlyMap<string, number>): string | null {
  const bad = [...codes].filter(([code]) => code !== SUCCESS);
  if (bad.length === 0 && codes.size > 0) return null;
  if (codes.size === 0) return 'no calls';
  const total = [...codes.values()].reduce((a, b) => a + b, 0);
  const failed = bad.reduce((a, [, n]) => a + n, 0);
  return `${failed} of ${total} calls did not succeed (${bad.map(([c, n]) => `${c}×${n}`).join(' ')})`;
}
