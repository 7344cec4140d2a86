/**
 * Reading a request body within limits, the same on the edge and on Node: the declared
 * Content-Length is refused at once when it is over the limit, the stream is read chunk by
 * chunk and dropped as soon as it passes the limit, and a body that stops arriving is given
 * up after a few seconds instead of holding the connection until the server's own timeout.
 */
import { ApiError } from './errors';

/** A JSON body of a few kilobytes arrives in milliseconds; ten seconds is generous on a slow phone. */
export const BODY_TIMEOUT_MS = 10_000;

/** Exactly `application/json`, optionally with `charset=utf-8`; nothing else slips through. */
export function isJsonContentType(value: string | null): boolean {
  // What almost every client sends, answered without splitting.
  if (value === 'application/json') return true;
  if (!value) return false;
  const [type, ...params] = value.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => /^charset="?utf-8"?$/.test(param));
}

export function tooLarge(maxBytes: number): ApiError {
  return new ApiError('payload_too_large', `The body is larger than ${maxBytes} bytes.`);
}

/** The declared length, or null when the body is chunked. A malformed header is the client's error. */
export function declaredLength(headers: Headers): number | null {
  const raw = headers.get('content-length');
  if (raw === null) return null;
  const value = raw.trim();
  if (!/^\d{1,15}$/.test(value)) throw new ApiError('bad_request', 'The Content-Length header is not a number.');
  return Number(value);
}

type Watched = { due: number; cancel: () => void };

/**
 * Reads in progress with the same time limit, and the one timer that gives up on those past it.
 * A timer per request (setTimeout and clearTimeout, each run through Next's async-context hooks)
 * cost about as much as the rest of reading a small body (docs/benchmarks.md, issue 17); one
 * sweep every quarter of the limit gives up on a stalled body between 1 and 1.25 times the limit
 * and stops when nothing is being read.
 */
const watchers = new Map<number, { reads: Set<Watched>; timer: ReturnType<typeof setInterval> }>();

/** Calls `cancel` once `timeoutMs` have passed, unless the returned function is called first. */
function watchRead(timeoutMs: number, cancel: () => void): () => void {
  let watcher = watchers.get(timeoutMs);
  if (!watcher) {
    const reads = new Set<Watched>();
    const timer = setInterval(() => {
      const now = Date.now();
      for (const read of reads) {
        if (read.due > now) continue;
        reads.delete(read);
        read.cancel();
      }
      if (reads.size === 0) {
        clearInterval(timer);
        watchers.delete(timeoutMs);
      }
    }, Math.max(1, Math.ceil(timeoutMs / 4)));
    // A sweep must not keep a process alive on its own (Node; the edge runtime has no unref).
    (timer as { unref?: () => void }).unref?.();
    watcher = { reads, timer };
    watchers.set(timeoutMs, watcher);
  }
  const read: Watched = { due: Date.now() + timeoutMs, cancel };
  const { reads } = watcher;
  reads.add(read);
  return () => reads.delete(read);
}

// Without { stream: true } a decoder keeps no state between calls: one serves every request.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as UTF-8 text, at most `maxBytes`, within `timeoutMs` (up to a quarter more) from the first read. */
export async function readBodyText(request: Request, maxBytes: number, timeoutMs = BODY_TIMEOUT_MS): Promise<string> {
  const declared = declaredLength(request.headers);
  if (declared !== null && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  // Giving up cancels the stream, which ends the pending read: no race of promises per chunk.
  let timedOut = false;
  const done = watchRead(timeoutMs, () => {
    timedOut = true;
    reader.cancel().catch(() => {});
  });
  let bytes: Uint8Array;
  try {
    bytes = await readAll(reader, maxBytes, declared);
    if (timedOut) throw new ApiError('request_timeout', `The body did not arrive within ${timeoutMs / 1000} seconds.`);
  } catch (error) {
    // Stop reading (and let the runtime drop the rest) whatever went wrong.
    reader.cancel().catch(() => {});
    throw error;
  } finally {
    done();
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ApiError('bad_request', 'The body is not valid UTF-8.');
  }
}

/**
 * Every chunk up to the end (or a cancelled stream's early end), refusing more than `maxBytes`.
 * A small JSON body usually arrives as one chunk of its declared length: that chunk is the body,
 * with no copy.
 */
async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number, declared: number | null): Promise<Uint8Array> {
  const first = await reader.read();
  if (first.done) return new Uint8Array(0);
  if (first.value.byteLength > maxBytes) throw tooLarge(maxBytes);
  if (declared === first.value.byteLength) {
    const next = await reader.read();
    if (next.done) return first.value;
    return concatRest([first.value, next.value], first.value.byteLength + next.value.byteLength, reader, maxBytes);
  }
  return concatRest([first.value], first.value.byteLength, reader, maxBytes);
}

async function concatRest(chunks: Uint8Array[], total: number, reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  if (total > maxBytes) throw tooLarge(maxBytes);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) throw tooLarge(maxBytes);
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
