/** The lottery's routes in the OpenAPI document (lib/openapi/document.ts). */
import { z } from 'zod';
import { publishPeriodSchema } from '@/lib/lottery/publish-schema';
import { errors, json, jsonBody, SESSION, type FeatureOpenApi } from '@/lib/openapi/shared';
import { checkResponseSchema, periodSchema, periodsSchema, publishResponseSchema } from './response-schemas';

const periodPath = z.string().meta({ description: 'Either key form: 11409 (page key) or 11410 (invTerm); a `.csv` suffix answers CSV', example: '11410' });

export const lotteryOpenApi: FeatureOpenApi = {
  tag: { name: 'lottery', description: 'Winning numbers and the prize check (統一發票中獎號碼).' },
  paths: {
    '/api/v1/lottery/periods': {
      get: {
        tags: ['lottery'],
        summary: 'Every period’s winning numbers, newest first',
        responses: { '200': json(periodsSchema, 'The periods.'), ...errors(503) },
      },
    },
    '/api/v1/lottery/periods/{period}': {
      get: {
        tags: ['lottery'],
        summary: 'One period’s winning numbers (JSON, or CSV with ?format=csv)',
        requestParams: { path: z.object({ period: periodPath }), query: z.object({ format: z.enum(['json', 'csv']).optional() }) },
        responses: { '200': { description: 'The period.', content: { 'application/json': { schema: periodSchema }, 'text/csv': { schema: z.string() } } }, ...errors(400, 404, 405) },
      },
    },
    '/api/v1/lottery/check': {
      post: {
        tags: ['lottery'],
        summary: 'Check up to 10,000 invoice numbers against one period',
        requestBody: jsonBody(z.object({ period: periodPath, numbers: z.array(z.union([z.string(), z.number()])).min(1).max(10_000) })),
        responses: { '200': json(checkResponseSchema, 'Results in the order sent.'), ...errors(400, 405, 413, 415) },
      },
    },
    '/api/v1/admin/lottery/periods': {
      post: {
        tags: ['lottery'],
        summary: 'Publish or correct a period’s winning numbers (staff with lottery:publish)',
        security: SESSION,
        requestBody: jsonBody(publishPeriodSchema),
        responses: { '201': json(publishResponseSchema, 'Published.'), '200': json(publishResponseSchema, 'Corrected.'), ...errors(400, 401, 403, 409, 413, 415, 429) },
      },
    },
  },
};
