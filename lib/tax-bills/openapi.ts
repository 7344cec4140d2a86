/**
 * The tax passbook's routes in the OpenAPI document (lib/openapi/document.ts): my tax bills, a
 * bill's payment slip (PDF), my cloud tax information (JSON or CSV download) and the private
 * due-date calendar (iCalendar, its token the only key). /me answers are personal: private, no-store.
 */
import { z } from 'zod';
import { errors, json, SESSION, type FeatureOpenApi } from '@/lib/openapi/shared';
import { BILL_STATUSES, BILL_TAX_TYPES, PAYMENT_CHANNELS } from './rules';
import { billFiltersSchema, billIdSchema, dataYearSchema, payOnSchema } from './schemas';

const date = () => z.string().meta({ format: 'date' });

const lateFeeSchema = z
  .object({
    paidOn: date().meta({ description: 'The day the figures are for (today, or the day picked)' }),
    deadlineAdjusted: date().meta({ description: 'The due date moved past closed office days' }),
    daysLate: z.number().int(),
    surchargePercent: z.number(),
    surcharge: z.number().int(),
    interest: z.number().int(),
    interestDays: z.number().int(),
    total: z.number().int(),
    surchargePeriodTo: date(),
    referred: z.boolean().meta({ description: 'Referred for enforcement (移送強制執行)' }),
    referralDate: date(),
  })
  .meta({ id: 'LateFee', description: 'A late fee: surcharge (滯納金) and interest, whole NT$ (lib/tax-bills/dto.ts LateFeeDto).' });

const billSchema = z
  .object({
    id: z.uuid(),
    taxType: z.enum(BILL_TAX_TYPES),
    direction: z.enum(['payable', 'refund']),
    taxYear: z.number().int().meta({ description: 'Gregorian year' }),
    office: z.object({ code: z.string(), name: z.string(), nameEn: z.string() }),
    principal: z.number().int(),
    dueDate: date(),
    subject: z.string(),
    subjectEn: z.string(),
    vehicle: z.object({ kind: z.string(), cc: z.number().int() }).nullable(),
    returnId: z.string().nullable(),
    status: z.enum(BILL_STATUSES),
    lateFee: lateFeeSchema.nullable().meta({ description: 'Today’s late fee (overdue or in enforcement), else null' }),
    amountDue: z.number().int().meta({ description: 'What paying today costs: principal + today’s late fee; 0 when paid or a refund' }),
    events: z.array(
      z.object({ kind: z.enum(['payment', 'refund']), at: z.string().meta({ format: 'date-time' }), amount: z.number().int(), channel: z.string().meta({ description: PAYMENT_CHANNELS.join(', ') }), reference: z.string() }),
    ),
    synthetic: z.boolean().meta({ description: 'Demo data' }),
  })
  .meta({ id: 'TaxBill', description: 'One tax bill with today’s status and late fee (lib/tax-bills/dto.ts TaxBillDto).' });

const taxDataSchema = z
  .object({
    incomeYear: z.number().int(),
    income: z.array(z.object({ payerBan: z.string(), payerName: z.string(), code: z.string().meta({ description: 'Income category code (所得類別)' }), amount: z.number().int(), withheld: z.number().int() })),
    properties: z.array(
      z.object({ kind: z.enum(['land', 'building', 'vehicle']), description: z.string(), descriptionEn: z.string(), measure: z.string(), value: z.number().int(), acquiredOn: date() }),
    ),
    synthetic: z.literal(true),
  })
  .meta({ id: 'TaxData', description: 'Income and property records of one income year (lib/tax-bills/tax-data.ts TaxDataDto).' });

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
          '200': json(
            z.object({ bills: z.array(billSchema), totals: z.object({ principal: z.number().int().meta({ description: 'Principal of the payable bills' }), dueToday: z.number().int() }) }),
            'The bills.',
          ),
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
          '200': json(
            z.object({
              bill: billSchema,
              ifPaidOn: lateFeeSchema.nullable().optional().meta({ description: 'With payOn: the late fee on that day (null when nothing is due then)' }),
              asOf: z.string().meta({ format: 'date-time' }),
            }),
            'The bill.',
          ),
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
