import { describe, expect, it } from 'vitest';
import { linkCarrierSchema, unlinkCarrierSchema } from '@/lib/carriers/schemas';
import { CARRIER_TYPES, LINKABLE_TYPES, luhnValid, maskCarrierNumber, normaliseCarrierNumber, validateCarrierNumber } from '@/lib/carriers/types';

describe('carrier types', () => {
  it('are the platform codes of README §3, and the mobile barcode is not linkable by hand', () => {
    expect(CARRIER_TYPES.map((t) => t.code)).toEqual(['3J0002', 'CQ0001', '1K0001', '1H0001', '2G0001', 'EK0002', 'EG0002']);
    expect(LINKABLE_TYPES.map((t) => t.code)).not.toContain('3J0002');
  });
});

describe('validateCarrierNumber', () => {
  it.each([
    ['3J0002', '/ABC1234', '/ABC1234'],
    ['3J0002', ' /ab+-.12 ', '/AB+-.12'],
    ['CQ0001', 'AB12345678901234', 'AB12345678901234'],
    ['CQ0001', 'ａｂ１２３４５６７８９０１２３４', 'AB12345678901234'],
    ['1K0001', '1234 5678 9012 3456', '1234567890123456'],
    ['1H0001', '1234-5678-9012-3456', '1234567890123456'],
    ['2G0001', '1234567890123456', '1234567890123456'],
    ['EK0002', '4111 1111 1111 1111', '4111111111111111'],
    ['EG0002', 'abc123', 'ABC123'],
  ] as const)('%s accepts %j as %s', (type, input, expected) => {
    expect(validateCarrierNumber(type, input)).toEqual({ ok: true, number: expected });
  });

  it.each([
    ['3J0002', '', 'empty'],
    ['3J0002', 'ABC1234', 'format'],
    ['3J0002', '/ABC123', 'format'],
    ['3J0002', '/ABC12_4', 'format'],
    ['CQ0001', 'A123456789012345', 'format'],
    ['CQ0001', 'AB1234567890123', 'format'],
    ['1K0001', '123456789012345', 'format'],
    ['1H0001', '12345678901234567', 'format'],
    ['2G0001', '12345678ABCDEFGH', 'format'],
    ['EK0002', '4111111111111112', 'checkDigit'],
    ['EK0002', '41111111111', 'format'],
    ['EG0002', 'ab', 'format'],
    ['EG0002', '/ABC1234', 'format'],
  ] as const)('%s refuses %j (%s)', (type, input, error) => {
    expect(validateCarrierNumber(type, input)).toEqual({ ok: false, error });
  });

  it('keeps the mobile barcode’s own hyphens but drops separators elsewhere', () => {
    expect(normaliseCarrierNumber('3J0002', '/AB-C123')).toBe('/AB-C123');
    expect(normaliseCarrierNumber('1K0001', '1234-5678')).toBe('12345678');
  });
});

describe('luhnValid', () => {
  it.each(['4111111111111111', '5500005555555559', '79927398713', '0'])('%s is valid', (n) => expect(luhnValid(n)).toBe(true));
  it.each(['4111111111111112', '79927398710', '', '12a4'])('%j is not', (n) => expect(luhnValid(n)).toBe(false));
});

describe('maskCarrierNumber', () => {
  it('shows the mobile barcode whole and only the last 4 characters of anything else', () => {
    expect(maskCarrierNumber('3J0002', '/ABC1234')).toBe('/ABC1234');
    expect(maskCarrierNumber('EK0002', '4111111111111111')).toBe('••••1111');
    expect(maskCarrierNumber('CQ0001', 'AB12345678901234')).toBe('••••1234');
    expect(maskCarrierNumber('EG0002', 'ABC123')).toBe('••••C123');
  });
});

describe('linkCarrierSchema', () => {
  it('normalises a valid number', () => {
    expect(linkCarrierSchema.parse({ typeCode: '1K0001', number: '1234 5678 9012 3456' })).toEqual({ typeCode: '1K0001', number: '1234567890123456' });
  });

  it('puts a bad number on the number field, with the type in the message code', () => {
    const result = linkCarrierSchema.safeParse({ typeCode: 'CQ0001', number: 'X1' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['number', 'numberFormat.CQ0001']]);
  });

  it('refuses the mobile barcode type and unknown types on the type field', () => {
    for (const typeCode of ['3J0002', 'XX0000', '']) {
      const result = linkCarrierSchema.safeParse({ typeCode, number: '/ABC1234' });
      expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['typeCode', 'typeInvalid']]);
    }
  });

  it('unlink takes a positive integer id only', () => {
    expect(unlinkCarrierSchema.safeParse({ carrierId: '12' }).success).toBe(true);
    expect(unlinkCarrierSchema.safeParse({ carrierId: '1; drop' }).success).toBe(false);
  });
});
