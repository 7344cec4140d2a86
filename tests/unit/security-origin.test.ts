import { describe, expect, it } from 'vitest';
import { allowedOrigins, checkSameOrigin } from '@/lib/security/origin';

const allowed = ['https://taxcloud.example', 'http://127.0.0.1:3000'];
const check = (headers: Record<string, string>) => checkSameOrigin(new Headers(headers), allowed).ok;

describe('checkSameOrigin', () => {
  it('accepts the site’s own origins, whatever the letter case or default port', () => {
    expect(check({ origin: 'https://taxcloud.example' })).toBe(true);
    expect(check({ origin: 'HTTPS://TaxCloud.example:443' })).toBe(true);
    expect(check({ origin: 'http://127.0.0.1:3000' })).toBe(true);
  });

  it('refuses other sites, look-alikes, other schemes and ports, and opaque origins', () => {
    for (const origin of ['https://evil.example', 'https://taxcloud.example.evil.example', 'http://taxcloud.example', 'https://taxcloud.example:8443', 'null', 'not a url']) {
      expect(check({ origin }), origin).toBe(false);
    }
  });

  it('without Origin, trusts Sec-Fetch-Site only when it says same-origin', () => {
    expect(check({ 'sec-fetch-site': 'same-origin' })).toBe(true);
    expect(check({ 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(check({ 'sec-fetch-site': 'same-site' })).toBe(false);
  });

  it('leaves a request with neither (a script, not a browser) to the session check', () => {
    expect(check({})).toBe(true);
  });

  it('says why it refused', () => {
    const verdict = checkSameOrigin(new Headers({ origin: 'https://evil.example' }), allowed);
    expect(verdict).toEqual({ ok: false, reason: 'Requests from https://evil.example are not accepted.' });
  });
});

describe('allowedOrigins', () => {
  it('is APP_URL plus the origin the request was served on, and the forwarded host behind a proxy', () => {
    expect(allowedOrigins('https://taxcloud.example/', 'http://127.0.0.1:3000/api/x')).toEqual(['https://taxcloud.example', 'http://127.0.0.1:3000']);
    expect(allowedOrigins('https://taxcloud.example', 'http://10.0.0.5:3000/api/x', 'tax.example, other', 'https')).toContain('https://tax.example');
  });
});
