import { describe, expect, it } from 'vitest';
import { uniqueWarnings, warning } from '@/lib/tax/warnings';

describe('uniqueWarnings', () => {
  it('drops a warning with the code and params of an earlier one, keeping the first and the order', () => {
    const a = warning('figure_uncertain', { figure: { 'zh-Hant-TW': '甲', en: 'a' } });
    const aAgain = warning('figure_uncertain', { figure: { 'zh-Hant-TW': '甲', en: 'a' } });
    const b = warning('figure_uncertain', { figure: { 'zh-Hant-TW': '乙', en: 'b' } });
    const plain = warning('basic_tax_not_modelled');
    const year = warning('income_year_provisional', { year: 115 });
    const list = [plain, a, year, aAgain, b, plain, warning('basic_tax_not_modelled'), warning('income_year_provisional', { year: 114 })];
    const kept = uniqueWarnings(list);
    expect(kept.map((w) => [w.code, w.params])).toEqual([
      ['basic_tax_not_modelled', undefined],
      ['figure_uncertain', a.params],
      ['income_year_provisional', { year: 115 }],
      ['figure_uncertain', b.params],
      ['income_year_provisional', { year: 114 }],
    ]);
    expect(kept[1]).toBe(a);
  });
});
