/**
 * A JSON answer typed by the zod schema that documents it in the OpenAPI document
 * (lib/<feature>/openapi.ts uses the same schema object): the compiler refuses a body whose
 * shape is not the documented one, and tests/integration/api-responses.test.ts parses real
 * answers with it. Nothing is checked at run time, so an answer costs what Response.json costs.
 */
import type { z } from 'zod';

/** The schema's shape, arrays and objects read-only (so DTOs with readonly arrays fit). */
export type Documented<T> = T extends readonly (infer U)[] ? readonly Documented<U>[] : T extends object ? { readonly [K in keyof T]: Documented<T[K]> } : T;

export function documentedJson<S extends z.ZodType>(_schema: S, body: Documented<z.input<S>>, init?: ResponseInit): Response {
  return Response.json(body, init);
}

/**
 * The serialised body of a documented answer, for routes that keep the bytes between requests
 * (the periods list): typed like documentedJson, serialised once.
 */
export function documentedText<S extends z.ZodType>(_schema: S, body: Documented<z.input<S>>): string {
  return JSON.stringify(body);
}

/**
 * A JSON answer from bytes already serialised (documentedText, lib/lottery/check-json.ts).
 * Large bytes go out as a one-chunk stream: `new Response(bytes)` copies them first (undici's
 * extractBody), which for a 10,000-number check is another 1.4 MB outside the heap per request,
 * and those allocations are what set off the full collections behind the bulk check's p95
 * (issue 17, docs/benchmarks.md). Small answers (a one-number check) are handed over as they are:
 * copying a few hundred bytes costs less than building a stream. Next sends app route bodies
 * chunked either way, so the bytes on the wire are the same; the kept periods list is never
 * written to. Headers stay a plain record: a Headers object built per answer is copied again by Response.
 */
export function jsonTextResponse(text: string | Uint8Array<ArrayBuffer>, init?: { status?: number; headers?: Record<string, string> }): Response {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  // The type is always JSON: a caller's own Content-Type would be joined to it, not replace it.
  for (const [name, value] of Object.entries(init?.headers ?? {})) if (name.toLowerCase() !== 'content-type') headers[name] = value;
  const body = typeof text === 'string' || text.byteLength <= COPY_LIMIT_BYTES ? text : oneChunk(text);
  return new Response(body, { status: init?.status, headers });
}

/** Below this a copy of the bytes is cheaper than a stream around them. */
const COPY_LIMIT_BYTES = 16_384;

function oneChunk(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}
