/**
 * The lottery API's answers (lib/lottery/period-dto.ts, check-service.ts) as zod schemas: the
 * routes type their answers with them (lib/api/documented-json.ts) and lib/lottery/openapi.ts
 * documents them. Objects are strict: a field the schema does not name is an error.
 */
import { z } from 'zod';
import { PRIZE_TIERS, type PrizeKey } from './prizes';

const date = () => z.string().meta({ format: 'date' });
const prizeKey = z.enum(Object.keys(PRIZE_TIERS) as [PrizeKey, ...PrizeKey[]]);

export const periodSchema = z
  .strictObject({
    period: z.string().meta({ description: 'etax page key (ROC year + odd month), e.g. 11409', example: '11409' }),
    invTerm: z.string().meta({ description: 'The e-invoice API term (ROC year + even month), e.g. 11410', example: '11410' }),
    label: z.strictObject({ 'zh-Hant-TW': z.string(), en: z.string() }),
    drawDate: date(),
    claim: z.strictObject({ from: date(), to: date() }),
    special: z.string().nullable().meta({ description: '特別獎 (NT$10,000,000); null where no reliable source gives it' }),
    grand: z.string().nullable().meta({ description: '特獎 (NT$2,000,000)' }),
    first: z.array(z.string()).meta({ description: '頭獎 numbers; 2nd–6th prizes match their last 7…3 digits' }),
    additionalSixth: z.array(z.string()).meta({ description: '增開六獎 (3 digits), older periods' }),
    confidence: z.string(),
    sources: z.array(z.string()),
    fieldConfidence: z.record(z.string(), z.string()).optional().meta({ description: 'How sure the sources are of each field, by field name' }),
    verification: z.string().optional(),
    notes: z.string().optional(),
    origin: z.enum(['sources', 'published']),
    publishedAt: z.string().meta({ format: 'date-time' }).optional(),
  })
  .meta({ id: 'LotteryPeriod', description: 'One period’s winning numbers with their provenance (lib/lottery/period-dto.ts).' });

export const periodsSchema = z.strictObject({ periods: z.array(periodSchema) });

const checked = z
  .strictObject({
    number: z.string().meta({ description: 'The number as read, compacted: AB12345678' }),
    period: z.string(),
    status: z.literal('checked'),
    prize: prizeKey.nullable().meta({ description: 'null: no prize' }),
    amount: z.number().int(),
    net: z.number().int().meta({ description: 'What the winner receives after withholding and stamp duty' }),
    claim: z.strictObject({ from: date(), to: date() }),
    unchecked: z.array(prizeKey).optional().meta({ description: 'Tiers this period’s numbers cannot check (e.g. an unknown special prize)' }),
  })
  .meta({ id: 'LotteryCheckChecked' });

const unavailable = z
  .strictObject({
    number: z.string(),
    period: z.string(),
    status: z.literal('unavailable'),
    reason: z.enum(['not_drawn', 'awaiting', 'no_numbers']).meta({ description: 'Not drawn yet; drawn and its numbers not here yet; or an old period this site has no numbers for. Never "no prize".' }),
    drawDate: date(),
  })
  .meta({ id: 'LotteryCheckUnavailable' });

const failed = z
  .strictObject({
    number: z.string().meta({ description: 'The input as sent' }),
    period: z.string(),
    status: z.literal('error'),
    error: z.strictObject({ code: z.enum(['empty', 'characters', 'track', 'length']), message: z.string() }),
  })
  .meta({ id: 'LotteryCheckError' });

export const checkResponseSchema = z
  .strictObject({ results: z.array(z.discriminatedUnion('status', [checked, unavailable, failed])) })
  .meta({ id: 'LotteryCheckResult', description: 'Per number, in the order sent: its prize, "unavailable" with the reason, or why it could not be read.' });

export const publishResponseSchema = z
  .strictObject({
    period: z.string().meta({ description: 'The period’s page key' }),
    revision: z.number().int(),
    correction: z.boolean().meta({ description: 'true when this corrected numbers already published' }),
    record: periodSchema.optional().meta({ description: 'The period as the API now answers it' }),
  })
  .meta({ id: 'LotteryPublishResult' });
