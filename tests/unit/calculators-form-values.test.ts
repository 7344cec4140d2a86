import { describe, expect, it } from 'vitest';
import { fieldId, MAX_FIELD_LENGTH, normaliseDate, queryFromValues, splitList, valuesFromForm, valuesFromQuery } from '@/lib/calculators/form-values';
import { formatMoney, formatRate, localizeDates, stepDates } from '@/lib/calculators/display';
import { acceptsLateFeeField } from '@/lib/calculators/late-fee-form';

describe('normaliseDate', () => {
  it.each([
    ['2025-05-31', '2025-05-31'],
    [' 2025/5/31 ', '2025-05-31'],
    ['2025.05.31', '2025-05-31'],
    ['20250531', '2025-05-31'],
    ['114/05/31', '2025-05-31'],
    ['114/5/1', '2025-05-01'],
    ['99/12/31', '2010-12-31'],
    ['民國114年5月31日', '2025-05-31'],
    ['２０２５－０５－３１', '2025-05-31'],
    ['2025-02-30', '2025-02-30'], // real-date checks are the schema's
  ])('%s → %s', (typed, iso) => {
    expect(normaliseDate(typed)).toBe(iso);
  });

  it('leaves what is not a date for the schema to refuse', () => {
    expect(normaliseDate('next Tuesday')).toBe('next Tuesday');
    expect(normaliseDate('31/05/2025')).toBe('31/05/2025');
  });
});

describe('splitList', () => {
  it('splits on commas, spaces, new lines and 、', () => {
    expect(splitList('2025-06-02, 2025-06-03\n114/6/4、2025-06-05')).toEqual(['2025-06-02', '2025-06-03', '114/6/4', '2025-06-05']);
    expect(splitList('  ')).toEqual([]);
  });
});

describe('query ⇄ values', () => {
  const values = { taxKind: 'national-tax', amount: '100,000', deadline: '2025-05-31', paidOn: '', closedDays: ' ' };

  it('keeps non-blank fields in form order', () => {
    expect(queryFromValues(values)).toBe('taxKind=national-tax&amount=100%2C000&deadline=2025-05-31');
  });

  it('round-trips through a query string', () => {
    const query = queryFromValues(values);
    expect(valuesFromQuery(`?${query}`, acceptsLateFeeField)).toEqual({ taxKind: 'national-tax', amount: '100,000', deadline: '2025-05-31' });
  });

  it('drops unknown fields, repeats and overlong text', () => {
    const long = 'x'.repeat(MAX_FIELD_LENGTH + 50);
    const read = valuesFromQuery(`utm_source=mail&amount=1&amount=2&deadline=${long}`, acceptsLateFeeField);
    expect(read).toEqual({ amount: '1', deadline: 'x'.repeat(MAX_FIELD_LENGTH) });
  });

  it('reads a form post and ignores files and the locale', () => {
    const form = new FormData();
    form.set('locale', 'en');
    form.set('amount', '5');
    form.set('closedDays', new Blob(['x']));
    expect(valuesFromForm(form.entries(), acceptsLateFeeField)).toEqual({ amount: '5' });
  });

  it('gives each field an id an error summary can link to', () => {
    expect(fieldId('dependants.2.salary')).toBe('calc-dependants-2-salary');
  });
});

describe('display', () => {
  it('formats money in whole NTD in each language', () => {
    expect(formatMoney(110137, 'zh-Hant-TW')).toBe('110,137 元');
    expect(formatMoney(110137, 'en')).toBe('NT$110,137');
    expect(formatRate(0.1, 'en')).toBe('10%');
    expect(formatRate(0.022125, 'en')).toBe('2.21%');
  });

  it('shows ISO dates in a step the way Taiwan reads them, and only real dates', () => {
    expect(localizeDates('順延至 2025-06-02', 'zh-Hant-TW')).toBe('順延至 民國114年6月2日');
    expect(localizeDates('moved to 2025-06-02', 'en')).toBe('moved to June 2, 2025');
    expect(localizeDates('not 2025-02-30', 'en')).toBe('not 2025-02-30');
  });

  it('shows a step value only when it is a date range the label lacks', () => {
    const basis = { law: { 'zh-Hant-TW': '', en: '' }, citation: { 'zh-Hant-TW': '', en: '' } };
    expect(stepDates({ id: 'p', label: { 'zh-Hant-TW': '滯納期間', en: 'Surcharge period' }, value: '2025-06-03 – 2025-07-02', basis })).toBe('2025-06-03 – 2025-07-02');
    expect(stepDates({ id: 'd', label: { 'zh-Hant-TW': '期限 2025-06-02', en: 'Deadline 2025-06-02' }, value: '2025-06-02', basis })).toBeNull();
    expect(stepDates({ id: 'r', label: { 'zh-Hant-TW': '規定', en: 'Rule' }, value: 'art20-2022', basis })).toBeNull();
  });
});
