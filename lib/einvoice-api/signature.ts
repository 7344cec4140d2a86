/**
 * The app API's signature (README §4, "Signing"; since 2018-07-02): every parameter but
 * `signature`, sorted by name, joined as `name=value` with `&` in UTF-8, HMAC-SHA256 with the
 * API key, Base64. The key itself is never sent.
 *
 * The spec sorts by name in ASCII order (case-sensitive). Clients in the wild sort
 * case-insensitively (`appID` before `cardNo`, but `UUID` among the u…) or sign the
 * parameters in the order they send them; all three orders are accepted, nothing else.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type Pair = readonly [name: string, value: string];

const ascii = (a: Pair, b: Pair) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const caseInsensitive = (a: Pair, b: Pair) => {
  const x = a[0].toLowerCase();
  const y = b[0].toLowerCase();
  return x < y ? -1 : x > y ? 1 : ascii(a, b);
};

export function canonicalString(pairs: readonly Pair[], order: 'spec' | 'sent' | 'case-insensitive' = 'spec'): string {
  const signed = pairs.filter(([name]) => name !== 'signature');
  const sorted = order === 'sent' ? signed : [...signed].sort(order === 'spec' ? ascii : caseInsensitive);
  return sorted.map(([k, v]) => `${k}=${v}`).join('&');
}

export function sign(pairs: readonly Pair[], apiKey: string, order: 'spec' | 'sent' | 'case-insensitive' = 'spec'): string {
  return createHmac('sha256', apiKey).update(canonicalString(pairs, order), 'utf8').digest('base64');
}

function sameBase64(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** True when `signature` matches one of the accepted orders. */
export function verifySignature(pairs: readonly Pair[], apiKey: string, signature: string | undefined): boolean {
  if (!signature) return false;
  // '+' sent unencoded in a query string arrives as a space.
  const given = signature.trim().replace(/ /g, '+');
  return (['spec', 'sent', 'case-insensitive'] as const).some((order) => sameBase64(sign(pairs, apiKey, order), given));
}
