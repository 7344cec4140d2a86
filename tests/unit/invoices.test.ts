import { describe, expect, it } from 'vitest';
import { drawStatus } from '@/lib/invoices/claim';
import { maskDonated, prizeOf, type InvoiceDetailDto } from '@/lib/invoices/dto';
import { decodeCursor, encodeCursor, invoiceListQuerySchema, invoiceNumberSchema, queryInput } from '@/lib/invoices/schemas';

const numbers = { special: '11111111', grand: '22222222', first: ['12345678', '87654321', '55555555'], additionalSixth: [] };

describe('invoice list query', () => {
  it('parses a period either way and defaults the page size', () => {
    const q = invoiceListQuerySchema.parse(queryInput(new URLSearchParams('period=11410&seller=&minAmount=10')));
    expect(q).toMatchObject({ period: { rocYear: 114, startMonth: 9 }, minAmount: 10, limit: 50 });
    expect(q.seller).toBeUndefined();
    expect(invoiceListQuerySchema.parse({ period: '114/09-10' }).period).toEqual({ rocYear: 114, startMonth: 9 });
  });

  it.each([
    [{ period: '11413' }, 'period'],
    [{ period: 'abc' }, 'period'],
    [{}, 'period'],
    [{ period: '11410', minAmount: '-1' }, 'minAmount'],
    [{ period: '11410', minAmount: '50', maxAmount: '10' }, 'minAmount'],
    [{ period: '11410', from: '2025-02-30' }, 'from'],
    [{ period: '11410', from: '2025-10-02', to: '2025-10-01' }, 'from'],
    [{ period: '11410', limit: '1000' }, 'limit'],
    [{ period: '11410', cursor: 'bm9wZQ' }, 'cursor'],
    [{ period: '11410', carrierId: 'x' }, 'carrierId'],
    [{ period: '11410', q: 'x'.repeat(101) }, 'q'],
  ])('refuses %j at %s', (input, field) => {
    const r = invoiceListQuerySchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0])).toContain(field);
  });

  it('round-trips a cursor and refuses a forged one', () => {
    const c = { issuedAt: '2025-10-01T12:30:00', id: 1_000_000_123_456 };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor('!!!')).toBeNull();
    expect(decodeCursor(btoa("2025-10-01T12:30:00|1' or 1=1"))).toBeNull();
  });

  it('normalises invoice numbers and refuses others', () => {
    expect(invoiceNumberSchema.parse('ab-1234 5678')).toBe('AB12345678');
    expect(invoiceNumberSchema.safeParse('A12345678').success).toBe(false);
    expect(invoiceNumberSchema.safeParse('AB1234567').success).toBe(false);
  });
});

describe('prize flags', () => {
  it('finds the regular prize from the digits and the cloud prize from the full number', () => {
    expect(prizeOf('XY99995678', numbers, new Map())).toMatchObject({ key: 'fifth', kind: 'regular', amount: 1000 });
    expect(prizeOf('XY00000000', numbers, new Map())).toBeNull();
    expect(prizeOf('XY00000000', numbers, new Map([['XY00000000', 'cloud2000']]))).toMatchObject({ key: 'cloud2000', kind: 'cloud', amount: 2000 });
    expect(prizeOf('XY99995678', null, new Map())).toBeNull();
  });

  it('knows the draw and the claim window', () => {
    const p = { rocYear: 115, startMonth: 7 } as const;
    expect(drawStatus(p, false, new Date('2026-09-01T00:00:00+08:00'))).toMatchObject({ state: 'not_drawn', claim: 'not_yet', drawDate: '2026-09-25' });
    expect(drawStatus(p, false, new Date('2026-09-26T00:00:00+08:00'))).toMatchObject({ state: 'awaiting_numbers' });
    expect(drawStatus(p, true, new Date('2026-11-30T00:00:00+08:00'))).toMatchObject({ state: 'drawn', claim: 'open', claimFrom: '2026-10-06', claimTo: '2027-01-05' });
    expect(drawStatus(p, true, new Date('2027-01-06T00:00:00+08:00')).claim).toBe('closed');
  });

  it('masks a donated invoice: last 3 digits, random code, and never a prize', () => {
    const dto = { number: 'AB12345678', donated: true, prize: { key: 'sixth' }, payout: 'no_account', randomCode: '1234' } as unknown as InvoiceDetailDto;
    expect(maskDonated(dto)).toMatchObject({ number: 'AB12345***', prize: null, randomCode: null, payout: 'not_applicable' });
    expect(maskDonated({ ...dto, donated: false })).toMatchObject({ number: 'AB12345678' });
  });
});

describe('invoice labels', async () => {
  const { carrierLabel, carrierTypeName, printedNumber } = await import('@/lib/invoices/labels');
  it('names carriers, showing a card by its last 4 digits and a barcode in full', () => {
    expect(carrierLabel({ typeCode: '3J0002', number: '/TAXC001' }, 'zh-Hant-TW')).toBe('手機條碼 /TAXC001');
    expect(carrierLabel({ typeCode: '1K0001', number: '0000001000000001' }, 'en')).toBe('EasyCard ••••0001');
    expect(carrierTypeName('ZZ9999', 'en')).toBe('ZZ9999');
    expect(printedNumber('AB12345678')).toBe('AB-12345678');
  });
});
