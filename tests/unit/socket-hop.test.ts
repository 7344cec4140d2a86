import http from 'node:http';
import type { AddressInfo } from 'node:net';
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
