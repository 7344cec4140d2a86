import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { isJsonContentType, readBodyText } from '@/lib/api/body';

const URL_ = 'https://tax.example/api/things';

/** A request whose body is `chunks`, then (unless `end`) a stream that never sends more. */
function streamed(chunks: string[], { end = true, headers = {} }: { end?: boolean; headers?: Record<string, string> } = {}) {
  let cancelled = false;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      if (end) controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  const request = new Request(URL_, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
  return { request, cancelled: () => cancelled };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return (error as ApiError).code;
  }
  throw new Error('expected a rejection');
}

describe('isJsonContentType', () => {
  it('accepts exactly application/json, with charset=utf-8 at most', () => {
    for (const ok of ['application/json', 'Application/JSON', 'application/json; charset=utf-8', 'application/json;charset="UTF-8"']) {
      expect(isJsonContentType(ok), ok).toBe(true);
    }
  });

  it('refuses look-alikes and other parameters', () => {
    for (const bad of [null, '', 'text/plain; application/json', 'application/jsonx', 'application/json-patch+json', 'application/json; charset=latin1', 'application/json; foo=bar', 'text/plain', 'application/json;']) {
      expect(isJsonContentType(bad), String(bad)).toBe(false);
    }
  });
});

describe('readBodyText', () => {
  it('reads a body in several chunks', async () => {
    const { request } = streamed(['{"a":', '1}']);
    expect(await readBodyText(request, 100)).toBe('{"a":1}');
  });

  it('reads a body of its declared length in one chunk, and one whose declared length arrives in several', async () => {
    const one = streamed(['{"a":1}'], { headers: { 'content-length': '7' } });
    expect(await readBodyText(one.request, 100)).toBe('{"a":1}');
    expect(one.cancelled()).toBe(false);
    expect(await readBodyText(streamed(['{"a":', '1}'], { headers: { 'content-length': '7' } }).request, 100)).toBe('{"a":1}');
    expect(await readBodyText(streamed(['{"a":', '1', '}'], { headers: { 'content-length': '7' } }).request, 100)).toBe('{"a":1}');
  });

  it('refuses a first chunk over the limit, and more chunks than the declared length once past the limit', async () => {
    const first = streamed(['x'.repeat(101)], { end: false });
    expect(await codeOf(readBodyText(first.request, 100, 5_000))).toBe('payload_too_large');
    expect(first.cancelled()).toBe(true);
    // A runtime that let more than the declared bytes through is still held to the limit.
    const more = streamed(['x'.repeat(50), 'x'.repeat(60)], { end: false, headers: { 'content-length': '50' } });
    expect(await codeOf(readBodyText(more.request, 100, 5_000))).toBe('payload_too_large');
    expect(more.cancelled()).toBe(true);
  });

  it('decodes multi-byte characters split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"q":"稅務雲"}');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 8));
        controller.enqueue(bytes.slice(8));
        controller.close();
      },
    });
    const request = new Request(URL_, { method: 'POST', body, headers: { 'content-length': String(bytes.length) }, duplex: 'half' } as RequestInit);
    expect(await readBodyText(request, 100)).toBe('{"q":"稅務雲"}');
  });

  it('refuses a declared Content-Length over the limit before reading anything', async () => {
    // The stream never ends: only refusing up front can answer.
    const { request } = streamed(['{'], { end: false, headers: { 'content-length': '100000000' } });
    const started = Date.now();
    expect(await codeOf(readBodyText(request, 100, 5_000))).toBe('payload_too_large');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('stops reading a streamed body at the limit and cancels the stream', async () => {
    const { request, cancelled } = streamed(['x'.repeat(60), 'x'.repeat(60)], { end: false });
    expect(await codeOf(readBodyText(request, 100, 5_000))).toBe('payload_too_large');
    expect(cancelled()).toBe(true);
  });

  it('gives up on a body that stops arriving', async () => {
    const { request, cancelled } = streamed(['{"a":'], { end: false, headers: { 'content-length': '50' } });
    const started = Date.now();
    expect(await codeOf(readBodyText(request, 100, 100))).toBe('request_timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(cancelled()).toBe(true);
    expect(new ApiError('request_timeout', '').status).toBe(408);
  });

  it('refuses a malformed Content-Length and bytes that are not UTF-8', async () => {
    expect(await codeOf(readBodyText(streamed(['{}'], { headers: { 'content-length': '2, 2' } }).request, 100))).toBe('bad_request');
    const bad = new Request(URL_, { method: 'POST', body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(await codeOf(readBodyText(bad, 100))).toBe('bad_request');
  });

  it('reads an empty body as an empty string', async () => {
    expect(await readBodyText(new Request(URL_, { method: 'POST' }), 100)).toBe('');
  });
});

describe('readBodyText: one timer for all reads', () => {
  it('gives up on each stalled body within 1.25 × its limit, while bodies that arrive are read', async () => {
    const stalled = [streamed(['{"a":'], { end: false }), streamed(['{"b":'], { end: false })];
    const started = Date.now();
    const pending = stalled.map(({ request }) => codeOf(readBodyText(request, 100, 200)));
    // Bodies that arrive meanwhile are read whole and stop being watched.
    for (let i = 0; i < 5; i++) expect(await readBodyText(streamed([`{"i":${i}}`]).request, 100, 200)).toBe(`{"i":${i}}`);
    expect(await Promise.all(pending)).toEqual(['request_timeout', 'request_timeout']);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(1_000);
    expect(stalled.every(({ cancelled }) => cancelled())).toBe(true);
  });

  it('never gives up on a body read in time, even when its limit passes later', async () => {
    const body = await readBodyText(streamed(['{"ok":true}']).request, 100, 50);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(body).toBe('{"ok":true}');
  });
});
