import { describe, expect, it } from 'vitest';
import { POST as incomeTax } from '@/app/api/v1/calculators/income-tax/route';
import { POST as lateFee, runtime } from '@/app/api/v1/calculators/late-fee/route';
import { POST as licenseTax } from '@/app/api/v1/calculators/license-tax/route';
import { CALCULATOR_MAX_BODY_BYTES } from '@/lib/calculators/api';
import { calculateLateFee } from '@/lib/tax';

function post(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Request {
  return new Request('https://tax.example/api/v1/calculators/x', { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers });
}

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

describe('POST /api/v1/calculators/late-fee', () => {
  it('runs on Node: next start answers edge routes only after the whole body arrived (issue 9)', () => {
    expect(runtime).toBe('nodejs');
  });

  it('answers the issue’s example in whole NTD, with steps', async () => {
    const response = await lateFee(post({ amount: 100000, deadline: '2025-05-31', paidOn: '2025-07-31' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({ taxKind: 'national-tax', daysLate: 59, surcharge: 10000, interest: 137, total: 110137 });
    expect(body).toEqual(JSON.parse(JSON.stringify(calculateLateFee({ amount: 100000, deadline: '2025-05-31', paidOn: '2025-07-31' }))));
    expect(body.steps.map((s: { id: string }) => s.id)).toContain('surcharge');
  });

  it('gives each bad field a 400 message in English', async () => {
    const response = await lateFee(post({ amount: -1, deadline: '2025-02-30', taxKind: 'vat' }));
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorBody;
    expect(error.code).toBe('bad_request');
    expect(error.fields).toEqual({
      taxKind: ['Choose the kind of tax: national tax, local tax or customs duty.'],
      amount: ['The amount cannot be negative.'],
      deadline: ['This date does not exist (for example 30 February).'],
    });
  });

  it('fills params into messages and checks dates against each other', async () => {
    const future = (await (await lateFee(post({ amount: 1000, deadline: '2026-12-01', paidOn: '2027-03-01' }))).json()) as ErrorBody;
    expect(future.error.fields?.paidOn?.[0]).toMatch(/for 2027 is not in our table/);
  });

  it('takes an optional taxType and says which it used', async () => {
    const body = (await (await lateFee(post({ amount: 1000, deadline: '2025-05-30', paidOn: '2025-08-01', taxType: 'land-value' }))).json()) as { taxType: string; taxKind: string };
    expect(body).toMatchObject({ taxType: 'land-value', taxKind: 'local-tax' });
    const general = (await (await lateFee(post({ amount: 1000, deadline: '2025-05-30', paidOn: '2025-08-01' }))).json()) as { taxType: string };
    expect(general.taxType).toBe('general');
  });

  it('answers 200 with daysLate 0 for a payment on or before the deadline (issue 11)', async () => {
    const response = await lateFee(post({ amount: 1000, deadline: '2025-05-31', paidOn: '2025-05-01' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ daysLate: 0, surcharge: 0, interest: 0, total: 1000, referral: { referred: false } });
    // On the moved deadline itself (Saturday 2025-05-31 → Monday 06-02), still nothing late.
    const onDay = await lateFee(post({ amount: 1000, deadline: '2025-05-31', paidOn: '2025-06-02' }));
    expect(await onDay.json()).toMatchObject({ daysLate: 0, surcharge: 0, interest: 0 });
  });

  it('refuses a body that is not a JSON object, not JSON or too large', async () => {
    const list = (await (await lateFee(post([1, 2]))).json()) as ErrorBody;
    expect(list.error.fields).toEqual({ '(body)': ['This field has the wrong form.'] });
    expect((await lateFee(post('{'))).status).toBe(400);
    expect((await lateFee(post({ amount: 1 }, { 'content-type': 'text/plain' }))).status).toBe(415);
    expect((await lateFee(post({ amount: 1, closedDays: ['x'.repeat(CALCULATOR_MAX_BODY_BYTES)] }))).status).toBe(413);
  });
});

describe('POST /api/v1/calculators/license-tax', () => {
  it('taxes a car and refuses an unknown vehicle kind', async () => {
    const ok = await licenseTax(post({ taxYear: 2026, vehicleKind: 'private-car', cc: 1798 }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ annualAmount: 7120, amount: 7120 });
    const bad = (await (await licenseTax(post({ taxYear: 2026, vehicleKind: 'truck', cc: 3000 }))).json()) as ErrorBody;
    expect(bad.error.fields).toEqual({ vehicleKind: ['Choose the vehicle: private passenger car, commercial passenger car or motorcycle.'] });
  });
});

describe('POST /api/v1/calculators/income-tax', () => {
  it('taxes a household and names a bad dependant field by its path', async () => {
    const ok = await incomeTax(post({ incomeYear: 114, filingStatus: 'single', taxpayer: { salary: 800000 } }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ taxPayable: 17700, method: 'combined' });
    const bad = (await (await incomeTax(post({ incomeYear: 114, filingStatus: 'single', taxpayer: {}, dependants: [{}, { salary: -1 }] }))).json()) as ErrorBody;
    expect(bad.error.fields).toEqual({ 'dependants.1.salary': ['The amount cannot be negative.'] });
  });
});
