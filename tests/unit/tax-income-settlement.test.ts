import { describe, expect, it } from 'vitest';
import { calculateIncomeTax } from '@/lib/tax';

const codes = (r: { warnings: readonly { code: string }[] }) => r.warnings.map((w) => w.code);

describe('income tax: pay or refund (issue 11)', () => {
  it('a salary-only household whose withholding exceeds its tax gets a refund', () => {
    // 600,000 − 97,000 − 131,000 − 218,000 = 154,000 × 5% = 7,700; withheld 12,000 → 4,300 back.
    const r = calculateIncomeTax({ incomeYear: 113, filingStatus: 'single', taxpayer: { salary: 600_000 }, withheld: 12_000 });
    expect(r).toMatchObject({ taxPayable: 7_700, withheld: 12_000, balance: -4_300, outcome: 'refund' });
    const step = r.steps.at(-1);
    expect(step).toMatchObject({ id: 'settlement', amount: 4_300, value: 'refund' });
    expect(step?.label['zh-Hant-TW']).toBe('應退稅額');
  });

  it('withholding below the tax leaves tax to pay; exactly equal settles it', () => {
    const base = { incomeYear: 113, filingStatus: 'single' as const, taxpayer: { salary: 600_000 } };
    expect(calculateIncomeTax({ ...base, withheld: 5_000 })).toMatchObject({ balance: 2_700, outcome: 'pay' });
    expect(calculateIncomeTax({ ...base, withheld: 5_000 }).steps.at(-1)?.label['zh-Hant-TW']).toBe('應補稅額');
    expect(calculateIncomeTax({ ...base, withheld: 5_000, prepaid: 2_700 })).toMatchObject({ balance: 0, outcome: 'settled' });
    expect(calculateIncomeTax(base)).toMatchObject({ balance: 7_700, outcome: 'pay', withheld: 0, prepaid: 0, dividendCredit: 0 });
  });

  it('dividends: 8.5% credit, at most 80,000 a return, flagged as unverified', () => {
    const r = calculateIncomeTax({ incomeYear: 114, filingStatus: 'single', taxpayer: { salary: 500_000, dividends: 200_000 } });
    expect(r.totalIncome).toBe(700_000);
    expect(r.dividendCredit).toBe(17_000);
    expect(codes(r)).toContain('figure_uncertain');
    expect(r.steps.find((s) => s.id === 'dividend-credit')?.confidence).toBe('uncertain');
    expect(calculateIncomeTax({ incomeYear: 114, filingStatus: 'single', taxpayer: { dividends: 2_000_000 } }).dividendCredit).toBe(80_000);
  });

  it('interest is typed once: it is income, and the savings deduction is derived from it (up to 270,000)', () => {
    const r = calculateIncomeTax({ incomeYear: 113, filingStatus: 'single', taxpayer: { salary: 500_000, interest: 300_000 } });
    expect(r.totalIncome).toBe(800_000);
    expect(r.specialDeductions.savings).toBe(270_000);
    // The older API form (interest inside otherIncome, repeated as savingsInterest) gives the same tax.
    const legacy = calculateIncomeTax({ incomeYear: 113, filingStatus: 'single', taxpayer: { salary: 500_000, otherIncome: 300_000 }, savingsInterest: 300_000 });
    expect(legacy.taxPayable).toBe(r.taxPayable);
  });

  it('interest for 115 is refused while that year has no savings deduction figure', () => {
    expect(() => calculateIncomeTax({ incomeYear: 115, filingStatus: 'single', taxpayer: { interest: 10 } })).toThrow(/deduction_not_available_for_year/);
  });
});

describe('income tax: the corrections of addenda §E', () => {
  it('the preschool deduction has no income limit from 113: a household at 40% still deducts it', () => {
    const r = calculateIncomeTax({ incomeYear: 113, filingStatus: 'married', taxpayer: { salary: 8_000_000 }, spouse: {}, dependants: [{}], preschoolChildren: 1 });
    expect(r.marginalRate).toBe(0.4);
    expect(r.specialDeductions.preschool).toBe(150_000);
  });

  it('rent is not deducted when the rate stays at 20% or more after deducting it', () => {
    // 2,000,000 − 97,000 − 131,000 − 218,000 − 180,000 = 1,374,000: 20% even with the rent.
    const r = calculateIncomeTax({ incomeYear: 113, filingStatus: 'single', taxpayer: { salary: 2_000_000 }, rentPaid: 180_000 });
    expect(r.specialDeductions.rent).toBe(0);
    expect(r.netTaxableIncome).toBe(1_554_000);
    expect(r.taxPayable).toBe(163_100); // 1,554,000 × 20% − 147,700
    expect(codes(r)).toContain('rate_tested_deductions_excluded');
    expect(r.steps.find((s) => s.id === 'special-excluded')).toMatchObject({ amount: 180_000, confidence: 'single-source' });
  });

  it('long-term care is excluded the same way', () => {
    const r = calculateIncomeTax({ incomeYear: 114, filingStatus: 'single', taxpayer: { salary: 3_000_000 }, longTermCarePersons: 1 });
    expect(r.specialDeductions.longTermCare).toBe(0);
    expect(codes(r)).toContain('rate_tested_deductions_excluded');
  });

  it('rent is deducted when it brings the rate under 20%', () => {
    // Without rent: 1,846,000 − 446,000 = 1,400,000 (20%); with it 1,220,000 (12%).
    const r = calculateIncomeTax({ incomeYear: 113, filingStatus: 'single', taxpayer: { salary: 1_846_000 }, rentPaid: 180_000 });
    expect(r.specialDeductions.rent).toBe(180_000);
    expect(r.marginalRate).toBe(0.12);
    expect(codes(r)).not.toContain('rate_tested_deductions_excluded');
    expect(codes(r)).toContain('basic_tax_not_modelled');
  });
});
