// The late-fee input's zod-free path must give exactly what lateFeeInputSchema gives, or nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateLateFee } from '@/lib/tax';
import { lateFeeTimeline } from '@/lib/tax/late-fee-timeline';
import { lateFeeInputSchema } from '@/lib/tax/schemas/late-fee';
import { quickLateFeeInput } from '@/lib/tax/schemas/late-fee-quick';

const realDate = fc.date({ min: new Date('1999-06-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const dateish = fc.oneof(
  realDate,
  realDate.map((d) => ` ${d} `),
  fc.constantFrom('2025-02-30', '2025-5-31', '114/05/31', '2101-01-01', '1999-12-31', '', 20250531, null),
);
const body = fc.oneof(
  fc.record(
    {
      taxType: fc.constantFrom('income', 'house', 'customs', 'vat', 'general', 'other-local', null),
      taxKind: fc.constantFrom('national-tax', 'local-tax', 'customs-duty', 'other'),
      amount: fc.oneof(fc.integer({ min: -1, max: 2_000_000 }), fc.constantFrom(0.5, '1,000', 100_000_000_001, null)),
      deadline: dateish,
      paidOn: dateish,
      closedDays: fc.oneof(fc.array(dateish, { maxLength: 3 }), fc.constantFrom('2025-06-02', Array.from({ length: 61 }, () => '2025-06-02'))),
      extra: fc.string(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
const bill = fc.record(
  {
    taxType: fc.constantFrom('income', 'house', 'customs', 'general', 'land-value'),
    taxKind: fc.constantFrom('national-tax', 'local-tax', 'customs-duty'),
    amount: fc.integer({ min: 0, max: 2_000_000 }),
    deadline: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2026-06-30T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    paidOn: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2026-11-30T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    closedDays: fc.array(realDate, { maxLength: 2 }),
  },
  { requiredKeys: ['amount', 'deadline'] },
);

function agrees(json: unknown): 'quick' | 'schema' {
  const quick = quickLateFeeInput(json);
  if (quick === undefined) return 'schema';
  const parsed = lateFeeInputSchema.safeParse(json);
  expect(parsed.success).toBe(true);
  if (!parsed.success) return 'schema';
  expect(quick.input).toStrictEqual(parsed.data);
  expect(quick.timeline).toEqual(lateFeeTimeline(parsed.data.deadline, parsed.data.paidOn, parsed.data.closedDays));
  return 'quick';
}

describe('quickLateFeeInput', () => {
  it('answers the issue’s example without zod, and the calculation gives the same answer', () => {
    const json = { amount: 100000, deadline: '2025-05-31', paidOn: '2025-07-31' };
    expect(agrees(json)).toBe('quick');
    expect(calculateLateFee(json)).toMatchObject({ daysLate: 59, surcharge: 10000, interest: 137, total: 110137 });
  });

  it('leaves text amounts, impossible dates and years without a rate to the schema', () => {
    for (const json of [
      { amount: '100000', deadline: '2025-05-31' },
      { amount: 1, deadline: '2025-02-30' },
      { amount: 1, deadline: '2025-05-31', paidOn: '2099-01-01' },
      { amount: 1, deadline: '2025-05-31', taxKind: 'vat' },
      { amount: 1 },
    ]) {
      expect(quickLateFeeInput(json), JSON.stringify(json)).toBeUndefined();
    }
  });

  it('never answers differently from lateFeeInputSchema (property)', () => {
    fc.assert(fc.property(body, (json) => void agrees(json)), { numRuns: 3000 });
  });

  it('takes most bills itself, and agrees on every one (property)', () => {
    let quick = 0;
    fc.assert(
      fc.property(bill, (json) => {
        if (agrees(json) === 'quick') quick += 1;
      }),
      { numRuns: 1500 },
    );
    expect(quick).toBeGreaterThan(500);
  });
});
