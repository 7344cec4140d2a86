/**
 * The tax passbook's routes in the OpenAPI document (lib/openapi/document.ts): my tax bills, a
 * bill's payment slip (PDF), my cloud tax information (JSON or CSV download) and the private
 * due-date calendar (iCalendar, its token the only key). /me answers are personal: private, no-store.
 */
import { z } from 'zod';
import { errors, json, SESSION, type FeatureOpenApi } from '@/lib/openapi/shared';
import { billAnswerSchema, billListSchema, taxDataSchema } from './response-schemas';
import { billFiltersSchema, billIdSchema, dataYearSchema, payOnSchema } from './schemas';

const me = { tags: ['tax'], security: SESSION };
const billPath = z.object({ id: billIdSchema.meta({ description: 'The bill’s id (another citizen’s bill is not found)' }) });

export const taxBillsOpenApi: FeatureOpenApi = {
  tag: { name: 'tax', description: 'My tax passbook (稅務存摺): bills, payment slips, cloud tax information and the due-date calendar.' },
  paths: {
    '/api/v1/me/tax/bills': {
      get: {
        ...me,
        summary: 'My tax bills with today’s status and late fee',
        requestParams: { query: billFiltersSchema },
        responses: {
          '200': json(billListSchema, 'The bills.'),
          ...errors(400, 401),
        },
      },
    },
    '/api/v1/me/tax/bills/{id}': {
      get: {
        ...me,
        summary: 'One of my bills, and what paying on a chosen day costs (payOn)',
        requestParams: { path: billPath, query: z.object({ payOn: payOnSchema.optional().meta({ description: 'YYYY-MM-DD', format: 'date' }) }) },
        responses: {
          '200': json(billAnswerSchema, 'The bill.'),
          ...errors(400, 401, 404),
        },
      },
    },
    '/api/v1/me/tax/bills/{id}/slip.pdf': {
      get: {
        ...me,
        summary: 'The payment slip (繳款書) of one of my unpaid bills, as an A4 PDF',
        requestParams: { path: billPath, query: z.object({ lang: z.enum(['zh-Hant-TW', 'en']).optional() }) },
        responses: { '200': { description: 'The PDF.', content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } } }, ...errors(401, 404, 409) },
      },
    },
    '/api/v1/me/tax/data': {
      get: {
        ...me,
        summary: 'My income and property records of one income year (cloud tax information), as a JSON or CSV download',
        requestParams: { query: z.object({ year: dataYearSchema.meta({ description: 'Gregorian income year', example: 2025 }), format: z.enum(['json', 'csv']).optional() }) },
        responses: { '200': { description: 'The file (Content-Disposition: attachment).', content: { 'application/json': { schema: taxDataSchema }, 'text/csv': { schema: z.string() } } }, ...errors(400, 401) },
      },
    },
    '/api/v1/tax/calendar/{token}': {
      get: {
        tags: ['tax'],
        summary: 'A citizen’s private calendar of unpaid due dates (iCalendar; the token in the address is the only key)',
        requestParams: { path: z.object({ token: z.string().meta({ description: 'The calendar token from /me/tax, with or without the .ics suffix; unknown once renewed or revoked' }) }) },
        responses: { '200': { description: 'The calendar.', content: { 'text/calendar': { schema: z.string() } } }, ...errors(404) },
      },
    },
  },
};
