/**
 * TRACE and CONNECT never reach a route: Node's Fetch refuses to build a Request for them, and
 * Next.js answers with a bare 500 that has no security headers. TRACK, unknown methods and
 * requests that are not HTTP stop earlier, at Node's parser, whose own 400 has no body and no
 * headers: `refuseUnreadable` answers those instead. The server's own
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
  // Asked for every request: the methods served are answered without a new upper-case string.
  if (method === 'GET' || method === 'POST' || method === 'HEAD') return false;
  return UNSERVABLE.has((method ?? '').toUpperCase());
}

function answer(error: { code: string; message: string }, extra: Record<string, string> = {}): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify({ error });
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    ...extra,
    Connection: 'close',
  };
  for (const { key, value } of securityHeaders({ isDev: false })) headers[key] = value;
  return { body, headers };
}

function refusal(method: string) {
  return answer({ code: 'method_not_allowed', message: `${method} is not served here.` }, { Allow: ALLOW });
}

function rawResponse(status: string, { body, headers }: { body: string; headers: Record<string, string> }): string {
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n');
  return `HTTP/1.1 ${status}\r\n${head}\r\n\r\n${body}`;
}

/** For a 'request' event (TRACE). */
export function refuseUnservable(req: IncomingMessage, res: ServerResponse): void {
  const { body, headers } = refusal(req.method ?? 'This method');
  req.resume(); // discard any body
  res.writeHead(405, headers).end(body);
}

/** For a 'connect' event: there is no ServerResponse, only the socket. */
export function refuseConnect(req: IncomingMessage, socket: Duplex): void {
  socket.end(rawResponse('405 Method Not Allowed', refusal(req.method ?? 'CONNECT')));
}

/** For a server's 'clientError' (a request Node's parser could not read): 400 with the one error shape. */
export function refuseUnreadable(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A client that went away, or a socket already answered, needs nothing more.
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const message = tooLarge ? 'The request headers are too large.' : 'The request could not be read as HTTP.';
  socket.end(rawResponse(status, answer({ code: tooLarge ? 'headers_too_large' : 'bad_request', message })));
}
