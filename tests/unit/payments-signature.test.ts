import { describe, expect, it } from 'vitest';
import { orderExpiry, receiptNumber } from '@/lib/payments/rules';
import { parseSignatureHeader, signatureHeader, signPayload, verifySignature } from '@/lib/payments/signature';

const SECRET = 'unit-secret-0123456789abcdefghijklmnop';
const AT = new Date('2026-11-30T04:00:00Z');

describe('payment signatures', () => {
  it('signs `${timestamp}.${body}` with HMAC-SHA256 (a known vector)', () => {
    // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'unit-secret-0123456789abcdefghijklmnop'
    expect(signPayload(SECRET, 1_700_000_000, '{"a":1}')).toBe('871d06d24e6494a671571f80cbd00414275eed8ab3f40269f0ea5dc139041354');
    expect(signPayload(SECRET, 1_700_000_000, '{"a":1}')).not.toBe(signPayload(SECRET, 1_700_000_001, '{"a":1}'));
    expect(signatureHeader(SECRET, 'x', AT)).toBe(`t=${AT.getTime() / 1000},v1=${signPayload(SECRET, AT.getTime() / 1000, 'x')}`);
  });

  it('accepts its own signature within five minutes either way', () => {
    const header = signatureHeader(SECRET, '{"a":1}', AT);
    expect(verifySignature(SECRET, header, '{"a":1}', AT)).toEqual({ ok: true, timestamp: AT.getTime() / 1000 });
    expect(verifySignature(SECRET, header, '{"a":1}', new Date(AT.getTime() + 300_000)).ok).toBe(true);
    expect(verifySignature(SECRET, header, '{"a":1}', new Date(AT.getTime() - 300_000)).ok).toBe(true);
  });

  it('refuses a replay after five minutes, a changed body, another secret and a missing or malformed header', () => {
    const header = signatureHeader(SECRET, '{"a":1}', AT);
    expect(verifySignature(SECRET, header, '{"a":1}', new Date(AT.getTime() + 301_000))).toMatchObject({ ok: false, reason: 'stale_timestamp' });
    expect(verifySignature(SECRET, header, '{"a":2}', AT)).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(verifySignature('another-secret-0123456789abcdefghijkl', header, '{"a":1}', AT)).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(verifySignature(SECRET, null, '{"a":1}', AT)).toMatchObject({ ok: false, reason: 'missing_signature' });
    expect(verifySignature(SECRET, 'v1=abc', '{"a":1}', AT)).toMatchObject({ ok: false, reason: 'bad_signature' });
    // A fresh timestamp cannot be put on an old signature: the timestamp is inside it.
    const [, v1] = header.split(',');
    expect(verifySignature(SECRET, `t=${AT.getTime() / 1000 + 600},${v1}`, '{"a":1}', new Date(AT.getTime() + 600_000))).toMatchObject({ reason: 'bad_signature' });
  });

  it('parses several v1 signatures (secret rotation) and nothing else', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    expect(parseSignatureHeader(`t=1,v1=${a},v1=${b}`)).toEqual({ timestamp: 1, signatures: [a, b] });
    expect(parseSignatureHeader(`t=x,v1=${a}`)).toBeNull();
    expect(parseSignatureHeader('t=1')).toBeNull();
    expect(parseSignatureHeader(`t=1,v1=${a}=`)).toBeNull();
  });
});

describe('payment rules', () => {
  it('holds an order 30 minutes, never past midnight in Taipei', () => {
    expect(orderExpiry(new Date('2026-11-30T04:00:00Z')).toISOString()).toBe('2026-11-30T04:30:00.000Z');
    // 23:50 in Taipei: the amount changes at midnight.
    expect(orderExpiry(new Date('2026-11-30T15:50:00Z')).toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('numbers receipts by the Taipei year and a serial', () => {
    expect(receiptNumber(42, new Date('2026-12-31T16:30:00Z'))).toBe('TCR-2027-00000042');
  });
});
