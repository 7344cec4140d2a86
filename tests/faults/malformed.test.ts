// Malformed addresses and methods: always a 4xx with the security headers, never a bare 500.
import { describe, expect, it } from 'vitest';
import { rawRequest, SECURITY_HEADERS } from './support/http';
import { faultsServer } from './support/server';

const { baseUrl, port } = faultsServer();

function expectSecurityHeaders(headers: Record<string, string> | Headers) {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name]);
  for (const name of SECURITY_HEADERS) expect(get(name), name).toBeTruthy();
}

describe('undecodable percent-encoding', () => {
  it.each(['/lottery/%ff%fe', '/en/lottery/%ff', '/help/%ff', '/%ff', '/data/%ff%fe.csv', '/stats/%c0'])('%s → 400 page', async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBe(400);
    expectSecurityHeaders(response.headers);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-type')).toContain('text/html');
  });

  it.each(['/api/v1/lottery/periods/%ff%fe', '/api/nothing/%ff'])('%s → 400 JSON', async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBe(400);
    expectSecurityHeaders(response.headers);
    expect(await response.json()).toMatchObject({ error: { code: 'bad_request' } });
  });
});

const ROUTES: { path: string; allowed: string[] }[] = [
  { path: '/api/health', allowed: ['GET'] },
  { path: '/api/v1/lottery/periods', allowed: ['GET'] },
  { path: '/api/v1/lottery/periods/11409', allowed: ['GET'] },
  { path: '/api/v1/lottery/check', allowed: ['POST'] },
  { path: '/api/v1/calculators/late-fee', allowed: ['POST'] },
  { path: '/api/v1/calculators/income-tax', allowed: ['POST'] },
  { path: '/api/v1/calculators/license-tax', allowed: ['POST'] },
  { path: '/api/v1/admin/lottery/periods', allowed: ['POST'] },
];

describe('methods a route does not take', () => {
  for (const { path, allowed } of ROUTES) {
    const refused = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => !allowed.includes(m));
    it.each(refused)(`%s ${path} → 405 JSON with Allow`, async (method) => {
      const response = await fetch(`${baseUrl}${path}`, { method });
      expect(response.status).toBe(405);
      expectSecurityHeaders(response.headers);
      expect(response.headers.get('allow')).toContain(allowed[0]);
      expect(await response.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
    });
  }

  it('OPTIONS names the allowed methods', async () => {
    const response = await fetch(`${baseUrl}/api/v1/lottery/check`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toContain('POST');
  });
});

describe('methods Next.js cannot serve', () => {
  it.each(['/', '/api/v1/lottery/check', '/lottery'])('TRACE %s → 405 JSON with Allow and the security headers, nothing echoed', async (path) => {
    const answer = await rawRequest(port, { method: 'TRACE', path, headers: { Cookie: 'probe=secret' } });
    expect(answer.status).toBe(405);
    expectSecurityHeaders(answer.headers);
    expect(answer.headers['allow']).toContain('GET');
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'method_not_allowed' } });
    expect(answer.body).not.toContain('probe=secret');
  });
});

describe('requests the HTTP parser cannot read', () => {
  it.each(['TRACK', 'FOO'])('%s / → 400 JSON with the security headers', async (method) => {
    const answer = await rawRequest(port, { method, path: '/' });
    expect(answer.status).toBe(400);
    expectSecurityHeaders(answer.headers);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'bad_request' } });
  });
});
