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
      const length = headersOut['content-length'];
      const rest = received.slice(end + 4);
      // The status and headers are what the tests time; take the body if it is already here.
      if (length === undefined || rest.length >= Number(length) || headersOut['transfer-encoding']) {
        clearTimeout(timer);
        socket.destroy();
        resolve({ status: Number(statusLine!.split(' ')[1]), headers: headersOut, body: Buffer.from(rest, 'latin1').toString('utf8'), seconds: (Date.now() - started) / 1000 });
      }
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** The security headers every answer carries (next.config.ts and the error page). */
export const SECURITY_HEADERS = ['x-content-type-options', 'strict-transport-security', 'x-frame-options', 'referrer-policy'];
