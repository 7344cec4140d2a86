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

/** A JSON answer from bytes already serialised (documentedText, lib/lottery/check-json.ts). */
export function jsonTextResponse(text: string | Uint8Array<ArrayBuffer>, init?: ResponseInit): Response {
  const headers = new Headers(init?.headers);
  headers.set('Content-Type', 'application/json');
  return new Response(text, { ...init, headers });
}
