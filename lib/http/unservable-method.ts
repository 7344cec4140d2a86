/**
 * TRACE and CONNECT never reach a route: Node's Fetch refuses to build a Request for them, and
 * Next.js answers with a bare 500 that has no security headers (TRACK and unknown methods stop
 * earlier, at Node's HTTP parser, which answers its own 400 before any code of ours runs). The server's own
 * request hook (lib/http/socket-hop.ts) answers them first: 405 with `Allow`, the one JSON
 * error shape and the security headers. Nothing here serves those methods; TRACE in particular
 * would echo request headers (cookies) back.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { securityHeaders } from '@/lib/security/headers';

const UNSERVABLE = new Set(['TRACE', 'CONNECT']);
const ALLOW = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

export function isUnservableMethod(method: string | undefined): boolean {
  return UNSERVABLE.has((method ?? '').toUpperCase());
}

function refusal(method: string): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify({ error: { code: 'method_not_allowed', message: `${method} is not served here.` } });
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    Allow: ALLOW,
    Connection: 'close',
  };
  for (const { key, value } of securityHeaders({ isDev: false })) headers[key] = value;
  return { body, headers };
}

/** For a 'request' event (TRACE). */
export function refuseUnservable(req: IncomingMessage, res: ServerResponse): void {
  const { body, headers } = refusal(req.method ?? 'This method');
  req.resume(); // discard any body
  res.writeHead(405, headers).end(body);
}

/** For a 'connect' event: there is no ServerResponse, only the socket. */
export function refuseConnect(req: IncomingMessage, socket: Duplex): void {
  const { body, headers } = refusal(req.method ?? 'CONNECT');
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n');
  socket.end(`HTTP/1.1 405 Method Not Allowed\r\n${head}\r\n\r\n${body}`);
}
