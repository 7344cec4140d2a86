import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AddressTrust } from '@/lib/http/client-address';
import { HOP_MARKER_HEADER, HOP_MARKER_KEY } from '@/lib/http/hop-marker';
import { requestMetaFrom } from '@/lib/http/request-meta';

const MARKER = 'test-marker';
const store = globalThis as Record<symbol, unknown>;
const NONE: AddressTrust = { mode: 'none' };

/** Headers as they arrive after lib/http/socket-hop.ts appended the socket peer. */
const hopped = (init: Record<string, string>) => new Headers({ ...init, [HOP_MARKER_HEADER]: MARKER });

beforeEach(() => {
  store[HOP_MARKER_KEY] = MARKER;
});
afterEach(() => {
  delete store[HOP_MARKER_KEY];
});

describe('requestMetaFrom', () => {
  it('with no trusted proxy, a spoofed X-Forwarded-For gives the socket peer', () => {
    const headers = hopped({ 'x-forwarded-for': '6.6.6.6, ::ffff:127.0.0.1', 'x-real-ip': '7.7.7.7' });
    expect(requestMetaFrom(headers, NONE).ip).toBe('127.0.0.1');
  });

  it('with one trusted hop, the entry the proxy added', () => {
    const headers = hopped({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.2' });
    expect(requestMetaFrom(headers, { mode: 'hops', count: 1 }).ip).toBe('203.0.113.7');
  });

  it('believes no X-Forwarded-For without the marker of this process (request not seen by the socket hop)', () => {
    expect(requestMetaFrom(new Headers({ 'x-forwarded-for': '6.6.6.6' }), NONE).ip).toBeNull();
    const forged = new Headers({ 'x-forwarded-for': '6.6.6.6', [HOP_MARKER_HEADER]: 'guessed' });
    expect(requestMetaFrom(forged, NONE).ip).toBeNull();
    delete store[HOP_MARKER_KEY];
    expect(requestMetaFrom(hopped({ 'x-forwarded-for': '6.6.6.6' }), NONE).ip).toBeNull();
  });

  it("on Vercel reads the platform's header, marker or not", () => {
    const headers = new Headers({ 'x-vercel-forwarded-for': '203.0.113.7', 'x-forwarded-for': '6.6.6.6' });
    expect(requestMetaFrom(headers, { mode: 'vercel' }).ip).toBe('203.0.113.7');
  });

  it('never passes on an address it cannot parse', () => {
    expect(requestMetaFrom(hopped({ 'x-forwarded-for': '<script>alert(1)</script>' }), NONE).ip).toBeNull();
    expect(requestMetaFrom(hopped({ 'x-forwarded-for': 'x'.repeat(500) }), NONE).ip).toBeNull();
  });

  it('returns nulls when nothing is known', () => {
    expect(requestMetaFrom(new Headers(), NONE)).toEqual({ ip: null, userAgent: null });
  });

  it('keeps the user agent, truncated to 300 characters', () => {
    expect(requestMetaFrom(new Headers({ 'user-agent': 'Mozilla/5.0' }), NONE).userAgent).toBe('Mozilla/5.0');
    const long = 'A'.repeat(299) + 'BC';
    expect(requestMetaFrom(new Headers({ 'user-agent': long }), NONE).userAgent).toBe('A'.repeat(299) + 'B');
  });

  it('reads the trust setting from the environment by default', () => {
    expect(requestMetaFrom(hopped({ 'x-forwarded-for': '6.6.6.6, 127.0.0.1' })).ip).toBe('127.0.0.1');
  });
});
