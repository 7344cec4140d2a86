import { describe, expect, it } from 'vitest';
import { checkLeftQr } from '@/lib/lottery/qr-check';
import { parseLeftQr, type LeftQr } from '@/lib/lottery/qr';
import { sourcedPeriods } from '@/lib/lottery/records';

const periods = sourcedPeriods().map((p) => ({ key: p.key, period: p.period, numbers: p.numbers }));

/** A left QR code for `number` issued on the ROC date `rocDate` (yyyMMdd). */
function qr(number: string, rocDate: string): LeftQr {
  const text = `${number}${rocDate}1234000000640000006900000000123456780123456789abcdefghijklmn:**********:1:1:1:茶:1:105`;
  const parsed = parseLeftQr(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('checkLeftQr', () => {
  it('checks the invoice in the period of its date', () => {
    // 114年09-10月 first prize 41016094.
    const result = checkLeftQr(qr('AB41016094', '1141015'), periods, '2025-12-01');
    expect(result).toMatchObject({ status: 'checked', period: { rocYear: 114, startMonth: 9 }, item: { prize: 'first', amount: 200_000, net: 159_200 }, claimEnded: false });
  });

  it('says when the claim window has ended', () => {
    expect(checkLeftQr(qr('AB41016094', '1140901'), periods, '2026-03-06')).toMatchObject({ status: 'checked', claimEnded: true });
  });

  it('gives the draw date of a period not drawn yet', () => {
    expect(checkLeftQr(qr('AB41016094', '1151101'), periods, '2026-11-22')).toEqual({
      status: 'not_drawn',
      period: { rocYear: 115, startMonth: 11 },
      drawDate: '2027-01-25',
    });
  });

  it('a drawn period still open for claims, whose numbers are not here yet, is unavailable (not "no prize")', () => {
    // 115年09-10月 was drawn on 2026-11-25; its numbers are not in the sourced data.
    expect(checkLeftQr(qr('AB41016094', '1151015'), periods, '2026-11-30')).toEqual({
      status: 'unavailable',
      period: { rocYear: 115, startMonth: 9 },
      drawDate: '2026-11-25',
    });
    expect(checkLeftQr(qr('AB41016094', '1151015'), periods, '2026-11-24')).toMatchObject({ status: 'not_drawn' });
  });

  it('says when a drawn period has no numbers here', () => {
    expect(checkLeftQr(qr('AB41016094', '0900101'), periods, '2026-11-22')).toMatchObject({ status: 'no_numbers', period: { rocYear: 90, startMonth: 1 } });
  });
});
