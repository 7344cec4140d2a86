/**
 * The OpenAPI 3.1 document of the JSON API, generated from the zod schemas the routes validate
 * with (zod-openapi). Each feature describes its routes in lib/<feature>/openapi.ts and is listed
 * once in FEATURES; tests/unit/openapi.test.ts fails, naming the route, when a route.ts under
 * app/api/v1 is missing here. The app API under /PB2CAPIVAN follows the Ministry's spec instead
 * and is documented on /developers.
 */
import { createDocument } from 'zod-openapi';
import { citizensOpenApi } from '@/lib/citizens/openapi';
import { lotteryOpenApi } from '@/lib/lottery/openapi';
import { calculatorsOpenApi } from '@/lib/calculators/openapi';
import { forumOpenApi } from '@/lib/forum/openapi';
import { paymentsOpenApi } from '@/lib/payments/openapi';
import { taxBillsOpenApi } from '@/lib/tax-bills/openapi';
import { z } from 'zod';
import { json, type FeatureOpenApi } from './shared';

export const API_VERSION = '1.0.0';

/**
 * This document's own shape: exact at the top; below paths and components it is OpenAPI 3.1 and
 * JSON Schema, which the OpenAPI meta-schema describes (tests/unit/openapi.test.ts validates it).
 */
const openApiDocumentSchema = z
  .strictObject({
    openapi: z.literal('3.1.0'),
    info: z.strictObject({ title: z.string(), version: z.string(), description: z.string(), license: z.strictObject({ name: z.string(), url: z.string() }) }),
    servers: z.array(z.strictObject({ url: z.string() })).optional(),
    tags: z.array(z.strictObject({ name: z.string(), description: z.string() })),
    paths: z.record(z.string(), z.record(z.string(), z.json())).meta({ description: 'OpenAPI 3.1 path items, by path' }),
    components: z.strictObject({
      schemas: z.record(z.string(), z.json()).meta({ description: 'JSON Schema (2020-12), by name' }),
      securitySchemes: z.record(z.string(), z.json()),
    }),
  })
  .meta({ id: 'OpenApiDocument', description: 'An OpenAPI 3.1 document (https://spec.openapis.org/oas/v3.1.0).' });

const openApiSelf: FeatureOpenApi = {
  tag: { name: 'meta', description: 'This document.' },
  paths: {
    '/api/v1/openapi.json': {
      get: { tags: ['meta'], summary: 'This OpenAPI 3.1 document', responses: { '200': json(openApiDocumentSchema, 'The document.') } },
    },
  },
};

/** Register a feature here (one line) when it adds routes under app/api/v1. */
export const FEATURES: FeatureOpenApi[] = [lotteryOpenApi, calculatorsOpenApi, citizensOpenApi, taxBillsOpenApi, paymentsOpenApi, forumOpenApi, openApiSelf];

export function openApiDocument(serverUrl?: string) {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Tax Cloud 稅務雲 JSON API',
      version: API_VERSION,
      description:
        'Version 1 of the JSON API. Within v1 fields and operations are only added, never removed or changed in meaning; an incompatible change comes as /api/v2 and v1 keeps working for at least 12 months. An operation to be retired answers with Deprecation and Sunset headers first. Errors are always { error: { code, message, fields? } }. Rate-limited operations answer with RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset, and 429 with Retry-After.',
      license: { name: 'Open Government Data License, version 1.0', url: 'https://data.gov.tw/license' },
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    tags: FEATURES.map((f) => f.tag),
    paths: Object.assign({}, ...FEATURES.map((f) => f.paths)),
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'authjs.session-token', description: 'The session of a signed-in citizen or staff member (sign in on the site).' },
        appKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'An app’s API key, with its app ID in X-App-Id (register at /me/apps).' },
      },
    },
  });
}
