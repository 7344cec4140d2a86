/**
 * Checks a real answer of an /api/v1 route against the schema the OpenAPI document gives for its
 * path, method, status and content type: the same zod schema object the route types its body
 * with (lib/<feature>/response-schemas.ts). Response objects are strict, so a field the document
 * does not name fails too. tests/unit/openapi-responses.test.ts checks that every JSON answer in
 * the document is checked this way by some test.
 */
import { expect } from 'vitest';
import type { z } from 'zod';
import { FEATURES } from '@/lib/openapi/document';

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: z.ZodType }> }> };

export function documentedSchema(path: string, method: string, status: number, contentType = 'application/json'): z.ZodType {
  const item = FEATURES.map((f) => f.paths[path]).find(Boolean) as Record<string, Operation> | undefined;
  const operation = item?.[method.toLowerCase()];
  if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in the OpenAPI document`);
  const response = operation.responses?.[String(status)];
  if (!response) throw new Error(`${method.toUpperCase()} ${path} does not document status ${status}`);
  const schema = response.content?.[contentType]?.schema;
  if (!schema) throw new Error(`${method.toUpperCase()} ${path} ${status} documents no ${contentType} body`);
  return schema;
}

/** Parses the answer's JSON with its documented schema; fails naming every difference. Returns the body. */
export async function expectDocumented(response: Response, path: string, method: string): Promise<unknown> {
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  expect(type, `${method.toUpperCase()} ${path} answered ${type}`).toBe('application/json');
  const body: unknown = await response.clone().json();
  const result = documentedSchema(path, method, response.status).safeParse(body);
  expect(result.success ? [] : result.error.issues, `${method.toUpperCase()} ${path} ${response.status} differs from its documented schema`).toEqual([]);
  return body;
}
