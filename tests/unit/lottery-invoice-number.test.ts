import { describe, expect, it } from 'vitest';
import { compactInvoiceNumber, formatInvoiceNumber, parseInvoiceNumber } from '@/lib/lottery/invoice-number';

describe('invoice numbers', () => {
  it.each(['AB12345678', 'AB-12345678', 'ab12345678', 'ＡＢ－１２３４５６７８', ' AB 1234 5678 ', 'Ab–12345678'])('normalises %j', (input) => {
    expect(parseInvoiceNumber(input)).toEqual({ ok: true, value: { track: 'AB', digits: '12345678' } });
  });

  it('accepts the 8 digits alone (enough for the regular prizes)', () => {
    expect(parseInvoiceNumber('12345678')).toEqual({ ok: true, value: { track: null, digits: '12345678' } });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['AB1234567', 'length'],
    ['AB123456789', 'length'],
    ['A12345678', 'track'],
    ['ABC12345678', 'track'],
    ['AB1234#678', 'characters'],
    ['12AB345678', 'characters'],
  ])('explains what is wrong with %j', (input, code) => {
    const result = parseInvoiceNumber(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it('says how many digits there were', () => {
    const result = parseInvoiceNumber('AB1234567');
    expect(!result.ok && result.error.message).toContain('7');
  });

  it('prints both forms', () => {
    expect(formatInvoiceNumber({ track: 'AB', digits: '00000001' })).toBe('AB-00000001');
    expect(compactInvoiceNumber({ track: 'AB', digits: '00000001' })).toBe('AB00000001');
    expect(formatInvoiceNumber({ track: null, digits: '00000001' })).toBe('00000001');
  });
});
