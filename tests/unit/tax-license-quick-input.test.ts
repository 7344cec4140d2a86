// The licence-tax input's zod-free path must give exactly what licenseTaxInputSchema gives, or nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { licenseTaxInputSchema } from '@/lib/tax/schemas/license-tax';
import { quickLicenseTaxInput } from '@/lib/tax/schemas/license-tax-quick';

const body = fc.oneof(
  fc.record(
    {
      taxYear: fc.oneof(fc.integer({ min: 1999, max: 2101 }), fc.constantFrom('2026', 2026.5, null)),
      vehicleKind: fc.constantFrom('private-car', 'commercial-car', 'motorcycle', 'truck', null),
      propulsion: fc.constantFrom('engine', 'electric', 'steam'),
      cc: fc.oneof(fc.integer({ min: -1, max: 100_001 }), fc.constantFrom('1798', 1.5, 0, null)),
      motorPower: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.constant('100')),
      powerUnit: fc.constantFrom('hp', 'ps', 'kw'),
      registeredOn: fc.constantFrom('2026-03-01', '2025-03-01', 'x'),
      deregisteredOn: fc.constantFrom('2026-09-01', '2026-01-01'),
      extra: fc.string(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
const car = fc.record(
  {
    taxYear: fc.integer({ min: 2000, max: 2100 }),
    vehicleKind: fc.constantFrom('private-car', 'commercial-car', 'motorcycle'),
    propulsion: fc.constant('engine'),
    cc: fc.integer({ min: 1, max: 100_000 }),
    powerUnit: fc.constantFrom('hp', 'ps'),
  },
  { requiredKeys: ['taxYear', 'vehicleKind', 'cc'] },
);

function agrees(json: unknown): 'quick' | 'schema' {
  const quick = quickLicenseTaxInput(json);
  if (quick === undefined) return 'schema';
  const parsed = licenseTaxInputSchema.safeParse(json);
  expect(parsed.success).toBe(true);
  expect(quick).toStrictEqual(parsed.data);
  return 'quick';
}

describe('quickLicenseTaxInput', () => {
  it('answers the common engine car without zod', () => {
    expect(agrees({ taxYear: 2026, vehicleKind: 'private-car', cc: 1798 })).toBe('quick');
  });

  it('leaves electric vehicles, dates and text numbers to the schema', () => {
    for (const json of [
      { taxYear: 2026, vehicleKind: 'private-car', propulsion: 'electric', motorPower: 100 },
      { taxYear: 2026, vehicleKind: 'private-car', cc: 1798, registeredOn: '2026-03-01' },
      { taxYear: '2026', vehicleKind: 'private-car', cc: 1798 },
      { taxYear: 2026, vehicleKind: 'private-car' },
    ]) {
      expect(quickLicenseTaxInput(json), JSON.stringify(json)).toBeUndefined();
    }
  });

  it('never answers differently from licenseTaxInputSchema (property)', () => {
    fc.assert(fc.property(body, (json) => void agrees(json)), { numRuns: 3000 });
  });

  it('takes every common engine vehicle itself (property)', () => {
    fc.assert(
      fc.property(car, (json) => {
        expect(agrees(json)).toBe('quick');
      }),
      { numRuns: 1000 },
    );
  });
});
