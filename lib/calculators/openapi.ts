/** The tax calculators' routes in the OpenAPI document (lib/openapi/document.ts): pure computations, no sign-in. */
import { incomeTaxInputSchema } from '@/lib/tax/schemas/income-tax';
import { lateFeeInputSchema } from '@/lib/tax/schemas/late-fee';
import { licenseTaxInputSchema } from '@/lib/tax/schemas/license-tax';
import type { z } from 'zod';
import { errors, json, jsonBody, type FeatureOpenApi } from '@/lib/openapi/shared';
import { incomeTaxResultSchema, lateFeeResultSchema, licenseTaxResultSchema } from './response-schemas';

const calculator = (summary: string, input: Parameters<typeof jsonBody>[0], result: z.ZodType) => ({
  post: {
    tags: ['calculators'],
    summary,
    requestBody: jsonBody(input),
    responses: { '200': json(result, 'The amount and the steps that lead to it, with the legal basis of each.'), ...errors(400, 405, 413, 415) },
  },
});

export const calculatorsOpenApi: FeatureOpenApi = {
  tag: { name: 'calculators', description: 'Tax trial calculations (試算): results are estimates, not assessments.' },
  paths: {
    '/api/v1/calculators/income-tax': calculator('Individual income tax for an income year (綜合所得稅)', incomeTaxInputSchema, incomeTaxResultSchema),
    '/api/v1/calculators/late-fee': calculator('Late-payment surcharge and interest (滯納金)', lateFeeInputSchema, lateFeeResultSchema),
    '/api/v1/calculators/license-tax': calculator('Vehicle license tax (使用牌照稅)', licenseTaxInputSchema, licenseTaxResultSchema),
  },
};
