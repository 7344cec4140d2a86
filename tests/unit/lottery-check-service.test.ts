import { describe, expect, it } from 'vitest';
import { checkNumbers, checkNumbersIn } from '@/lib/lottery/check-service';
import { csvCell, periodCsv, periodDto } from '@/lib/lottery/period-dto';
import { sourcedPeriods } from '@/lib/lottery/records';

const record = sourcedPeriods().find((p) => p.key === '11409')!;

describe('checkNumbers', () => {
  it('answers in the order given, with per-item errors, net payout and claim window', () => {
    const results = checkNumbers(record, ['AB-41016094', 'x', '00000261']);
    expect(results).toEqual([
      { number: 'AB41016094', period: '11409', status: 'checked', prize: 'first', amount: 200_000, net: 159_200, claim: { from: '2025-12-06', to: '2026-03-05' } },
      { number: 'x', period: '11409', status: 'error', error: expect.objectContaining({ code: 'track' }) },
      { number: '00000261', period: '11409', status: 'checked', prize: 'sixth', amount: 200, net: 200, claim: { from: '2025-12-06', to: '2026-03-05' } },
    ]);
  });

  it('flags tiers a period cannot check (114年07-08月 has no reliable special number)', () => {
    const partial = sourcedPeriods().find((p) => p.key === '11407')!;
    expect(checkNumbers(partial, ['12345678'])[0]).toMatchObject({ prize: null, unchecked: ['special'] });
  });
});

describe('checkNumbersIn: a period without numbers is "unavailable", never "no prize"', () => {
  const sepOct = { rocYear: 115, startMonth: 9 } as const;

  it('after the draw, until the claim deadline: awaiting its numbers', () => {
    expect(checkNumbersIn(sepOct, null, ['AB-12345678', 'bad'], new Date('2026-11-30T04:00:00Z'))).toEqual([
      { number: 'AB12345678', period: '11509', status: 'unavailable', reason: 'awaiting', drawDate: '2026-11-25' },
      { number: 'bad', period: '11509', status: 'error', error: expect.objectContaining({ code: 'track' }) },
    ]);
  });

  it('before the draw (14:00 in Taiwan on the 25th): not drawn; an old period: no numbers here', () => {
    expect(checkNumbersIn(sepOct, null, ['12345678'], new Date('2026-11-25T05:00:00Z'))[0]).toMatchObject({ status: 'unavailable', reason: 'not_drawn' });
    expect(checkNumbersIn({ rocYear: 112, startMonth: 1 }, null, ['12345678'], new Date('2026-11-30T04:00:00Z'))[0]).toMatchObject({
      status: 'unavailable',
      reason: 'no_numbers',
    });
  });

  it('with a record, checks as checkNumbers does', () => {
    expect(checkNumbersIn(record.period, record, ['AB41016094'], new Date())[0]).toMatchObject({ status: 'checked', prize: 'first' });
  });
});

describe('period DTO and CSV', () => {
  it('names both keys and the claim window', () => {
    expect(periodDto(record)).toMatchObject({ period: '11409', invTerm: '11410', drawDate: '2025-11-25', special: '25834483' });
  });

  it('makes formula-like cells safe and quotes separators', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
  });

  it('writes one row per number', () => {
    expect(periodCsv(record).trim().split('\r\n')).toHaveLength(1 + 5);
  });
});

describe('check request schema', () => {
  it('refuses more than 10,000 numbers with a 413 before parsing any of them', async () => {
    const { checkRequestSchema } = await import('@/lib/lottery/api-schemas');
    const { ApiError } = await import('@/lib/api/errors');
    const numbers = Array.from({ length: 10_001 }, () => ({ not: 'a number' }));
    let thrown: unknown;
    try {
      checkRequestSchema.safeParse({ period: '11409', numbers });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect((thrown as InstanceType<typeof ApiError>).status).toBe(413);
  });
});
