import { describe, expect, it } from 'vitest';
import { banFromPrefix, isValidBan } from '@/lib/taiwan/ban';

/** A second, independent reading of the MOF rule, to check the implementation against. */
function reference(ban: string, divisor: 5 | 10): boolean {
  const weights = '12121241';
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const product = Number(ban[i]) * Number(weights[i]);
    sum += String(product)
      .split('')
      .reduce((a, d) => a + Number(d), 0);
  }
  return sum % divisor === 0 || (ban[6] === '7' && (sum + 1) % divisor === 0);
}

describe('business ID (統一編號) checksum', () => {
  it('accepts a real BAN from the domain notes (85120097: products 8,10,1,4,0,0,36,7 → 30)', () => {
    expect(isValidBan('85120097')).toBe(true);
    expect(isValidBan('85120097', 'before-2023-04')).toBe(true);
    expect(isValidBan('85120098')).toBe(false);
  });

  it('applies the 7th-digit rule: 28 → 10 counts as 1 or 0', () => {
    // 00000079: 2+8 = 10 and 9 → 19; 19 + 1 = 20 is divisible by 10 (and by 5).
    expect(isValidBan('00000079', 'before-2023-04')).toBe(true);
    expect(isValidBan('00000079')).toBe(true);
    // 00000070: 10 → divisible as it is.
    expect(isValidBan('00000070', 'before-2023-04')).toBe(true);
    // 00000069: 6×4 = 24 → 6, + 9 = 15: no 7th-digit rule; valid only since the 2023 change.
    expect(isValidBan('00000069', 'before-2023-04')).toBe(false);
    expect(isValidBan('00000069')).toBe(true);
  });

  it('since 2023-04-01 a total divisible by 5 passes, and every old-valid number still does', () => {
    // 00000074: 10 + 4 = 14; 14 + 1 = 15 → valid under the new rule only.
    expect(isValidBan('00000074', 'before-2023-04')).toBe(false);
    expect(isValidBan('00000074')).toBe(true);
    for (let n = 0; n < 200_000; n += 7) {
      const ban = String(n * 50 + 12_345_678).slice(-8).padStart(8, '0');
      if (isValidBan(ban, 'before-2023-04')) expect(isValidBan(ban)).toBe(true);
    }
  });

  it('agrees with an independent reading of the rule', () => {
    for (let n = 0; n < 30_000; n++) {
      const ban = String((n * 7919 + 104_729) % 100_000_000).padStart(8, '0');
      expect(isValidBan(ban)).toBe(reference(ban, 5));
      expect(isValidBan(ban, 'before-2023-04')).toBe(reference(ban, 10));
    }
  });

  it('rejects anything that is not 8 digits', () => {
    for (const bad of ['', '1234567', '123456789', '1234567a', ' 85120097', '８５１２００９７']) expect(isValidBan(bad)).toBe(false);
  });

  it('banFromPrefix always gives a number valid under both rules, keeping the 7 digits', () => {
    for (let p = 0; p < 10_000_000; p += 9_973) {
      const ban = banFromPrefix(p);
      expect(ban).toMatch(/^\d{8}$/);
      expect(ban.slice(0, 7)).toBe(String(p).padStart(7, '0'));
      expect(isValidBan(ban, 'before-2023-04')).toBe(true);
      expect(isValidBan(ban)).toBe(true);
    }
  });
});
