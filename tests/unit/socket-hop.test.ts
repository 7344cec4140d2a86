import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOP_MARKER_HEADER } from '@/lib/http/hop-marker';
import { requestMetaFrom } from '@/lib/http/request-meta';
import { installSocketHop } from '@/lib/http/socket-hop';

// A plain Node server stands in for `next start`: the patch runs before any 'request' listener.
let server: http.Server;
let port: number;
beforeAll(async () => {
  installSocketHop();
  installSocketHop(); // twice is harmless: one marker, one patch
  server = http.createServer((req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const meta = requestMetaFrom(headers, { mode: 'none' });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ xff: req.headers['x-forwarded-for'] ?? null, ip: meta.ip }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = async (headers: Record<string, string> = {}) =>
  (await fetch(`http://127.0.0.1:${port}/`, { headers })).json() as Promise<{ xff: string; ip: string | null }>;

describe('socket hop', () => {
  it('appends the socket peer to X-Forwarded-For, as a proxy does', async () => {
    expect(await get()).toEqual({ xff: '127.0.0.1', ip: '127.0.0.1' });
  });

  it('a client-written header only comes before it, so the address is still the peer', async () => {
    expect(await get({ 'x-forwarded-for': '6.6.6.6' })).toEqual({ xff: '6.6.6.6, 127.0.0.1', ip: '127.0.0.1' });
  });

  it('overwrites a client-sent marker with its own', async () => {
    expect((await get({ [HOP_MARKER_HEADER]: 'forged', 'x-forwarded-for': '6.6.6.6' })).ip).toBe('127.0.0.1');
  });
});

/** Raw HTTP, since fetch refuses to send these methods at all. */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
    socket.setTimeout(5_000, () => socket.destroy(new Error('no answer')));
  });
}

describe('methods no route can serve', () => {
  it.each(['TRACE'])('%s → 405 JSON with Allow and the security headers, before any route', async (method) => {
    const answer = await raw(`${method} / HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: secret=1\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 405 /);
    expect(answer).toMatch(/\r\nallow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS\r\n/i);
    expect(answer).toMatch(/\r\ncontent-security-policy: /i);
    expect(answer).toMatch(/\r\nx-content-type-options: nosniff\r\n/i);
    expect(answer).not.toContain('secret=1'); // TRACE must not echo the request back
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual({
      error: { code: 'method_not_allowed', message: `${method} is not served here.` },
    });
  });

  it('CONNECT → 405 on the socket, the same body', async () => {
    await get(); // the hook adds its CONNECT listener to a server it has seen a request on
    const answer = await raw('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 405 /);
    expect(answer).toContain('"code":"method_not_allowed"');
  });
});

describe('requests Node cannot parse', () => {
  it.each(['TRACK / HTTP/1.1', 'FOO / HTTP/1.1', 'GET / HTTP/9'])('%s → 400 JSON with the security headers, not a bare 400', async (line) => {
    await get();
    const answer = await raw(`${line}\r\nHost: 127.0.0.1\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/\r\ncontent-security-policy: /i);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ error: { code: 'bad_request' } });
  });
});
