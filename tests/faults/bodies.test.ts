// Request bodies: the exact JSON type, the size limit at once and while streaming, and a body that stalls.
import { describe, expect, it } from 'vitest';
import { rawRequest } from './support/http';
import { faultsServer } from './support/server';

const { baseUrl, port } = faultsServer();

const PUBLIC_POSTS = ['/api/v1/lottery/check', '/api/v1/calculators/late-fee', '/api/v1/calculators/income-tax', '/api/v1/calculators/license-tax'];
const LATE_FEE = JSON.stringify({ amount: 100000, deadline: '2025-05-31', paidOn: '2025-07-31' });

describe('content type', () => {
  it.each(PUBLIC_POSTS)('%s refuses anything but application/json with 415', async (path) => {
    for (const type of ['text/plain; application/json', 'application/jsonx', 'application/json; charset=latin1', 'text/plain', 'application/x-www-form-urlencoded']) {
      const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': type }, body: '{}' });
      expect(response.status, type).toBe(415);
      expect(await response.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
    }
  });

  it('takes application/json with charset=utf-8', async () => {
    const response = await fetch(`${baseUrl}/api/v1/calculators/late-fee`, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: LATE_FEE });
    expect(response.status).toBe(200);
  });
});

describe('size and time', () => {
  it.each(PUBLIC_POSTS)('%s answers a declared 100 MB body with 413 at once', async (path) => {
    const answer = await rawRequest(port, { method: 'POST', path, headers: { 'Content-Type': 'application/json', 'Content-Length': '100000000' }, body: '{"a":', waitMs: 10_000 });
    expect(answer.status).toBe(413);
    expect(answer.seconds).toBeLessThan(3);
  });

  it('stops reading a chunked body at the limit', async () => {
    const big = `{"x":"${'a'.repeat(40_000)}"}`;
    const chunked = `${big.length.toString(16)}\r\n${big}\r\n0\r\n\r\n`;
    const answer = await rawRequest(port, { method: 'POST', path: '/api/v1/calculators/late-fee', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, body: chunked });
    expect(answer.status).toBe(413);
  });

  it('times out a body that stops arriving within seconds (408), on every public POST', { timeout: 30_000 }, async () => {
    const answers = await Promise.all(
      PUBLIC_POSTS.map((path) => rawRequest(port, { method: 'POST', path, headers: { 'Content-Type': 'application/json', 'Content-Length': '1000' }, body: '{"a":', waitMs: 20_000 })),
    );
    for (const [i, answer] of answers.entries()) {
      expect(answer.status, PUBLIC_POSTS[i]).toBe(408);
      expect(answer.seconds).toBeLessThan(15);
      // The body may come chunked; the error code is what matters.
      expect(answer.body).toContain('"code":"request_timeout"');
    }
  });
});
