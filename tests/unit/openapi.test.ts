/**
 * The OpenAPI document: valid OpenAPI 3.1 (a maintained validator), and every route.ts under
 * app/api/v1 is in it with the methods the route answers. A route missing from the document is
 * named in the failure: describe it in lib/<feature>/openapi.ts and list the feature in
 * lib/openapi/document.ts FEATURES.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@/lib/openapi/document';

const API_DIR = path.join(process.cwd(), 'app', 'api', 'v1');

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === 'route.ts' ? [full] : [];
  });
}

/** app/api/v1/lottery/periods/[period]/route.ts → /api/v1/lottery/periods/{period} */
function openApiPath(file: string): string {
  const rel = path.relative(path.join(process.cwd(), 'app'), path.dirname(file)).split(path.sep);
  return `/${rel.map((s) => s.replace(/^\[\.{3}(.+)\]$/, '{$1}').replace(/^\[(.+)\]$/, '{$1}')).join('/')}`;
}

/** The methods a route really answers: its own exports, not the 405 re-exports. */
function methods(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/gm)].map((m) => m[1]!.toLowerCase());
}

const doc = openApiDocument('https://taxcloud.example');

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(doc)));
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every route under app/api/v1 with the methods it answers', () => {
    const missing: string[] = [];
    for (const file of routeFiles(API_DIR)) {
      const p = openApiPath(file);
      const described = (doc.paths ?? {})[p] as Record<string, unknown> | undefined;
      for (const method of methods(file)) if (!described?.[method]) missing.push(`${method.toUpperCase()} ${p}  (${path.relative(process.cwd(), file)})`);
    }
    expect(missing, `Routes missing from the OpenAPI document: describe them in lib/<feature>/openapi.ts and list the feature in lib/openapi/document.ts FEATURES:\n  ${missing.join('\n  ')}\n`).toEqual([]);
  });

  it('shares the one error shape', () => {
    expect(JSON.stringify(doc.components?.schemas?.ApiError)).toContain('rate_limited');
  });
});
