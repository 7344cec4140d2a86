/**
 * The tax passbook's JSON answers as zod schemas: lib/tax-bills/api.ts types its answers with them
 * (lib/api/documented-json.ts) and lib/tax-bills/openapi.ts documents them. Objects are strict.
 */
import { z } from 'zod';
import type { Documented } from '@/lib/api/documented-json';
import { BILL_STATUSES, BILL_TAX_TYPES, PAYMENT_CHANNELS } from './rules';
import type { TaxDataDto } from './tax-data';

const date = () => z.string().meta({ format: 'date' });

export const lateFeeSchema = z
  .strictObject({
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

export const billSchema = z
  .strictObject({
    id: z.uuid(),
    taxType: z.enum(BILL_TAX_TYPES),
    direction: z.enum(['payable', 'refund']),
    taxYear: z.number().int().meta({ description: 'Gregorian year' }),
    office: z.strictObject({ code: z.string(), name: z.string(), nameEn: z.string() }),
    principal: z.number().int(),
    dueDate: date(),
    subject: z.string(),
    subjectEn: z.string(),
    vehicle: z.strictObject({ kind: z.string(), cc: z.number().int() }).nullable(),
    returnId: z.string().nullable(),
    status: z.enum(BILL_STATUSES),
    lateFee: lateFeeSchema.nullable().meta({ description: 'Today’s late fee (overdue or in enforcement), else null' }),
    amountDue: z.number().int().meta({ description: 'What paying today costs: principal + today’s late fee; 0 when paid or a refund' }),
    events: z.array(
      z.strictObject({ kind: z.enum(['payment', 'refund']), at: z.string().meta({ format: 'date-time' }), amount: z.number().int(), channel: z.string().meta({ description: PAYMENT_CHANNELS.join(', ') }), reference: z.string() }),
    ),
    synthetic: z.boolean().meta({ description: 'Demo data' }),
  })
  .meta({ id: 'TaxBill', description: 'One tax bill with today’s status and late fee (lib/tax-bills/dto.ts TaxBillDto).' });

export const taxDataSchema = z
  .strictObject({
    incomeYear: z.number().int(),
    income: z.array(z.strictObject({ payerBan: z.string(), payerName: z.string(), code: z.string().meta({ description: 'Income category code (所得類別)' }), amount: z.number().int(), withheld: z.number().int() })),
    properties: z.array(
      z.strictObject({ kind: z.enum(['land', 'building', 'vehicle']), description: z.string(), descriptionEn: z.string(), measure: z.string(), value: z.number().int(), acquiredOn: date() }),
    ),
    synthetic: z.literal(true),
  })
  .meta({ id: 'TaxData', description: 'Income and property records of one income year (lib/tax-bills/tax-data.ts TaxDataDto).' });

export const billListSchema = z.strictObject({
  bills: z.array(billSchema),
  totals: z.strictObject({ principal: z.number().int().meta({ description: 'Principal of the payable bills' }), dueToday: z.number().int() }),
});

export const billAnswerSchema = z.strictObject({
  bill: billSchema,
  ifPaidOn: lateFeeSchema.nullable().optional().meta({ description: 'With payOn: the late fee on that day (null when nothing is due then)' }),
  asOf: z.string().meta({ format: 'date-time' }),
});

// The JSON download is written by the route from lib/tax-bills/tax-data.ts: the compiler checks
// here that TaxDataDto still fits the documented shape.
export const taxDataFits = (data: TaxDataDto): Documented<z.input<typeof taxDataSchema>> => data;
