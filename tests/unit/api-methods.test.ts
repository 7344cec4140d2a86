import { describe, expect, it } from 'vitest';
import { methodNotAllowed } from '@/lib/api/methods';
import * as periods from '@/app/api/v1/lottery/periods/[period]/route';
import * as check from '@/app/api/v1/lottery/check/route';

describe('methodNotAllowed', () => {
  it('answers 405 JSON naming the allowed methods, HEAD with GET, OPTIONS always', async () => {
    const response = methodNotAllowed('GET')();
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ error: { code: 'method_not_allowed', message: 'This address takes GET only.' } });
    expect(methodNotAllowed('POST')().headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('is what the routes export for the methods they refuse', async () => {
    for (const refuse of [periods.POST, periods.PUT, periods.PATCH, periods.DELETE, check.GET, check.PUT, check.PATCH, check.DELETE]) {
      expect(refuse().status).toBe(405);
    }
    expect(check.GET().headers.get('allow')).toBe('POST, OPTIONS');
  });
});
