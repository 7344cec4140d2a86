import { describe, expect, it } from 'vitest';
import { leftQrText, proofBarcodeText, proofCodesOf } from '@/lib/invoices/proof-codes';
import { parseLeftQr } from '@/lib/lottery/qr';

const INVOICE = { number: 'XY95061541', period: '11508', issuedAt: '2026-08-31T19:05:00', randomCode: '4115', amount: 1234, sellerBan: '12345676', items: 3 };

describe('the codes of an e-invoice proof', () => {
  it('gives the 19-character Code 39 text: period, number, random code', () => {
    expect(proofBarcodeText(INVOICE)).toBe('11508XY950615414115');
    expect(proofBarcodeText(INVOICE)).toHaveLength(19);
  });

  it('gives a left QR that the portal’s own checker reads back', () => {
    const text = leftQrText(INVOICE);
    expect(text.split(':')[0]).toHaveLength(77);
    const parsed = parseLeftQr(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({ date: '2026-08-31', randomCode: '4115', totalAmount: 1234, salesAmount: null, buyerBan: null, sellerBan: '12345676' });
    expect(`${parsed.value.invoice.track}${parsed.value.invoice.digits}`).toBe('XY95061541');
    expect(text.endsWith(':**********:0:3:1:')).toBe(true);
  });

  it('shows no codes for a donated invoice, whose random code is hidden', () => {
    const detail = { number: 'XY95061541', period: '11508', issuedAt: '2026-08-31T19:05:00', amount: 1234, seller: { ban: '12345676' }, items: [1, 2, 3] };
    expect(proofCodesOf({ ...detail, randomCode: null })).toBeNull();
    expect(proofCodesOf({ ...detail, randomCode: '4115' })).toEqual({ barcode: '11508XY950615414115', qr: leftQrText(INVOICE) });
  });
});
