import { describe, expect, it } from 'vitest';
import { incomeTaxAct } from '@/lib/tax/laws';
import { formatNtd } from '@/lib/tax/money';

// The look-ahead expression formatNtd used before it grouped whole amounts by hand (issue 17).
const byExpression = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

describe('formatNtd', () => {
  it('groups whole amounts exactly as the expression did', () => {
    const samples = [0, 1, 12, 123, 999, 1000, 1234, 12345, 123456, 1234567, 100000, 1000000, 999999999, 10 ** 11, Number.MAX_SAFE_INTEGER];
    for (let n = 0; n < 20_000; n += 7) samples.push(n * 131);
    for (const n of samples) {
      expect(formatNtd(n)).toBe(byExpression(n));
      expect(formatNtd(-n)).toBe(byExpression(-n));
    }
    expect(formatNtd(1234567)).toBe('1,234,567');
    expect(formatNtd(-1000)).toBe('-1,000');
  });

  it('leaves anything but a whole amount to the expression', () => {
    for (const n of [1234.5, 0.25, 1e21, Number.NaN]) expect(formatNtd(n)).toBe(byExpression(n));
  });
});

describe('incomeTaxAct citations', () => {
  it('gives one frozen citation per place, its keys in the law’s order whatever order they came in', () => {
    const a = incomeTaxAct(17, { paragraph: 1, subparagraph: 2 });
    expect(incomeTaxAct(17, { paragraph: 1, subparagraph: 2 })).toBe(a);
    expect(incomeTaxAct(17, { subparagraph: 2, paragraph: 1 })).toBe(a);
    expect(a.citation['zh-Hant-TW']).toBe('所得稅法第17條第1項第2款');
    expect(Object.keys(a)).toEqual(['law', 'article', 'paragraph', 'subparagraph', 'url', 'citation']);
    expect(Object.isFrozen(a)).toBe(true);
    expect(incomeTaxAct(17, { paragraph: 1, subparagraph: 2, item: 3 })).not.toBe(a);
    expect(incomeTaxAct(17)).not.toBe(a);
  });
});
