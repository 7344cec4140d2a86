import { describe, expect, it } from 'vitest';
import { errorList } from '@/lib/calculators/outcome';
import {
  addDependantRow,
  countedDependantRows,
  defaultIncomeYear,
  dependantRows,
  incomeTaxDefaults,
  incomeTaxInput,
  removeDependantRow,
  runIncomeTax,
  setRelation,
  acceptsIncomeTaxField,
} from '@/lib/calculators/income-tax-form';
import { lateFeeDefaults, lateFeeShareValues, runLateFee } from '@/lib/calculators/late-fee-form';
import { licenseTaxDefaults, licenseTaxInput, runLicenseTax } from '@/lib/calculators/license-tax-form';
import { calculateIncomeTax, calculateLateFee, calculateLicenseTax } from '@/lib/tax';

const TODAY = '2026-11-22';

describe('late-fee form', () => {
  const form = { ...lateFeeDefaults(), amount: '100,000', deadline: '2025-05-31', paidOn: '114/07/31' };

  it('gives the calculator’s figure for what people type', () => {
    const { result } = runLateFee(form, 'zh-Hant-TW');
    expect(result).toEqual(calculateLateFee({ amount: 100000, deadline: '2025-05-31', paidOn: '2025-07-31' }));
    expect(result).toMatchObject({ daysLate: 59, surcharge: 10000, interest: 137, total: 110137 });
  });

  it('reads closed days typed as a list', () => {
    const { result } = runLateFee({ ...form, closedDays: '2025-06-02, 114/6/3' }, 'en');
    expect(result?.deadlineAdjusted).toBe('2025-06-04');
  });

  it('says what is wrong, per field, in the page’s language', () => {
    const outcome = runLateFee({ ...form, amount: '-5', deadline: '', closedDays: '2025-02-30' }, 'en');
    expect(outcome.result).toBeUndefined();
    expect(outcome.errors).toEqual({
      amount: ['The amount cannot be negative.'],
      deadline: ['This field is required.'],
      closedDays: ['This date does not exist (for example 30 February).'],
    });
    expect(runLateFee({ ...form, amount: '-5' }, 'zh-Hant-TW').errors).toEqual({ amount: ['金額不可為負數。'] });
  });

  it('fills a message’s params (the year with no deposit rate)', () => {
    const { errors } = runLateFee({ ...form, paidOn: '2027-06-30' }, 'en');
    expect(errors?.paidOn?.[0]).toContain('for 2027');
  });

  it('makes a blank payment date explicit in a shared link', () => {
    const values = { ...form, paidOn: '' };
    const { result } = runLateFee(values, 'en');
    expect(result).toBeDefined();
    expect(lateFeeShareValues(values, result!).paidOn).toBe(result!.paidOn);
    expect(lateFeeShareValues(form, result!)).toBe(form);
  });

  it('lists errors in form order for the summary', () => {
    const outcome = runLateFee({ ...form, amount: 'x', deadline: 'y' }, 'en');
    expect(errorList(outcome.errors, Object.keys(form)).map((e) => e.field)).toEqual(['amount', 'deadline']);
  });
});

describe('licence-tax form', () => {
  const defaults = licenseTaxDefaults(TODAY);

  it('defaults to the current tax year, a private car with an engine', () => {
    expect(defaults).toMatchObject({ taxYear: '2026', vehicleKind: 'private-car', propulsion: 'engine', powerUnit: 'hp' });
  });

  it('uses only the field that fits the power source', () => {
    const both = { ...defaults, cc: '1798', motorPower: '150' };
    expect(licenseTaxInput(both).input).toMatchObject({ cc: '1798', motorPower: undefined });
    expect(licenseTaxInput({ ...both, propulsion: 'electric' }).input).toMatchObject({ cc: undefined, motorPower: '150' });
    expect(runLicenseTax(both, 'en').result).toEqual(calculateLicenseTax({ taxYear: 2026, vehicleKind: 'private-car', cc: 1798 }));
  });

  it('refuses an unknown vehicle; an electric motorcycle is exempt to 2030 and refused after it (no rates recorded)', () => {
    expect(runLicenseTax({ ...defaults, vehicleKind: 'truck', cc: '3000' }, 'en').errors?.vehicleKind).toHaveLength(1);
    const exempt = runLicenseTax({ ...defaults, taxYear: '2026', vehicleKind: 'motorcycle', propulsion: 'electric', motorPower: '' }, 'en');
    expect(exempt.errors).toBeUndefined();
    expect(exempt.result).toMatchObject({ amount: 0, exemptDays: 365, taxableDays: 0 });
    expect(runLicenseTax({ ...defaults, taxYear: '2031', vehicleKind: 'motorcycle', propulsion: 'electric' }, 'en').errors).toEqual({
      taxYear: ['Electric motorcycles are exempt until 31 December 2030; we have no rates for later years yet, so 2031 onwards cannot be calculated.'],
    });
  });
});

describe('income-tax form', () => {
  const defaults = incomeTaxDefaults(TODAY);

  it('says "refund" for a salary-only household whose withholding exceeds its tax (issue 11)', () => {
    const out = runIncomeTax({ ...defaults, incomeYear: '113', 'taxpayer.salary': '600,000', withheld: '12,000' }, 'zh-Hant-TW');
    expect(out.errors).toBeUndefined();
    expect(out.result).toMatchObject({ taxPayable: 7_700, balance: -4_300, outcome: 'refund' });
  });

  it('takes interest and dividends once per person', () => {
    const out = runIncomeTax({ ...defaults, incomeYear: '113', 'taxpayer.interest': '300000', 'taxpayer.dividends': '100000' }, 'en');
    expect(out.result).toMatchObject({ totalIncome: 400_000, dividendCredit: 8_500 });
    expect(out.result?.specialDeductions.savings).toBe(270_000);
  });

  it('defaults to the latest income year already filed', () => {
    expect(defaultIncomeYear('2026-11-22')).toBe(114);
    expect(defaultIncomeYear('2025-03-01')).toBe(113);
    expect(defaultIncomeYear('2040-01-01')).toBe(115);
    expect(defaults.incomeYear).toBe('114');
  });

  it('accepts person and dependant fields only', () => {
    expect(acceptsIncomeTaxField('taxpayer.salary')).toBe(true);
    expect(acceptsIncomeTaxField('dependants.19.tuition')).toBe(true);
    expect(acceptsIncomeTaxField('dependants.20.salary')).toBe(false);
    expect(acceptsIncomeTaxField('taxpayer.preschool')).toBe(false);
    expect(acceptsIncomeTaxField('spouse.salary.x')).toBe(false);
    expect(acceptsIncomeTaxField('__proto__')).toBe(false);
  });

  it('maps a household with ticks per person to the calculator’s counts', () => {
    const values = {
      ...defaults,
      filingStatus: 'married',
      'taxpayer.salary': '1,200,000',
      'taxpayer.longTermCare': 'on',
      'spouse.salary': '600000',
      'dependants.0.relation': 'child',
      'dependants.0.preschool': 'on',
      'dependants.1.relation': '',
      'dependants.1.salary': '',
      'dependants.2.relation': 'child',
      'dependants.2.tuition': '30000',
      'dependants.3.relation': 'ascendant',
      'dependants.3.age70Plus': 'on',
    };
    const { input } = incomeTaxInput(values);
    expect(input).toMatchObject({
      filingStatus: 'married',
      preschoolChildren: 1,
      longTermCarePersons: 1,
      tuitionPerStudent: ['30000'],
    });
    expect(input.dependants).toHaveLength(3); // the blank row is ignored
    expect(input.dependants?.[2]).toMatchObject({ age70Plus: true });
    expect(runIncomeTax(values, 'en').result).toEqual(
      calculateIncomeTax({
        incomeYear: 114,
        filingStatus: 'married',
        taxpayer: { salary: 1200000 },
        spouse: { salary: 600000 },
        dependants: [{}, {}, { age70Plus: true }],
        preschoolChildren: 1,
        longTermCarePersons: 1,
        tuitionPerStudent: [30000],
      }),
    );
  });

  it('leaves the spouse out of a single return and ignores ticks that do not fit the relationship', () => {
    const values = { ...defaults, 'spouse.salary': '600000', 'dependants.0.relation': 'child', 'dependants.0.age70Plus': 'on', 'dependants.1.relation': 'ascendant', 'dependants.1.tuition': '1000' };
    const { input } = incomeTaxInput(values);
    expect(input.spouse).toBeUndefined();
    expect(input.dependants).toEqual([
      { salary: undefined, otherIncome: undefined, age70Plus: false, disabled: false },
      { salary: undefined, otherIncome: undefined, age70Plus: false, disabled: false },
    ]);
    expect(input.tuitionPerStudent).toEqual([]);
  });

  it('points errors at the field the citizen typed, across skipped rows', () => {
    const values = {
      ...defaults,
      incomeYear: '115',
      'dependants.0.relation': '',
      'dependants.1.relation': 'child',
      'dependants.1.salary': '-1',
      'dependants.2.relation': 'child',
      'dependants.2.preschool': 'on',
      'dependants.2.tuition': '5000',
    };
    const { errors } = runIncomeTax(values, 'en');
    expect(errors).toMatchObject({
      'dependants.1.salary': ['The amount cannot be negative.'],
      'dependants.2.preschool': [expect.stringContaining('income year 115')],
      'dependants.2.tuition': [expect.stringContaining('income year 115')],
    });
  });

  it('adds and removes dependant rows', () => {
    const one = addDependantRow(defaults);
    expect(dependantRows(one)).toEqual([0]);
    expect(one['dependants.0.relation']).toBe('child');
    expect(countedDependantRows(one)).toEqual([0]);
    const two = addDependantRow(one);
    expect(dependantRows(removeDependantRow(two, 0))).toEqual([1]);
    expect(dependantRows(addDependantRow(removeDependantRow(two, 0)))).toEqual([0, 1]);
    let full = defaults;
    for (let i = 0; i < 25; i += 1) full = addDependantRow(full);
    expect(dependantRows(full)).toHaveLength(20);
  });

  it('clears what no longer applies when the relationship changes', () => {
    const values = { ...addDependantRow(defaults), 'dependants.0.preschool': 'on', 'dependants.0.tuition': '100' };
    const parent = setRelation(values, 0, 'ascendant');
    expect(parent).toMatchObject({ 'dependants.0.relation': 'ascendant', 'dependants.0.preschool': '', 'dependants.0.tuition': '' });
  });
});

describe('late-fee form: the tax and the on-time answer (issue 11)', () => {
  it('offers taxType, and an older link’s taxKind still picks customs', () => {
    const blank = lateFeeDefaults();
    expect(runLateFee({ ...blank, taxType: 'income', amount: '1000', deadline: '2025-06-02', paidOn: '2025-06-12' }, 'en').result?.taxType).toBe('income');
    expect(runLateFee({ ...blank, taxKind: 'customs-duty', amount: '1000', deadline: '2025-06-02', paidOn: '2025-06-12' }, 'en').result?.regime).toBe('customs');
  });

  it('answers 0 for a payment before the deadline instead of an error', () => {
    const out = runLateFee({ ...lateFeeDefaults(), amount: '5,000', deadline: '114/10/10', paidOn: '2025-10-13' }, 'zh-Hant-TW');
    expect(out.errors).toBeUndefined();
    expect(out.result).toMatchObject({ daysLate: 0, surcharge: 0, interest: 0, total: 5_000, deadlineAdjusted: '2025-10-13' });
  });
});
