/**
 * Business ID (統一編號, BAN) checksum, as the Ministry of Finance's Fiscal Information Agency
 * publishes it (https://www.fia.gov.tw/singlehtml/6?cntId=aaa97a9dcf2649d5bdd317f554e24f75;
 * data/domain README §3 "Business ID checksum", [V2]):
 * 1. multiply the 8 digits by the weights 1,2,1,2,1,2,4,1;
 * 2. add the tens and units digit of each product (28 → 2 + 8 = 10);
 * 3. add the 8 results;
 * 4. the total must be divisible by 5 (from 2023-04-01, 112/4/1; before that by 10; every number
 *    valid under the old rule is valid under the new one);
 * 5. if the 7th digit is 7, the number also passes when total + 1 is divisible (the 10 from 28
 *    counts either as 1 + 0 → 1, or as 0).
 */
const WEIGHTS = [1, 2, 1, 2, 1, 2, 4, 1] as const;

export type BanRule = 'since-2023-04' | 'before-2023-04';

function checksum(digits: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const p = digits[i]! * WEIGHTS[i]!;
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum;
}

export function isValidBan(ban: string, rule: BanRule = 'since-2023-04'): boolean {
  if (!/^\d{8}$/.test(ban)) return false;
  const digits = [...ban].map(Number);
  const divisor = rule === 'since-2023-04' ? 5 : 10;
  const sum = checksum(digits);
  return sum % divisor === 0 || (digits[6] === 7 && (sum + 1) % divisor === 0);
}

/**
 * A checksum-valid BAN from 7 leading digits (0–9,999,999). The last digit is chosen so that the
 * number passes the *old* rule too, so it is valid whatever rule a reader's validator uses.
 */
export function banFromPrefix(prefix: number): string {
  const head = String(prefix).padStart(7, '0');
  for (let d = 0; d <= 9; d++) {
    const ban = `${head}${d}`;
    if (isValidBan(ban, 'before-2023-04')) return ban;
  }
  // Unreachable: the last weight is 1, so exactly one digit 0–9 makes the total divisible by 10.
  throw new Error(`no check digit for ${head}`);
}
