/**
 * A signed-in citizen's routes (/api/v1/me/…) and passkey sign-in in the OpenAPI document
 * (lib/openapi/document.ts). Every /me answer is personal: Cache-Control private, no-store.
 */
import { z } from 'zod';
import { addPasskeySchema } from '@/lib/citizens/passkey-schemas';
import { donateSchema } from '@/lib/donations/schemas';
import { invoiceNumberSchema } from '@/lib/invoices/schemas';
import { csv, errors, json, jsonBody, SESSION, type FeatureOpenApi } from '@/lib/openapi/shared';
import {
  carriersSchema,
  invoiceDetailSchema,
  invoicePageSchema,
  myDataSchema,
  passkeyAddedSchema,
  passkeyCreationOptionsSchema,
  passkeyRequestOptionsSchema,
} from './response-schemas';

const me = { tags: ['me'], security: SESSION };

const donationSchema = z
  .object({
    id: z.number().int(),
    period: z.string(),
    invoiceNumber: z.string().meta({ description: 'Masked: AB12345***', example: 'AB12345***' }),
    loveCode: z.string(),
    organisation: z.object({ name: z.string(), nameEn: z.string() }),
    amount: z.number().int(),
    donatedAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'Donation' });

const invoiceQuery = z.object({
  period: z.string().meta({ description: 'invTerm or page key', example: '11410' }),
  carrierId: z.number().int().optional(),
  seller: z.string().optional(),
  minAmount: z.number().int().optional(),
  maxAmount: z.number().int().optional(),
  from: z.string().meta({ format: 'date' }).optional(),
  to: z.string().meta({ format: 'date' }).optional(),
  q: z.string().optional(),
  cursor: z.string().optional(),
  limit: z.number().int().min(1).max(100).optional(),
});

const SECTIONS = z.enum(['account', 'carriers', 'invoices', 'items', 'donations', 'bank-account', 'spending', 'access-log']);

export const citizensOpenApi: FeatureOpenApi = {
  tag: { name: 'me', description: 'A signed-in citizen’s own data (session cookie; another citizen’s data is never found).' },
  paths: {
    '/api/v1/me/carriers': {
      get: { ...me, summary: 'My carriers: the mobile barcode and the linked cards', responses: { '200': json(carriersSchema, 'The carriers.'), ...errors(401) } },
    },
    '/api/v1/me/invoices': {
      get: {
        ...me,
        summary: 'My invoices of one period, filtered, a page at a time (rate-limited: api:read)',
        requestParams: { query: invoiceQuery },
        responses: { '200': json(invoicePageSchema, 'A page: summaries with prize, draw and payout status; donated invoices masked.'), ...errors(400, 401, 429) },
      },
    },
    '/api/v1/me/invoices/{number}': {
      get: {
        ...me,
        summary: 'One of my invoices with its lines',
        requestParams: { path: z.object({ number: invoiceNumberSchema.meta({ example: 'AB12345678' }) }) },
        responses: { '200': json(invoiceDetailSchema, 'The invoice.'), ...errors(400, 401, 404) },
      },
    },
    '/api/v1/me/donations': {
      get: { ...me, summary: 'My donations, newest first', responses: { '200': json(z.object({ donations: z.array(donationSchema) }), 'The donations.'), ...errors(401) } },
      post: {
        ...me,
        summary: 'Donate one of my invoices by love code (Idempotency-Key honoured; rate-limited: api:write)',
        requestParams: { header: z.object({ 'Idempotency-Key': z.string().min(8).max(200).optional() }) },
        requestBody: jsonBody(donateSchema),
        responses: { '201': json(z.object({ donation: donationSchema }), 'Donated.'), '200': json(z.object({ donation: donationSchema }), 'The same request again (Idempotent-Replayed: true).'), ...errors(400, 401, 403, 404, 409, 413, 415, 429) },
      },
    },
    '/api/v1/me/data': {
      get: { ...me, summary: 'Everything about me as one JSON file (a download)', responses: { '200': json(myDataSchema, 'The file.'), ...errors(401) } },
    },
    '/api/v1/me/data/{file}': {
      get: {
        ...me,
        summary: 'One part of my data as CSV',
        requestParams: { path: z.object({ file: z.string().meta({ description: `{section}.csv, section one of ${SECTIONS.options.join(', ')}`, example: 'invoices.csv' }) }) },
        responses: { '200': csv('The CSV file.'), ...errors(401, 404) },
      },
    },
    '/api/v1/me/spending.csv': {
      get: {
        ...me,
        summary: 'One table of My spending as CSV',
        requestParams: { query: z.object({ from: z.string().optional(), to: z.string().optional(), view: z.enum(['month', 'category', 'merchant']).optional(), lang: z.enum(['zh-Hant-TW', 'en']).optional() }) },
        responses: { '200': csv('The CSV file.'), ...errors(400, 401) },
      },
    },
    '/api/v1/me/passkeys/options': {
      post: { ...me, summary: 'WebAuthn creation options for adding a passkey', responses: { '200': json(passkeyCreationOptionsSchema, 'The options.'), ...errors(401, 403) } },
    },
    '/api/v1/me/passkeys': {
      post: { ...me, summary: 'Add a passkey (the browser’s WebAuthn answer)', requestBody: jsonBody(addPasskeySchema), responses: { '201': json(passkeyAddedSchema, 'Added.'), ...errors(400, 401, 403, 413, 415) } },
    },
    '/api/v1/passkeys/options': {
      post: { tags: ['me'], summary: 'WebAuthn request options for signing in with a passkey', responses: { '200': json(passkeyRequestOptionsSchema, 'The options.'), ...errors(405) } },
    },
  },
};
