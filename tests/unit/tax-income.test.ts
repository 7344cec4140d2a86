import { describe, expect, it } from 'vitest';
import { calculateIncomeTax, incomeTaxInputSchema, issueParams } from '@/lib/tax';

const single = (incomeYear: number, salary: number, otherIncome = 0) =>
  calculateIncomeTax({ incomeYear, filingStatus: 'single', taxpayer: { salary, otherIncome } });

describe('income tax: worked examples from the domain facts (data/domain)', () => {
  it('113 and 114: a single salaried person pays nothing up to 446,000 (97,000 + 131,000 + 218,000)', () => {
    for (const year of [113, 114]) {
      const r = single(year, 446_000);
      expect([r.exemptions, r.generalDeduction.amount, r.specialDeductions.salary, r.netTaxableIncome, r.taxPayable]).toEqual([97_000, 131_000, 218_000, 0, 0]);
      expect(single(year, 446_020).taxPayable).toBe(1); // 20 × 5%
    }
  });

  it('115: the threshold rises to 464,000 (101,000 + 136,000 + 227,000)', () => {
    expect(single(115, 464_000).taxPayable).toBe(0);
    expect(single(115, 464_020).taxPayable).toBe(1);
  });

  it('brackets (113–114): net × rate − progressive difference, continuous at each boundary', () => {
    // Net = salary − 446,000 for a single salaried person.
    const tax = (net: number) => single(113, 446_000 + net).taxPayable;
    expect(tax(590_000)).toBe(29_500);
    expect(tax(590_001)).toBe(29_500); // 70,800.12 − 41,300
    expect(tax(1_330_000)).toBe(118_300); // 159,600 − 41,300
    expect(tax(2_660_000)).toBe(384_300); // 532,000 − 147,700
    expect(tax(4_980_000)).toBe(1_080_300); // 1,494,000 − 413,700
    expect(tax(6_000_000)).toBe(1_488_300); // 2,400,000 − 911,700
    expect(single(113, 446_000 + 6_000_000).marginalRate).toBe(0.4);
  });

  it('brackets (115): 610,000 / 1,380,000 / 2,770,000 / 5,190,000', () => {
    const tax = (net: number) => single(115, 464_000 + net).taxPayable;
    expect(tax(610_000)).toBe(30_500);
    expect(tax(1_380_000)).toBe(122_900); // 165,600 − 42,700
    expect(tax(2_770_000)).toBe(400_900); // 554,000 − 153,100
    expect(tax(5_190_000)).toBe(1_126_900); // 1,557,000 − 430,100
    expect(tax(6_000_000)).toBe(1_450_900); // 2,400,000 − 949,100
  });
});

describe('income tax: basic-living-expense difference (Central Area NTB example, ettoday 2026-01-01)', () => {
  // Taxpayer, spouse and two parents under 70; income 1,000,000 with 50,000 of interest; 113.
  const family = { incomeYear: 113, filingStatus: 'married' as const, taxpayer: { otherIncome: 1_000_000 }, spouse: {}, dependants: [{}, {}], savingsInterest: 50_000 };

  it('standard deduction: 840,000 − 700,000 = 140,000 difference; tax 8,000', () => {
    const r = calculateIncomeTax(family);
    expect(r.basicLiving).toEqual({ perPerson: 210_000, persons: 4, total: 840_000, compared: 700_000, difference: 140_000 });
    expect(r.exemptions).toBe(388_000);
    expect(r.netTaxableIncome).toBe(160_000);
    expect(r.taxPayable).toBe(8_000);
    expect(r.steps.find((s) => s.id === 'basic-living')?.formula).toBe('210,000 × 4 − 700,000 = 140,000 → 140,000');
  });

  it('a donation raising itemised deductions to 302,000 leaves the tax at 8,000 (difference 100,000)', () => {
    const r = calculateIncomeTax({ ...family, itemisedDeductions: 302_000 });
    expect(r.generalDeduction).toMatchObject({ method: 'itemised', amount: 302_000 });
    expect(r.basicLiving?.difference).toBe(100_000);
    expect(r.taxPayable).toBe(8_000);
  });

  it('114 uses 213,000 a person', () => {
    const r = calculateIncomeTax({ ...family, incomeYear: 114 });
    expect(r.basicLiving).toMatchObject({ perPerson: 213_000, total: 852_000, difference: 152_000 });
    expect(r.taxPayable).toBe(7_400); // (1,000,000 − 700,000 − 152,000) × 5%
  });

  it('never deducts the salary special deduction in the comparison', () => {
    const r = calculateIncomeTax({ ...family, taxpayer: { salary: 1_000_000 }, savingsInterest: 0 });
    expect(r.specialDeductions.salary).toBe(218_000);
    expect(r.basicLiving?.compared).toBe(388_000 + 262_000);
  });
});

describe('income tax: couples — salary computed separately, lowest chosen', () => {
  it('hand-computed 113 example: taxpayer salary 3,000,000, spouse salary 1,000,000', () => {
    const r = calculateIncomeTax({ incomeYear: 113, filingStatus: 'married', taxpayer: { salary: 3_000_000 }, spouse: { salary: 1_000_000 } });
    expect(r.computations.map((c) => [c.method, c.tax])).toEqual([
      ['combined', 518_700], // 3,108,000 × 30% − 413,700
      ['salary-separate-taxpayer', 412_950], // 2,685,000 → 391,800; rest 423,000 → 21,150
      ['salary-separate-spouse', 377_800], // 685,000 → 40,900; rest 2,423,000 → 336,900
    ]);
    expect(r.method).toBe('salary-separate-spouse');
    expect(r.taxPayable).toBe(377_800);
    expect(r.marginalRate).toBe(0.2);
    expect(r.effectiveRate).toBeCloseTo(377_800 / 4_000_000, 10);
    expect(r.steps.find((s) => s.id === 'choice')?.note?.['zh-Hant-TW']).toBe('各種計稅方式的稅額：全部所得合併計稅 518,700 元、本人薪資所得分開計稅 412,950 元、配偶薪資所得分開計稅 377,800 元，取其中最低者。');
    expect(r.steps.find((s) => s.id === 'tax-salary-separate-spouse')?.basis.citation['zh-Hant-TW']).toBe('所得稅法第15條第2項');
  });

  it('keeps the combined computation when separating costs more', () => {
    const r = calculateIncomeTax({ incomeYear: 113, filingStatus: 'married', taxpayer: { salary: 600_000 }, spouse: { salary: 0 } });
    expect(r.computations.map((c) => c.method)).toEqual(['combined', 'salary-separate-taxpayer']);
    expect(r.method).toBe('combined');
  });

  it('single filers have one computation and no choice step', () => {
    const r = single(113, 1_000_000);
    expect(r.computations).toHaveLength(1);
    expect(r.steps.map((s) => s.id)).not.toContain('choice');
  });
});

describe('income tax: exemptions and special deductions from the year table', () => {
  it('70+ exemption 145,500 is flagged as uncertain (145,000 on the eTax English page)', () => {
    const r = calculateIncomeTax({ incomeYear: 113, filingStatus: 'single', taxpayer: { otherIncome: 500_000, age70Plus: true } });
    expect(r.exemptions).toBe(145_500);
    expect(r.steps.find((s) => s.id === 'exemptions')?.confidence).toBe('uncertain');
    expect(r.warnings.map((w) => w.code)).toContain('figure_uncertain');
  });

  it('tuition capped at 25,000 a student; preschool 150,000 then 225,000; long-term care 120,000; rent to 180,000; disability 218,000', () => {
    const r = calculateIncomeTax({
      incomeYear: 114,
      filingStatus: 'married',
      taxpayer: { salary: 1_500_000, disabled: true },
      spouse: {},
      dependants: [{}, {}, {}, {}],
      tuitionPerStudent: [30_000, 10_000],
      preschoolChildren: 2,
      longTermCarePersons: 1,
      rentPaid: 240_000,
    });
    expect(r.specialDeductions).toMatchObject({ salary: 218_000, disability: 218_000, tuition: 35_000, preschool: 375_000, longTermCare: 120_000, rent: 180_000 });
    expect(r.marginalRate).toBeLessThan(0.2);
    expect(r.warnings.map((w) => w.code)).toContain('basic_tax_not_modelled');
  });

  it('savings deduction is the interest, up to 270,000', () => {
    const r = calculateIncomeTax({ incomeYear: 113, filingStatus: 'single', taxpayer: { otherIncome: 400_000 }, savingsInterest: 300_000 });
    expect(r.specialDeductions.savings).toBe(270_000);
  });

  it('115 is provisional: no basic living expense announced, and special deductions without data are refused', () => {
    const r = single(115, 1_000_000);
    expect(r.provisional).toBe(true);
    expect(r.basicLiving).toBeNull();
    expect(r.warnings[0]).toMatchObject({ code: 'income_year_provisional', params: { year: 115 } });
    const issues = incomeTaxInputSchema.safeParse({ incomeYear: 115, filingStatus: 'single', taxpayer: { otherIncome: 10, disabled: true }, savingsInterest: 10 }).error?.issues;
    expect(issues?.map((i) => [i.path.join('.'), i.message, issueParams(i)])).toEqual([
      ['savingsInterest', 'deduction_not_available_for_year', { year: 115 }],
      ['taxpayer.disabled', 'deduction_not_available_for_year', { year: 115 }],
    ]);
  });

  it('rounds half up: net 10 × 5% = 0.5 → 1; net 30 → 1.5 → 2', () => {
    expect(single(113, 446_010).taxPayable).toBe(1);
    expect(single(113, 446_030).taxPayable).toBe(2);
    expect(single(113, 446_009).taxPayable).toBe(0);
    expect(single(113, 446_010).steps.find((s) => s.id === 'rounding')?.value).toBe('half-up');
  });
});

describe('income tax: input validation', () => {
  const issues = (input: unknown) => incomeTaxInputSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

  it('names what is wrong', () => {
    expect(issues({ incomeYear: 112, filingStatus: 'single', taxpayer: {} })).toEqual([['incomeYear', 'income_year_not_supported']]);
    expect(incomeTaxInputSchema.safeParse({ incomeYear: 112, filingStatus: 'single', taxpayer: {} }).error?.issues.map(issueParams)).toEqual([{ years: '113, 114, 115' }]);
    expect(issues({ incomeYear: 113, filingStatus: 'married', taxpayer: {} })).toEqual([['spouse', 'spouse_required']]);
    expect(issues({ incomeYear: 113, filingStatus: 'single', taxpayer: {}, spouse: {} })).toEqual([['spouse', 'spouse_not_allowed']]);
    expect(issues({ incomeYear: 113, filingStatus: 'widowed', taxpayer: {} })).toEqual([['filingStatus', 'filing_status_unknown']]);
    expect(issues({ incomeYear: 113, filingStatus: 'single', taxpayer: { salary: -1 } })).toEqual([['taxpayer.salary', 'amount_negative']]);
    expect(issues({ incomeYear: 113, filingStatus: 'single', taxpayer: { otherIncome: 10 }, savingsInterest: 11 })).toEqual([['savingsInterest', 'savings_exceeds_income']]);
    expect(issues({ incomeYear: 113, filingStatus: 'single', taxpayer: {}, preschoolChildren: 1 })).toEqual([['preschoolChildren', 'preschool_exceeds_dependants']]);
    expect(issues({ incomeYear: 113, filingStatus: 'single', taxpayer: {}, tuitionPerStudent: [1] })).toEqual([['tuitionPerStudent', 'students_exceed_dependants']]);
    expect(issues({ incomeYear: 113, filingStatus: 'single', taxpayer: {}, longTermCarePersons: 2 })).toEqual([['longTermCarePersons', 'long_term_care_exceeds_household']]);
    expect(issues({ incomeYear: 113, filingStatus: 'single', taxpayer: {}, deduction: 'both' })).toEqual([['deduction', 'deduction_method_unknown']]);
  });
});

describe('income year messages', () => {
  it('always name the supported years, and say so when the year is no number', async () => {
    const { incomeTaxInputSchema, taxFieldErrors } = await import('@/lib/tax');
    const fields = (incomeYear: unknown) =>
      taxFieldErrors(incomeTaxInputSchema.safeParse({ incomeYear, filingStatus: 'single', taxpayer: {} }).error!, 'en').incomeYear;
    for (const year of [2024, 113.5, 112]) expect(fields(year)).toEqual(['Income tax figures are available for income years 113, 114, 115 (ROC) only.']);
    expect(fields('abc')).toEqual(['Give the income year as an ROC year, like 114.']);
  });
});
