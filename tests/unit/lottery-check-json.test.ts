import { describe, expect, it } from 'vitest';
import { checkResultsJson } from '@/lib/lottery/check-json';
import { checkNumbers, checkNumbersIn, type CheckItem } from '@/lib/lottery/check-service';
import { sourcedPeriods } from '@/lib/lottery/records';

const same = (results: CheckItem[]) => expect(new TextDecoder().decode(checkResultsJson(results))).toBe(JSON.stringify({ results }));

/** A deterministic mix: winners of every tier, misses, dashed and lower-case forms, junk. */
function inputs(n: number, seed = 7): string[] {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const junk = ['', 'x', '"quoted"', 'AB-1234', '１２３４５６７８', 'ab\\n12345678', '\u2028'];
  return Array.from({ length: n }, (_, i) => {
    if (i % 17 === 0) return junk[i % junk.length]!;
    const digits = String(Math.floor(rnd() * 1e8)).padStart(8, '0');
    return i % 3 === 0 ? `ab-${digits}` : i % 3 === 1 ? `AB${digits}` : digits;
  });
}

describe('checkResultsJson', () => {
  it('gives exactly JSON.stringify({ results }) for every period, with winners, misses and errors', () => {
    for (const record of sourcedPeriods()) {
      const winners = [record.numbers.special, record.numbers.grand, ...record.numbers.first].filter((n): n is string => !!n && /^\d{8}$/.test(n));
      same(checkNumbers(record, [...inputs(400), ...winners, ...winners.map((w) => `00000${w.slice(-3)}`)]));
    }
  });

  it('handles flagged periods, unavailable periods and the empty list', () => {
    const partial = sourcedPeriods().find((p) => p.key === '11407')!;
    same(checkNumbers(partial, inputs(50)));
    same(checkNumbersIn({ rocYear: 115, startMonth: 11 }, null, inputs(50), new Date('2026-11-30T04:00:00Z')));
    same([]);
  });

  it('falls back when items of one list do not share a tail', () => {
    const [a, b] = sourcedPeriods();
    same([...checkNumbers(a!, ['12345678']), ...checkNumbers(b!, ['12345678'])]);
  });
});
