// Writes from another site: the staff API, server actions and form posts answer 403.
import { describe, expect, it } from 'vitest';
import { faultsServer } from './support/server';

const { baseUrl } = faultsServer();
const PUBLISH = `${baseUrl}/api/v1/admin/lottery/periods`;
const json = { 'content-type': 'application/json' };

describe('staff API', () => {
  const crossSite: Record<string, string>[] = [{ origin: 'https://evil.example' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }];
  it.each(crossSite)(
    'refuses %o with 403 before anything else',
    async (headers) => {
      const response = await fetch(PUBLISH, { method: 'POST', headers: { ...json, ...headers }, body: '{}' });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    },
  );

  it('lets its own origin through to the session check (401 without one)', async () => {
    const sameSite: Record<string, string>[] = [{ origin: baseUrl }, { 'sec-fetch-site': 'same-origin' }, {}];
    for (const headers of sameSite) {
      const response = await fetch(PUBLISH, { method: 'POST', headers: { ...json, ...headers }, body: '{}' });
      expect(response.status).toBe(401);
    }
  });
});

describe('server actions and form posts', () => {
  it('answers a cross-site server action with 403, not 500', async () => {
    const response = await fetch(`${baseUrl}/staff/sign-in`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
      body: '[]',
    });
    expect(response.status).toBe(403);
  });

  it('answers a cross-site form post (no JavaScript) with 403', async () => {
    for (const path of ['/staff/sign-in', '/lottery/check', '/api/auth/signout', '/sign-in', '/register', '/me/security']) {
      const response = await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
        body: 'a=1',
        redirect: 'manual',
      });
      expect(response.status, path).toBe(403);
    }
  });
});
