import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incomeTaxInputSchema, isTaxMessageCode, lateFeeInputSchema, licenseTaxInputSchema, TAX_MESSAGES, taxMessage } from '@/lib/tax';
import { isRealDate, todayInTaipei, weekday } from '@/lib/taiwan';
import { formatMilliPercent, formatNtd, percentToMilli, roundRatio } from '@/lib/tax/money';

describe('tax messages', () => {
  it('has Traditional Chinese and English for every code', () => {
    for (const [code, text] of Object.entries(TAX_MESSAGES)) {
      expect(text['zh-Hant-TW'], code).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en, code).toMatch(/^[A-Z]/);
    }
  });

  it('covers every code the schemas use', () => {
    const dir = new URL('../../lib/tax/schemas/', import.meta.url).pathname;
    const codes = readdirSync(dir).flatMap((f) => [...readFileSync(`${dir}${f}`, 'utf8').matchAll(/'([a-z]+(?:_[a-z]+)+)'/g)].map((m) => m[1]!));
    expect(codes.length).toBeGreaterThan(20);
    for (const code of codes) expect(isTaxMessageCode(code), code).toBe(true);
  });

  it('fills placeholders per language', () => {
    expect(taxMessage('income_year_not_supported', 'en', { years: '113, 114, 115' })).toBe('Income tax figures are available for income years 113, 114, 115 (ROC) only.');
    expect(taxMessage('figure_uncertain', 'zh-Hant-TW', { figure: { 'zh-Hant-TW': '利率', en: 'rate' } })).toContain('利率');
    expect(taxMessage('not_a_code', 'en')).toBe('not_a_code');
    // A message without placeholders is the table's text, whatever params come with it.
    expect(taxMessage('field_required', 'en', { year: 2025 })).toBe('This field is required.');
    expect(taxMessage('field_required', 'zh-Hant-TW')).toBe('此欄位必填。');
  });
});

describe('dates and money helpers', () => {
  it('knows real dates and leap years', () => {
    expect(['2024-02-29', '2000-02-29', '2025-12-31'].map(isRealDate)).toEqual([true, true, true]);
    expect(['2025-02-29', '1900-02-29', '2025-02-30', '2025-13-01', '2025-04-31', '2025-4-1'].map(isRealDate)).toEqual([false, false, false, false, false, false]);
    expect(weekday('2025-05-31')).toBe(6);
    expect(weekday('2022-11-30')).toBe(3);
  });

  it('takes today in Taiwan (UTC+8)', () => {
    expect(todayInTaipei(new Date('2025-12-31T15:59:59Z'))).toBe('2025-12-31');
    expect(todayInTaipei(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
  });

  it('rounds exact ratios half up (or down when the data says so)', () => {
    expect(roundRatio(5n, 10n)).toBe(1);
    expect(roundRatio(4n, 10n)).toBe(0);
    expect(roundRatio(15n, 10n, 'down')).toBe(1);
    expect(roundRatio(0n, 7n)).toBe(0);
    expect(() => roundRatio(-1n, 2n)).toThrow(RangeError);
  });

  it('formats figures for formulas', () => {
    expect(formatNtd(1234567)).toBe('1,234,567');
    expect(formatMilliPercent(percentToMilli(1.725))).toBe('1.725%');
    expect(formatMilliPercent(percentToMilli(1.6))).toBe('1.6%');
    expect(formatMilliPercent(3000)).toBe('3%');
    expect(() => percentToMilli(1.2345)).toThrow(RangeError);
  });
});

describe('schemas never throw and always answer with a known code', () => {
  // Plausible field names with arbitrary values, plus arbitrary inputs.
  const value = fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.double(), fc.constantFrom('2025-02-30', '2025-06-02', '2024-02-29', '', '1,000', '-5', '２０２５'));
  const cases = [
    { name: 'late fee', schema: lateFeeInputSchema, keys: ['taxKind', 'amount', 'deadline', 'paidOn', 'closedDays'] },
    { name: 'licence tax', schema: licenseTaxInputSchema, keys: ['taxYear', 'vehicleKind', 'propulsion', 'cc', 'motorPower', 'powerUnit', 'registeredOn', 'deregisteredOn'] },
    { name: 'income tax', schema: incomeTaxInputSchema, keys: ['incomeYear', 'filingStatus', 'taxpayer', 'spouse', 'dependants', 'savingsInterest', 'deduction', 'itemisedDeductions', 'tuitionPerStudent', 'preschoolChildren', 'longTermCarePersons', 'rentPaid'] },
  ];

  it.each(cases)('$name', ({ schema, keys }) => {
    const input = fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...keys), value));
    fc.assert(
      fc.property(input, (raw) => {
        const result = schema.safeParse(raw);
        for (const issue of result.error?.issues ?? []) expect(isTaxMessageCode(issue.message), issue.message).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
