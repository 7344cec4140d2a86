/** The lottery's routes in the OpenAPI document (lib/openapi/document.ts). */
import { z } from 'zod';
import { publishPeriodSchema } from '@/lib/lottery/publish-schema';
import { errors, json, jsonBody, looseObject, SESSION, type FeatureOpenApi } from '@/lib/openapi/shared';

const periodSchema = z
  .object({
    period: z.string().meta({ description: 'etax page key (ROC year + odd month), e.g. 11409', example: '11409' }),
    invTerm: z.string().meta({ description: 'The e-invoice API term (ROC year + even month), e.g. 11410', example: '11410' }),
    label: z.object({ 'zh-Hant-TW': z.string(), en: z.string() }),
    drawDate: z.string().meta({ format: 'date' }),
    claim: z.object({ from: z.string().meta({ format: 'date' }), to: z.string().meta({ format: 'date' }) }),
    special: z.string().nullable().meta({ description: '特別獎 (NT$10,000,000); null where no reliable source gives it' }),
    grand: z.string().nullable().meta({ description: '特獎 (NT$2,000,000)' }),
    first: z.array(z.string()).meta({ description: '頭獎 numbers; 2nd–6th prizes match their last 7…3 digits' }),
    additionalSixth: z.array(z.string()).meta({ description: '增開六獎 (3 digits), older periods' }),
    confidence: z.string(),
    sources: z.array(z.string()),
    fieldConfidence: z.record(z.string(), z.string()).optional(),
    verification: z.string().optional(),
    notes: z.string().optional(),
    origin: z.enum(['sources', 'published']),
    publishedAt: z.string().meta({ format: 'date-time' }).optional(),
  })
  .meta({ id: 'LotteryPeriod', description: 'One period’s winning numbers with their provenance (lib/lottery/period-dto.ts).' });

const periodPath = z.string().meta({ description: 'Either key form: 11409 (page key) or 11410 (invTerm); a `.csv` suffix answers CSV', example: '11410' });

export const lotteryOpenApi: FeatureOpenApi = {
  tag: { name: 'lottery', description: 'Winning numbers and the prize check (統一發票中獎號碼).' },
  paths: {
    '/api/v1/lottery/periods': {
      get: {
        tags: ['lottery'],
        summary: 'Every period’s winning numbers, newest first',
        responses: { '200': json(z.object({ periods: z.array(periodSchema) }), 'The periods.'), ...errors(503) },
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
        responses: { '200': json(looseObject('LotteryCheckResult', 'Per number: its prize, or "unavailable" with the reason when the period has no numbers here.'), 'Results in the order sent.'), ...errors(400, 405, 413, 415) },
      },
    },
    '/api/v1/admin/lottery/periods': {
      post: {
        tags: ['lottery'],
        summary: 'Publish or correct a period’s winning numbers (staff with lottery:publish)',
        security: SESSION,
        requestBody: jsonBody(publishPeriodSchema),
        responses: { '201': json(periodSchema, 'Published.'), '200': json(periodSchema, 'Corrected.'), ...errors(400, 401, 403, 409, 413, 415, 429) },
      },
    },
  },
};
