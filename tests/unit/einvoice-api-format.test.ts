import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { messageOf } from '@/lib/einvoice-api/codes';
import { carrierWindowStart, compactDate, javaDate, paddedAmount, parseInvTerm, parseSlashDate, rocCompactDate } from '@/lib/einvoice-api/format';
import { canonicalString, verifySignature } from '@/lib/einvoice-api/signature';

describe('wire formats', () => {
  it('pads prize amounts to 7 digits as the spec shows (0200000)', () => {
    expect(paddedAmount(200_000)).toBe('0200000');
    expect(paddedAmount(200)).toBe('0000200');
    expect(paddedAmount(10_000_000)).toBe('10000000');
  });

  it('writes dates as yyyyMMdd and ROC yyyMMdd, and reads yyyy/MM/dd', () => {
    expect(compactDate('2026-10-01T12:00:00')).toBe('20261001');
    expect(rocCompactDate('2026-09-25')).toBe('1150925');
    expect(parseSlashDate('2026/02/28')).toBe('2026-02-28');
    expect(parseSlashDate('2026/02/30')).toBeNull();
    expect(parseSlashDate('2026-02-28')).toBeNull();
  });

  it('builds the Java-style date of Taiwan local time', () => {
    expect(javaDate('2026-10-01T12:34:56')).toEqual({
      year: 126,
      month: 9,
      date: 1,
      day: 4,
      hours: 12,
      minutes: 34,
      seconds: 56,
      time: Date.parse('2026-10-01T12:34:56+08:00'),
      timezoneOffset: -480,
    });
  });

  it('takes an even-month invTerm only', () => {
    expect(parseInvTerm('11410')).toEqual({ ok: true, period: { rocYear: 114, startMonth: 9 } });
    expect(parseInvTerm('11409')).toEqual({ ok: false, reason: 'odd_month' });
    expect(parseInvTerm('1141')).toEqual({ ok: false, reason: 'format' });
    expect(parseInvTerm('11413')).toEqual({ ok: false, reason: 'format' });
  });

  it('reaches back 9 months in an odd month and 8 in an even one', () => {
    expect(carrierWindowStart('2026-11-20')).toBe('2026-02-01');
    expect(carrierWindowStart('2026-12-01')).toBe('2026-04-01');
    expect(carrierWindowStart('2026-01-15')).toBe('2025-04-01');
  });

  it('sends the spec’s messages', () => {
    expect(messageOf('200')).toBe('執行成功');
    expect(messageOf('956')).toBe('查詢筆數超過上限');
  });
});

describe('signature', () => {
  const pairs = [
    ['uuid', 'u'],
    ['appID', 'EINV0000000001'],
    ['UUID', 'U'],
    ['action', 'carrierInvDnt'],
    ['signature', 'ignored'],
  ] as const;
  const hmac = (text: string) => createHmac('sha256', 'key').update(text).digest('base64');

  it('sorts by name in ASCII order, leaving out the signature', () => {
    expect(canonicalString(pairs)).toBe('UUID=U&action=carrierInvDnt&appID=EINV0000000001&uuid=u');
    expect(canonicalString(pairs, 'case-insensitive')).toBe('action=carrierInvDnt&appID=EINV0000000001&UUID=U&uuid=u');
    expect(canonicalString(pairs, 'sent')).toBe('uuid=u&appID=EINV0000000001&UUID=U&action=carrierInvDnt');
  });

  it('accepts the three orders and nothing else', () => {
    expect(verifySignature(pairs, 'key', hmac('UUID=U&action=carrierInvDnt&appID=EINV0000000001&uuid=u'))).toBe(true);
    expect(verifySignature(pairs, 'key', hmac('action=carrierInvDnt&appID=EINV0000000001&UUID=U&uuid=u'))).toBe(true);
    expect(verifySignature(pairs, 'key', hmac('uuid=u&appID=EINV0000000001&UUID=U&action=carrierInvDnt'))).toBe(true);
    expect(verifySignature(pairs, 'key', hmac('appID=EINV0000000001&action=carrierInvDnt&UUID=U&uuid=u'))).toBe(false);
    expect(verifySignature(pairs, 'other', hmac('UUID=U&action=carrierInvDnt&appID=EINV0000000001&uuid=u'))).toBe(false);
    expect(verifySignature(pairs, 'key', undefined)).toBe(false);
    // '+' of Base64 sent unencoded in a query string arrives as a space.
    const sig = hmac('UUID=U&action=carrierInvDnt&appID=EINV0000000001&uuid=u');
    expect(verifySignature(pairs, 'key', sig.replace(/\+/g, ' '))).toBe(true);
  });
});
