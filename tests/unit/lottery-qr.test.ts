import { describe, expect, it } from 'vitest';
import { parseLeftQr } from '@/lib/lottery/qr';

// The example quoted in data/domain/README.md §3 has 76 characters before its first ':'
// (its sales field lost a digit: '000000a'); this is the same code with the field complete.
const PUBLISHED = 'AC1238759711406244115000000a0000000a8280806212345678ynP6P9mSgOQjIIg1jusZVA==:**********:1:2:0:';
const EXAMPLE = 'AC12387597114062441150000000a0000000a8280806212345678ynP6P9mSgOQjIIg1jusZVA==:**********:1:2:0:';

describe('left QR code', () => {
  it('reads the number, date, random code, amounts and business IDs', () => {
    expect(parseLeftQr(EXAMPLE)).toEqual({
      ok: true,
      value: {
        invoice: { track: 'AC', digits: '12387597' },
        date: '2025-06-24',
        randomCode: '4115',
        salesAmount: 10,
        totalAmount: 10,
        buyerBan: '82808062',
        sellerBan: '12345678',
      },
    });
  });

  it('refuses the published 76-character example, saying a part is missing', () => {
    expect(parseLeftQr(PUBLISHED)).toMatchObject({ ok: false, error: { code: 'qr_short' } });
    const result = parseLeftQr(PUBLISHED);
    expect(!result.ok && result.error.message).toContain('76');
  });

  it('treats 00000000 as no buyer and untaxed-split sales', () => {
    const qr = `${EXAMPLE.slice(0, 21)}000000000000012c00000000${EXAMPLE.slice(45)}`;
    const result = parseLeftQr(qr);
    expect(result).toMatchObject({ ok: true, value: { salesAmount: null, totalAmount: 300, buyerBan: null } });
  });

  it.each([
    ['**測試商品1:1:170', 'qr_right'],
    ['AC12387597', 'qr_short'],
    [`ac${EXAMPLE.slice(2)}`, 'qr_number'],
    [`${EXAMPLE.slice(0, 10)}1141332${EXAMPLE.slice(17)}`, 'qr_date'],
    [`${EXAMPLE.slice(0, 17)}41x5${EXAMPLE.slice(21)}`, 'qr_random'],
    [`${EXAMPLE.slice(0, 21)}0000000g${EXAMPLE.slice(29)}`, 'qr_amount'],
    [`${EXAMPLE.slice(0, 37)}8280806A${EXAMPLE.slice(45)}`, 'qr_ban'],
  ])('explains what is wrong (%#)', (input, code) => {
    const result = parseLeftQr(input);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });
});
