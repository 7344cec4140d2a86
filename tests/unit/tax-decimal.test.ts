import { describe, expect, it } from 'vitest';
import { POST as incomeTax } from '@/app/api/v1/calculators/income-tax/route';
import { POST as lateFee } from '@/app/api/v1/calculators/late-fee/route';
import { POST as licenseTax } from '@/app/api/v1/calculators/license-tax/route';
import { parseDecimal } from '@/lib/tax/decimal';
import { lateFeeInputSchema } from '@/lib/tax/schemas/late-fee';
import { taxMessage } from '@/lib/tax/messages';

describe('parseDecimal', () => {
  it.each([
    ['12', 12],
    [' 12 ', 12],
    ['+7', 7],
    ['-3', -3],
    ['12.5', 12.5],
    ['007', 7],
    ['100,000', 100_000],
    ['1,234,567.25', 1_234_567.25],
    ['１２', 12], // full-width digits from a Chinese input method
    ['１００，０００', 100_000], // and the full-width comma
    ['１２．５', 12.5],
    ['\u3000１２\u3000', 12], // ideographic spaces around it
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each([
    '0x10', '0X10', '0b11', '0o7', '1e3', '1E3', '1e-3', 'Infinity', '-Infinity', 'NaN', '', ' ', '.5', '5.', '1.2.3',
    '1,00', '10,0000', ',100', '100,', '1 000', '12abc', 'NT$100', '１２ａ', '--1', '9'.repeat(400),
  ])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});

describe('calculator schemas read numbers strictly', () => {
  const base = { deadline: '2025-05-31', paidOn: '2025-07-31' };
  it('accepts text amounts with separators and full-width digits', () => {
    expect(lateFeeInputSchema.parse({ ...base, amount: '100,000' }).amount).toBe(100_000);
    expect(lateFeeInputSchema.parse({ ...base, amount: '１００，０００' }).amount).toBe(100_000);
  });

  it.each(['0x10', '0b11', '1e3', 'Infinity'])('refuses the amount %j with the number message', (amount) => {
    const result = lateFeeInputSchema.safeParse({ ...base, amount });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['amount', 'number_invalid']]);
  });

  it('says how to write a number in both languages', () => {
    expect(taxMessage('number_invalid', 'zh-Hant-TW')).toBe('請以阿拉伯數字填寫，例如 1,500 或 12.5。');
    expect(taxMessage('number_invalid', 'en')).toBe('Enter a number in digits, like 1,500 or 12.5.');
  });
});

function post(body: unknown): Request {
  return new Request('https://tax.example/api/v1/calculators/x', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
}

type ErrorBody = { error: { code: string; fields?: Record<string, string[]> } };

describe('calculator APIs answer 400 for numbers that are not plain decimals', () => {
  it('late fee: "0x10" as the amount', async () => {
    const response = await lateFee(post({ amount: '0x10', deadline: '2025-05-31', paidOn: '2025-07-31' }));
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorBody;
    expect(error.code).toBe('bad_request');
    expect(error.fields).toEqual({ amount: ['Enter a number in digits, like 1,500 or 12.5.'] });
  });

  it('licence tax: "0b11" as the displacement and "1e3" as the motor power', async () => {
    const cc = (await (await licenseTax(post({ taxYear: 2026, vehicleKind: 'private-car', cc: '0b11' }))).json()) as ErrorBody;
    expect(Object.keys(cc.error.fields ?? {})).toEqual(['cc']);
    const ev = await licenseTax(post({ taxYear: 2026, vehicleKind: 'private-car', propulsion: 'electric', motorPower: '1e3' }));
    expect(ev.status).toBe(400);
    expect(((await ev.json()) as ErrorBody).error.fields).toEqual({ motorPower: ['Enter a number in digits, like 1,500 or 12.5.'] });
  });

  it('income tax: a hex salary and a hex year', async () => {
    const response = await incomeTax(post({ incomeYear: '0x71', filingStatus: 'single', taxpayer: { salary: '0x10' } }));
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorBody;
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['incomeYear', 'taxpayer.salary']);
  });

  it('still takes decimal text and full-width digits', async () => {
    const response = await lateFee(post({ amount: '１００，０００', deadline: '2025-05-31', paidOn: '2025-07-31' }));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { total: number }).total).toBe(110137);
  });
});
