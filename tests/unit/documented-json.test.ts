import { describe, expect, it } from 'vitest';
import { jsonTextResponse } from '@/lib/api/documented-json';

describe('jsonTextResponse', () => {
  it('sends a string as JSON with the given headers and status', async () => {
    const response = jsonTextResponse('{"a":1}', { status: 201, headers: { 'Cache-Control': 'no-store' } });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ a: 1 });
  });

  it('sends bytes as they are, and the same kept bytes again on the next request', async () => {
    const bytes = new TextEncoder().encode('{"periods":["稅務雲"]}');
    const before = bytes.slice();
    for (let i = 0; i < 3; i += 1) {
      const response = jsonTextResponse(bytes, { headers: { 'Cache-Control': 'public, max-age=300' } });
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(before);
    }
    // Reading an answer leaves the kept bytes whole.
    expect(bytes).toEqual(before);
  });

  it('is always JSON, whatever Content-Type a caller gives', async () => {
    const response = jsonTextResponse('[]', { headers: { 'content-type': 'text/plain', 'Cache-Control': 'no-store' } });
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.status).toBe(200);
  });

  it('sends large kept bytes again and again without changing them', async () => {
    const bytes = new TextEncoder().encode(`[${'"稅務雲",'.repeat(5_000)}0]`);
    const before = bytes.slice();
    for (let i = 0; i < 3; i += 1) expect(new Uint8Array(await jsonTextResponse(bytes).arrayBuffer())).toEqual(before);
    expect(bytes).toEqual(before);
  });

  it('answers a 1.4 MB body in one piece', async () => {
    const big = new Uint8Array(1_400_000).fill(0x20);
    big[0] = 0x5b;
    big[big.length - 1] = 0x5d;
    const text = await jsonTextResponse(big).text();
    expect(text.length).toBe(1_400_000);
    expect(JSON.parse(text)).toEqual([]);
  });
});
