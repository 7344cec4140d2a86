import { describe, expect, it } from 'vitest';
import { LOVE_CODE_DIRECTORY } from '@/lib/donations/directory';
import {
  donationPeriodKey,
  donationRefusal,
  donorView,
  isLoveCode,
  lastDonationDay,
  maskDonatedBarcode,
  maskDonatedInvoiceNumber,
  prizeVisibleToOwner,
} from '@/lib/donations/rules';
import { donateFormSchema, donateSchema } from '@/lib/donations/schemas';
import { periodOrThrow } from '@/lib/lottery/period';

const taipei = (local: string) => new Date(`${local}+08:00`);

describe('love codes', () => {
  it.each(['123', '8585', '1234567', '９１９'])('%s is a love code', (c) => expect(isLoveCode(c)).toBe(true));
  it.each(['12', '12345678', 'A123', '', '12-3'])('%j is not', (c) => expect(isLoveCode(c)).toBe(false));
});

describe('lastDonationDay', () => {
  it('is the day before the draw on the 25th of the odd month after the period', () => {
    expect(lastDonationDay(periodOrThrow('11509'))).toBe('2026-11-24');
    // 11–12 is drawn on 25 January of the next year.
    expect(lastDonationDay(periodOrThrow('11511'))).toBe('2027-01-24');
    expect(lastDonationDay(periodOrThrow('11501'))).toBe('2026-03-24');
  });
});

describe('donationRefusal', () => {
  const open = { issuedOn: '2026-10-03', printed: false, donated: false };
  it('allows an undonated, unprinted invoice until the end of the day before the draw, Taiwan time', () => {
    expect(donationRefusal(open, taipei('2026-10-03T09:00:00'))).toBeNull();
    expect(donationRefusal(open, taipei('2026-11-24T23:59:59'))).toBeNull();
  });
  it('refuses from the start of draw day in Taiwan, whatever the server’s zone', () => {
    expect(donationRefusal(open, taipei('2026-11-25T00:00:00'))).toBe('after_draw');
    // 16:30 UTC on the 24th is already the 25th in Taipei.
    expect(donationRefusal(open, new Date('2026-11-24T16:30:00Z'))).toBe('after_draw');
    expect(donationRefusal(open, new Date('2026-11-24T15:59:59Z'))).toBeNull();
  });
  it('refuses a donated or printed invoice, donated first', () => {
    const at = taipei('2026-10-05T12:00:00');
    expect(donationRefusal({ ...open, donated: true, printed: true }, at)).toBe('already_donated');
    expect(donationRefusal({ ...open, printed: true }, at)).toBe('printed');
  });
  it('files a donation under the period’s page key (odd month)', () => {
    expect(donationPeriodKey('2026-10-03')).toBe('11509');
    expect(donationPeriodKey('2026-01-31')).toBe('11501');
  });
});

describe('masking for the donor (README §3)', () => {
  it('masks the last 3 digits of the number and of the proof barcode', () => {
    expect(maskDonatedInvoiceNumber('AB12345678')).toBe('AB12345***');
    expect(maskDonatedBarcode('11410AB123456781234')).toBe('11410AB12345---1234');
  });
  it('never reports a donated invoice’s prize to the donor', () => {
    expect(prizeVisibleToOwner({ donated: true })).toBe(false);
    expect(prizeVisibleToOwner({ donated: false })).toBe(true);
    const won = { invoiceNumber: 'AB12345678', barcode: '11410AB123456781234', prize: { amount: 200 }, donated: true };
    expect(donorView(won)).toEqual({ invoiceNumber: 'AB12345***', barcode: '11410AB12345---1234', prize: null, donated: true });
    expect(donorView({ ...won, donated: false })).toEqual({ ...won, donated: false });
  });
});

describe('donateSchema', () => {
  it('normalises the number and the code', () => {
    expect(donateSchema.parse({ invoiceNumber: 'ab-1234 5678', loveCode: ' ８５８５ ' })).toEqual({ invoiceNumber: 'AB12345678', loveCode: '8585' });
  });
  it('needs the track letters and a 3–7 digit code, with messages on the fields', () => {
    const r = donateSchema.safeParse({ invoiceNumber: '12345678', loveCode: '12' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['invoiceNumber', 'invoiceNumberFormat'],
      ['loveCode', 'loveCodeFormat'],
    ]);
    const empty = donateSchema.safeParse({ invoiceNumber: '', loveCode: '' });
    expect(empty.error?.issues.map((i) => i.message)).toEqual(['invoiceNumberRequired', 'loveCodeRequired']);
  });
  it('the form carries an idempotency key of printable characters', () => {
    expect(donateFormSchema.safeParse({ invoiceNumber: 'AB12345678', loveCode: '123', idempotencyKey: crypto.randomUUID() }).success).toBe(true);
    expect(donateFormSchema.safeParse({ invoiceNumber: 'AB12345678', loveCode: '123', idempotencyKey: 'short' }).success).toBe(false);
    expect(donateFormSchema.safeParse({ invoiceNumber: 'AB12345678', loveCode: '123', idempotencyKey: 'has space in it' }).success).toBe(false);
  });
});

describe('the synthetic love-code directory', () => {
  it('has 40 organisations with unique valid codes of every length, the same every time', () => {
    expect(LOVE_CODE_DIRECTORY).toHaveLength(40);
    expect(new Set(LOVE_CODE_DIRECTORY.map((e) => e.code)).size).toBe(40);
    expect(LOVE_CODE_DIRECTORY.every((e) => isLoveCode(e.code))).toBe(true);
    expect(new Set(LOVE_CODE_DIRECTORY.map((e) => e.code.length))).toEqual(new Set([3, 4, 5, 6, 7]));
    expect(LOVE_CODE_DIRECTORY[0]).toEqual({ code: '231', name: '晨光兒童關懷協會', nameEn: "Dawnlight Children's Care Association" });
  });
});
