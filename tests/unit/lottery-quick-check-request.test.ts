// The check API's zod-free path must answer exactly what checkRequestSchema answers, or nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRequestSchema, quickCheckRequest } from '@/lib/lottery/api-schemas';

const period = fc.constantFrom('11409', ' 11410 ', '11407', '1140', '99999', '', 'abc', '11413');
const item = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(null), fc.boolean(), fc.constant({}));
const body = fc.oneof(
  fc.record({ period, numbers: fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }) }),
  fc.record({ period, numbers: fc.array(item, { maxLength: 5 }), extra: fc.string() }, { requiredKeys: [] }),
  fc.anything(),
);

describe('quickCheckRequest', () => {
  it('answers a well-formed body without zod', () => {
    expect(quickCheckRequest({ period: ' 11409 ', numbers: ['AB12345678'], other: 1 })).toEqual({ period: '11409', numbers: ['AB12345678'] });
  });

  it('leaves everything else to the schema', () => {
    expect(quickCheckRequest({ period: '11409', numbers: [] })).toBeUndefined();
    expect(quickCheckRequest({ period: '11409', numbers: [12345678] })).toBeUndefined();
    expect(quickCheckRequest({ period: 'x', numbers: ['1'] })).toBeUndefined();
    expect(quickCheckRequest({ period: '11409', numbers: Array.from({ length: 10_001 }, () => '1') })).toBeUndefined();
  });

  it('never answers differently from checkRequestSchema (property)', () => {
    fc.assert(
      fc.property(body, (json) => {
        const quick = quickCheckRequest(json);
        if (quick === undefined) return;
        const parsed = checkRequestSchema.safeParse(json);
        expect(parsed.success).toBe(true);
        expect(quick).toEqual(parsed.data);
      }),
      { numRuns: 2000 },
    );
  });
});
