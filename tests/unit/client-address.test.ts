import { describe, expect, it } from 'vitest';
import {
  cidrContains,
  clientAddress,
  clientFromForwardedFor,
  normalizeIp,
  parseCidr,
  parseIp,
  parseTrustedProxies,
  type AddressTrust,
} from '@/lib/http/client-address';

const NONE: AddressTrust = { mode: 'none' };
const trust = (value: string) => parseTrustedProxies(value) as AddressTrust;

describe('normalizeIp', () => {
  it('keeps canonical IPv4 and IPv6 as they are', () => {
    expect(normalizeIp('203.0.113.7')).toBe('203.0.113.7');
    expect(normalizeIp('0.0.0.0')).toBe('0.0.0.0');
    expect(normalizeIp('255.255.255.255')).toBe('255.255.255.255');
    expect(normalizeIp('2001:db8::1')).toBe('2001:db8::1');
    expect(normalizeIp('::1')).toBe('::1');
    expect(normalizeIp('::')).toBe('::');
  });

  it('writes IPv6 compressed and lower-case (RFC 5952)', () => {
    expect(normalizeIp('2001:0DB8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    expect(normalizeIp('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1'); // the first of two equal runs
    expect(normalizeIp('2001:db8:0:1:1:1:1:1')).toBe('2001:db8:0:1:1:1:1:1'); // one zero group stays
    expect(normalizeIp('fe80::1:0:0:0:1')).toBe('fe80:0:0:1::1'); // the longest run wins
    expect(normalizeIp('1:2:3:4:5:6:7::')).toBe('1:2:3:4:5:6:7:0');
  });

  it('reads IPv4-mapped IPv6 as the IPv4 address', () => {
    expect(normalizeIp('::ffff:1.2.3.4')).toBe('1.2.3.4');
    expect(normalizeIp('::FFFF:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeIp('::ffff:0102:0304')).toBe('1.2.3.4');
    expect(normalizeIp('0:0:0:0:0:ffff:c000:0201')).toBe('192.0.2.1');
    // Other embedded forms are real IPv6 addresses.
    expect(normalizeIp('64:ff9b::1.2.3.4')).toBe('64:ff9b::102:304');
  });

  it('refuses leading zeros in IPv4 (octal to some parsers, decimal to others)', () => {
    expect(normalizeIp('001.002.003.004')).toBeNull();
    expect(normalizeIp('10.0.0.010')).toBeNull();
    expect(normalizeIp('::ffff:001.2.3.4')).toBeNull();
  });

  it('strips brackets, ports and zones', () => {
    expect(normalizeIp('[2001:db8::1]')).toBe('2001:db8::1');
    expect(normalizeIp('[2001:db8::1]:8443')).toBe('2001:db8::1');
    expect(normalizeIp('203.0.113.7:51234')).toBe('203.0.113.7');
    expect(normalizeIp('fe80::1%eth0')).toBe('fe80::1');
    expect(normalizeIp('  198.51.100.1  ')).toBe('198.51.100.1');
  });

  it('drops anything that is not an address', () => {
    for (const bad of [
      '',
      'unknown',
      '<script>alert(1)</script>',
      '1.2.3',
      '1.2.3.4.5',
      '256.1.1.1',
      '1.2.3.-4',
      '0x7f.0.0.1',
      '2130706433',
      '1:2:3:4:5:6:7:8:9',
      '1::2::3',
      '12345::1',
      ':1',
      '1:',
      '1.2.3.4::',
      '::1.2.3.4:5',
      'fe80::1%<b>',
      '[::1',
      '2001:db8::1]:80',
      '1.2.3.4:99999999',
      '1'.repeat(65),
      `2001:db8::1%${'a'.repeat(60)}`,
    ]) {
      expect(normalizeIp(bad), bad).toBeNull();
    }
    expect(normalizeIp(null)).toBeNull();
    expect(normalizeIp(undefined)).toBeNull();
  });
});

describe('CIDR', () => {
  it('parses networks and single addresses', () => {
    expect(parseCidr('10.0.0.0/8')).toEqual({ version: 4, bytes: [10, 0, 0, 0], prefix: 8 });
    expect(parseCidr('192.0.2.1')).toMatchObject({ version: 4, prefix: 32 });
    expect(parseCidr('2001:db8::/32')).toMatchObject({ version: 6, prefix: 32 });
    expect(parseCidr('::ffff:10.0.0.0/104')).toEqual({ version: 4, bytes: [10, 0, 0, 0], prefix: 8 });
    for (const bad of ['10.0.0.0/33', '10.0.0.0/', '10.0.0.0/8/8', '2001:db8::/129', 'x/8', '/8', '10.0.0.0/-1']) {
      expect(parseCidr(bad), bad).toBeNull();
    }
  });

  it('matches addresses by prefix', () => {
    const net = parseCidr('10.1.0.0/16')!;
    expect(cidrContains(net, parseIp('10.1.200.3')!)).toBe(true);
    expect(cidrContains(net, parseIp('10.2.0.1')!)).toBe(false);
    expect(cidrContains(parseCidr('172.16.0.0/12')!, parseIp('172.31.255.255')!)).toBe(true);
    expect(cidrContains(parseCidr('172.16.0.0/12')!, parseIp('172.32.0.0')!)).toBe(false);
    expect(cidrContains(parseCidr('2001:db8::/32')!, parseIp('2001:db8:ffff::1')!)).toBe(true);
    expect(cidrContains(parseCidr('2001:db8::/32')!, parseIp('2001:db9::1')!)).toBe(false);
    expect(cidrContains(parseCidr('0.0.0.0/0')!, parseIp('8.8.8.8')!)).toBe(true);
    // An IPv4 network never matches an IPv6 address and the other way round.
    expect(cidrContains(parseCidr('::/0')!, parseIp('8.8.8.8')!)).toBe(false);
  });
});

describe('parseTrustedProxies', () => {
  it('reads nothing, a hop count or a list of networks', () => {
    expect(parseTrustedProxies(undefined)).toEqual(NONE);
    expect(parseTrustedProxies('  ')).toEqual(NONE);
    expect(parseTrustedProxies('0')).toEqual(NONE);
    expect(parseTrustedProxies('2')).toEqual({ mode: 'hops', count: 2 });
    expect(parseTrustedProxies('10.0.0.0/8, ::1')).toMatchObject({ mode: 'cidrs', ranges: [{ prefix: 8 }, { prefix: 128 }] });
  });

  it('names what is wrong', () => {
    expect(parseTrustedProxies('11')).toEqual({ error: expect.stringContaining('between 0 and 10') });
    expect(parseTrustedProxies('10.0.0.0/8, proxy.internal')).toEqual({ error: expect.stringContaining('"proxy.internal"') });
    expect(parseTrustedProxies('-1')).toHaveProperty('error');
  });
});

describe('clientFromForwardedFor', () => {
  it('with no trusted proxy takes the last entry (the socket peer), whatever the client wrote', () => {
    expect(clientFromForwardedFor('198.51.100.66', NONE)).toBe('198.51.100.66');
    expect(clientFromForwardedFor('1.1.1.1, 198.51.100.66', NONE)).toBe('198.51.100.66');
    expect(clientFromForwardedFor('<script>, 1.1.1.1, ::ffff:127.0.0.1', NONE)).toBe('127.0.0.1');
  });

  it('with one trusted hop takes the entry before the last', () => {
    const one = trust('1');
    expect(clientFromForwardedFor('9.9.9.9, 203.0.113.7, 10.0.0.2', one)).toBe('203.0.113.7');
    expect(clientFromForwardedFor('203.0.113.7, 10.0.0.2', one)).toBe('203.0.113.7');
    // Fewer entries than hops: the furthest one.
    expect(clientFromForwardedFor('10.0.0.2', trust('3'))).toBe('10.0.0.2');
    // What the hop says is still parsed: garbage there gives no address.
    expect(clientFromForwardedFor('203.0.113.7, <b>x</b>, 10.0.0.2', one)).toBeNull();
  });

  it('with trusted networks skips them from the right', () => {
    const nets = trust('10.0.0.0/8, 2001:db8::/32');
    expect(clientFromForwardedFor('6.6.6.6, 203.0.113.7, 10.0.0.9, 10.0.0.2', nets)).toBe('203.0.113.7');
    expect(clientFromForwardedFor('6.6.6.6, 2001:DB8::5, 10.0.0.2', nets)).toBe('6.6.6.6');
    expect(clientFromForwardedFor('[2001:db8::5]:443, ::ffff:10.0.0.2', nets)).toBe('2001:db8::5'); // all trusted: the furthest
    expect(clientFromForwardedFor('198.51.100.1', nets)).toBe('198.51.100.1'); // not behind a trusted proxy at all
    expect(clientFromForwardedFor('1.2.3.4, junk, 10.0.0.2', nets)).toBeNull();
    expect(clientFromForwardedFor('001.002.003.004, 10.0.0.2', nets)).toBeNull();
  });

  it('drops empty, garbage and over-long values', () => {
    expect(clientFromForwardedFor(null, NONE)).toBeNull();
    expect(clientFromForwardedFor('', NONE)).toBeNull();
    expect(clientFromForwardedFor('1.2.3.4,', NONE)).toBeNull();
    expect(clientFromForwardedFor('<script>alert(1)</script>', NONE)).toBeNull();
    expect(clientFromForwardedFor(`1.2.3.4, ${'9'.repeat(500)}`, NONE)).toBeNull();
    // A padded header is cut to its last entries before walking, so this costs nothing.
    expect(clientFromForwardedFor(`${'1.1.1.1, '.repeat(10_000)}203.0.113.7`, NONE)).toBe('203.0.113.7');
  });
});

describe('clientAddress on Vercel', () => {
  const vercel: AddressTrust = { mode: 'vercel' };
  it("uses Vercel's header, then x-real-ip, and ignores X-Forwarded-For", () => {
    const h = (init: Record<string, string>) => clientAddress(new Headers(init), vercel);
    expect(h({ 'x-vercel-forwarded-for': '203.0.113.7', 'x-forwarded-for': '6.6.6.6' })).toBe('203.0.113.7');
    expect(h({ 'x-real-ip': '2001:DB8::0:1', 'x-forwarded-for': '6.6.6.6' })).toBe('2001:db8::1');
    expect(h({ 'x-forwarded-for': '6.6.6.6' })).toBeNull();
    expect(h({ 'x-vercel-forwarded-for': '<script>' })).toBeNull();
  });
});
