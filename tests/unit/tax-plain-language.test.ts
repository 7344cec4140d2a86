import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateIncomeTax, calculateLateFee, calculateLicenseTax, type Step } from '@/lib/tax';

/** Programmer notation the audit found in the steps (issue 11). */
const NOTATION = /\bmin\(|\bmax\(|§|¶/;

function texts(steps: readonly Step[]): string[] {
  return steps.flatMap((s) => [s.label['zh-Hant-TW'], s.label.en, s.note?.['zh-Hant-TW'] ?? '', s.note?.en ?? '', s.formula ?? '', s.basis.citation['zh-Hant-TW'], s.basis.citation.en]);
}

describe('steps read like the law (issue 11)', () => {
  it('cites the surcharge as 稅捐稽徵法第20條第1項 / Tax Collection Act, Article 20, paragraph 1', () => {
    const step = calculateLateFee({ amount: 100_000, deadline: '2025-06-02', paidOn: '2025-06-12' }).steps.find((s) => s.id === 'surcharge');
    expect(step?.basis.citation).toEqual({ 'zh-Hant-TW': '稅捐稽徵法第20條第1項', en: 'Tax Collection Act, Article 20, paragraph 1' });
  });

  it('says 「兩者取較小者」 for a capped deduction, with thousands separators', () => {
    const r = calculateIncomeTax({ incomeYear: 113, filingStatus: 'single', taxpayer: { salary: 1_100_000 } });
    const salary = r.steps.find((s) => s.id === 'special-salary');
    expect(salary?.note?.['zh-Hant-TW']).toContain('1,100,000 元與 218,000 元，兩者取較小者：218,000 元');
    expect(salary?.note?.en).toContain('the smaller of 1,100,000 and 218,000: 218,000');
    expect(salary?.basis.citation['zh-Hant-TW']).toBe('所得稅法第17條第1項第2款第3目');
  });

  it('names the holiday a deadline moved past', () => {
    const r = calculateLateFee({ amount: 1_000, deadline: '2025-10-10', paidOn: '2025-10-20' });
    expect(r.steps[0]?.note?.['zh-Hant-TW']).toContain('2025-10-10（國慶日）');
  });

  it('no step of any calculator uses min(), max(), § or ¶', () => {
    const money = (max: number) => fc.integer({ min: 0, max });
    fc.assert(
      fc.property(money(5_000_000), money(500_000), money(300_000), money(300_000), fc.boolean(), (salary, interest, rent, withheld, married) => {
        const r = calculateIncomeTax({
          incomeYear: 113,
          filingStatus: married ? 'married' : 'single',
          taxpayer: { salary, interest },
          ...(married ? { spouse: { salary: Math.floor(salary / 2) } } : {}),
          rentPaid: rent,
          withheld,
        });
        for (const text of texts(r.steps)) expect(text).not.toMatch(NOTATION);
      }),
      { numRuns: 200 },
    );
    for (const paidOn of ['2025-05-01', '2025-06-12', '2025-09-30']) {
      for (const taxKind of ['national-tax', 'customs-duty'] as const) {
        for (const text of texts(calculateLateFee({ taxKind, amount: 12_345, deadline: '2025-06-02', paidOn }).steps)) expect(text).not.toMatch(NOTATION);
      }
    }
    for (const text of texts(calculateLicenseTax({ taxYear: 2026, vehicleKind: 'motorcycle', propulsion: 'electric' }).steps)) expect(text).not.toMatch(NOTATION);
  });
});
