// The income-tax input's zod-free path must give exactly what incomeTaxInputSchema gives, or nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incomeTaxInputSchema } from '@/lib/tax/schemas/income-tax';
import { quickIncomeTaxInput } from '@/lib/tax/schemas/income-tax-quick';

// Values near every limit, of every JSON kind the schema sees (and text it reads as numbers).
const amountish = fc.oneof(
  fc.constantFrom(0, 1, 218_000, 100_000_000_000, 100_000_000_001, -1, 0.5, -0, 1e21),
  fc.integer({ min: 0, max: 3_000_000 }),
  fc.constantFrom('1,000', '１２', '', ' ', 'abc', null, true, {}, []),
);
const countish = fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constantFrom(100, 101, 1.5, '2', null));
const flagish = fc.oneof(fc.boolean(), fc.constantFrom('true', 0, null));
const memberish = fc.oneof(
  fc.record(
    { salary: amountish, interest: amountish, dividends: amountish, otherIncome: amountish, age70Plus: flagish, disabled: flagish, extra: fc.string() },
    { requiredKeys: [] },
  ),
  fc.constantFrom(null, 'x', [], 5),
);
const body = fc.oneof(
  fc.record(
    {
      incomeYear: fc.oneof(fc.constantFrom(113, 114, 115, 112, 116, '114', 114.5), fc.integer()),
      filingStatus: fc.constantFrom('single', 'married', 'widowed', 1, undefined),
      taxpayer: memberish,
      spouse: memberish,
      dependants: fc.oneof(fc.array(memberish, { maxLength: 4 }), fc.constantFrom('none', null, Array.from({ length: 21 }, () => ({})))),
      savingsInterest: amountish,
      deduction: fc.constantFrom('auto', 'standard', 'itemised', 'other', null),
      itemisedDeductions: amountish,
      tuitionPerStudent: fc.oneof(fc.array(amountish, { maxLength: 3 }), fc.constantFrom(5, null)),
      preschoolChildren: countish,
      longTermCarePersons: countish,
      rentPaid: amountish,
      withheld: amountish,
      prepaid: amountish,
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
// Mostly valid households, so the quick path is exercised as much as the refusals.
const household = fc.record(
  {
    incomeYear: fc.constantFrom(113, 114, 115),
    filingStatus: fc.constantFrom('single', 'married'),
    taxpayer: fc.record({ salary: fc.integer({ min: 0, max: 5_000_000 }), interest: fc.integer({ min: 0, max: 300_000 }), otherIncome: fc.integer({ min: 0, max: 500_000 }), age70Plus: fc.boolean() }, { requiredKeys: [] }),
    spouse: fc.record({ salary: fc.integer({ min: 0, max: 5_000_000 }), disabled: fc.boolean() }, { requiredKeys: [] }),
    dependants: fc.array(fc.record({ salary: fc.integer({ min: 0, max: 100_000 }), age70Plus: fc.boolean() }, { requiredKeys: [] }), { maxLength: 4 }),
    savingsInterest: fc.integer({ min: 0, max: 50_000 }),
    deduction: fc.constantFrom('auto', 'standard', 'itemised'),
    itemisedDeductions: fc.integer({ min: 0, max: 400_000 }),
    tuitionPerStudent: fc.array(fc.integer({ min: 0, max: 40_000 }), { maxLength: 2 }),
    preschoolChildren: fc.integer({ min: 0, max: 2 }),
    longTermCarePersons: fc.integer({ min: 0, max: 2 }),
    rentPaid: fc.integer({ min: 0, max: 300_000 }),
    withheld: fc.integer({ min: 0, max: 100_000 }),
    prepaid: fc.integer({ min: 0, max: 100_000 }),
  },
  { requiredKeys: ['incomeYear', 'filingStatus', 'taxpayer'] },
);

function agrees(json: unknown): 'quick' | 'schema' {
  const quick = quickIncomeTaxInput(json);
  if (quick === undefined) return 'schema';
  const parsed = incomeTaxInputSchema.safeParse(json);
  expect(parsed.success).toBe(true);
  // Strict: the same keys, an absent spouse absent in both.
  expect(quick).toStrictEqual(parsed.data);
  return 'quick';
}

describe('quickIncomeTaxInput', () => {
  it('answers a well-formed household without zod, defaults filled and unknown keys dropped', () => {
    const json = { incomeYear: 114, filingStatus: 'married', taxpayer: { salary: 1_200_000 }, spouse: { salary: 600_000 }, dependants: [{}], preschoolChildren: 1, note: 'x' };
    expect(agrees(json)).toBe('quick');
    expect(quickIncomeTaxInput(json)).toMatchObject({ deduction: 'auto', tuitionPerStudent: [], dependants: [{ salary: 0, age70Plus: false }] });
  });

  it('leaves text amounts, wrong fields and broken rules between fields to the schema', () => {
    const ok = { incomeYear: 113, filingStatus: 'single', taxpayer: { salary: 500_000 } };
    expect(quickIncomeTaxInput(ok)).toBeDefined();
    for (const json of [
      { ...ok, incomeYear: '113' },
      { ...ok, taxpayer: { salary: '500,000' } },
      { ...ok, taxpayer: { salary: -1 } },
      { ...ok, taxpayer: { salary: 1.5 } },
      { ...ok, filingStatus: 'married' }, // spouse_required
      { ...ok, spouse: {} }, // spouse_not_allowed
      { ...ok, preschoolChildren: 1 }, // more than the dependants
      { ...ok, savingsInterest: 1 }, // more than the other income
      { ...ok, incomeYear: 115, rentPaid: 1 }, // a figure 115 does not have
      { ...ok, spouse: null },
      { ...ok, dependants: Array.from({ length: 21 }, () => ({})) },
      [ok],
      null,
    ]) {
      expect(quickIncomeTaxInput(json), JSON.stringify(json)).toBeUndefined();
    }
  });

  it('never answers differently from incomeTaxInputSchema (property)', () => {
    fc.assert(fc.property(body, (json) => void agrees(json)), { numRuns: 3000 });
  });

  it('takes most valid households itself, and agrees on every one (property)', () => {
    let quick = 0;
    fc.assert(
      fc.property(household, (json) => {
        if (agrees(json) === 'quick') quick += 1;
      }),
      { numRuns: 2000 },
    );
    // Many generated households break a rule between fields (those go to the schema); the rest are quick.
    expect(quick).toBeGreaterThan(200);
  });
});
