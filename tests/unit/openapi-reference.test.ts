import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@/lib/openapi/document';
import { referenceOperations } from '@/lib/openapi/reference';
import { examplesFor } from '@/lib/einvoice-api/examples';
import { API_ACTIONS } from '@/lib/einvoice-api/catalog';

describe('reference page data', () => {
  it('groups every operation of the document under its tag', () => {
    const doc = openApiDocument();
    const groups = referenceOperations(doc);
    const count = Object.values(doc.paths ?? {}).reduce((n, item) => n + Object.keys(item as object).filter((k) => ['get', 'post', 'put', 'patch', 'delete'].includes(k)).length, 0);
    expect(groups.flatMap((g) => g.operations)).toHaveLength(count);
    const one = groups.find((g) => g.tag === 'lottery')!.operations.find((o) => o.path === '/api/v1/lottery/periods/{period}')!;
    expect(one.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:period', 'query:format']);
    expect(groups.find((g) => g.tag === 'me')!.operations.find((o) => o.method === 'post' && o.path === '/api/v1/me/donations')!.body).toContain('loveCode');
  });
});

describe('SDK examples', () => {
  it('give curl, fetch and Python for every action; signed ones compute the signature', () => {
    for (const { action, signed } of API_ACTIONS) {
      const e = examplesFor(action, { baseUrl: 'https://taxcloud.example' });
      for (const code of Object.values(e)) expect(code).toContain(action);
      expect(e.curl.includes('openssl dgst -sha256 -hmac'), action).toBe(signed);
      expect(e.python.includes('hmac.new'), action).toBe(signed);
    }
  });
});
