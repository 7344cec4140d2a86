/**
 * Requests fetch() cannot make: any method (TRACE), a body that stops arriving, a declared
 * Content-Length that is a lie. Raw HTTP/1.1 over a socket, with the time to the status line.
 */
import net from 'node:net';

export type RawAnswer = { status: number; headers: Record<string, string>; body: string; seconds: number };

export function rawRequest(
  port: number,
  { method = 'GET', path, headers = {}, body = '', waitMs = 30_000 }: { method?: string; path: string; headers?: Record<string, string>; body?: string; waitMs?: number },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`No complete answer to ${method} ${path} within ${waitMs} ms`));
    }, waitMs);
    socket.on('connect', () => {
      const lines = [`${method} ${path} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
      socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
    });
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return;
      const [statusLine, ...headerLines] = received.slice(0, end).split('\r\n');
      const headersOut = Object.fromEntries(headerLines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      const rest = Buffer.from(received.slice(end + 4), 'latin1');
      const chunked = /chunked/i.test(headersOut['transfer-encoding'] ?? '');
      const body = chunked ? dechunk(rest) : headersOut['content-length'] === undefined || rest.length >= Number(headersOut['content-length']) ? rest : null;
      if (body === null) return;
      clearTimeout(timer);
      socket.destroy();
      resolve({ status: Number(statusLine!.split(' ')[1]), headers: headersOut, body: body.toString('utf8'), seconds: (Date.now() - started) / 1000 });
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** A complete chunked body without its framing, or null while the last chunk has not arrived. */
function dechunk(data: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', offset);
    if (lineEnd === -1) return null;
    const size = parseInt(data.subarray(offset, lineEnd).toString('latin1'), 16);
    if (Number.isNaN(size)) return null;
    if (size === 0) return Buffer.concat(parts);
    if (data.length < lineEnd + 2 + size + 2) return null;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
}

/** The security headers every answer carries (next.config.ts and the error page). */
export const SECURITY_HEADERS = ['x-content-type-options', 'strict-transport-security', 'x-frame-options', 'referrer-policy'];
