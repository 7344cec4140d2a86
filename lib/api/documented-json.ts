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
 * Bytes go out as a one-chunk stream: `new Response(bytes)` copies them first (undici's
 * extractBody), which for a 10,000-number check is another 1.4 MB outside the heap per request,
 * and those allocations are what set off the full collections behind the bulk check's p95
 * (issue 17, docs/benchmarks.md). Next sends app route bodies chunked either way, so the bytes
 * on the wire are the same; the kept periods list is handed over as is, never written to.
 */
export function jsonTextResponse(text: string | Uint8Array<ArrayBuffer>, init?: ResponseInit): Response {
  const headers = new Headers(init?.headers);
  headers.set('Content-Type', 'application/json');
  return new Response(typeof text === 'string' ? text : oneChunk(text), { ...init, headers });
}

function oneChunk(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}
