/**
 * The calculators' answers (lib/tax result types) as zod schemas: lib/calculators/api.ts types each
 * answer with its schema (lib/api/documented-json.ts) and lib/calculators/openapi.ts documents it.
 * Objects are strict. Edge-safe: zod and lib/tax constants only.
 */
import { z } from 'zod';
import { TAX_KINDS } from '@/lib/tax/schemas/late-fee';
import { PROPULSIONS, VEHICLE_KINDS } from '@/lib/tax/schemas/license-tax';
import { TAX_TYPES } from '@/lib/tax/late-fee-tax-types';

const date = () => z.string().meta({ format: 'date' });
const text = z.strictObject({ 'zh-Hant-TW': z.string(), en: z.string() }).meta({ id: 'LocalizedText', description: 'The same text in Chinese and English' });
const confidence = z
  .enum(['verified', 'single-source', 'uncertain'])
  .meta({ id: 'Confidence', description: 'verified: two or more independent sources agree; single-source; uncertain' });

const legalBasis = z
  .strictObject({
    law: text,
    article: z.number().int().optional(),
    paragraph: z.number().int().optional().meta({ description: '項' }),
    subparagraph: z.number().int().optional().meta({ description: '款' }),
    item: z.number().int().optional().meta({ description: '目' }),
    url: z.string().optional(),
    citation: text.meta({ description: '稅捐稽徵法第20條第1項 / Tax Collection Act, Article 20, paragraph 1' }),
    confidence: confidence.optional(),
  })
  .meta({ id: 'LegalBasis' });

const step = z
  .strictObject({
    id: z.string(),
    label: text,
    value: z.string().optional().meta({ description: 'A result that is not money: a date, a day count, a rate' }),
    amount: z.number().int().optional().meta({ description: 'Whole NT$' }),
    formula: z.string().optional(),
    basis: legalBasis,
    confidence: confidence.optional(),
    note: text.optional(),
  })
  .meta({ id: 'CalculationStep', description: 'One line of how the result was reached, with its legal basis.' });

const warning = z
  .strictObject({
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number(), text])).optional().meta({ description: 'The values in the message, by placeholder name' }),
    message: text,
  })
  .meta({ id: 'CalculationWarning', description: 'Something to tell the reader beside the result (an uncertain figure, a provisional year…).' });

const explained = { warnings: z.array(warning), steps: z.array(step) };

export const lateFeeResultSchema = z
  .strictObject({
    regime: z.enum(['tax-collection-act', 'customs']),
    ruleId: z.enum(['art20-2022', 'art20-old', 'customs-daily']),
    taxType: z.enum(TAX_TYPES),
    taxKind: z.enum(TAX_KINDS),
    amount: z.number().int(),
    deadline: date(),
    deadlineAdjusted: date().meta({ description: 'The deadline moved past weekends, holidays and the closed days given' }),
    paidOn: date(),
    daysLate: z.number().int(),
    surchargeRate: z.number().meta({ description: 'A fraction of the tax (0.03 = 3%)' }),
    surchargeCap: z.number(),
    surcharge: z.number().int(),
    surchargePeriod: z.strictObject({ from: date(), to: date() }),
    interestFrom: date().nullable(),
    interestDays: z.number().int(),
    interest: z.number().int(),
    interestPeriods: z.array(
      z.strictObject({
        from: date(),
        to: date(),
        days: z.number().int(),
        rate: z.number().meta({ description: 'Annual rate as a fraction' }),
        rateMilliPercent: z.number().int(),
        amount: z.number().int(),
        confidence,
      }),
    ),
    total: z.number().int(),
    referral: z.strictObject({ referred: z.boolean(), date: date() }),
    ...explained,
  })
  .meta({ id: 'LateFeeResult', description: 'Surcharge (滯納金) and interest, whole NT$, with the steps and their legal basis (lib/tax LateFeeResult).' });

export const licenseTaxResultSchema = z
  .strictObject({
    taxYear: z.number().int(),
    vehicleKind: z.enum(VEHICLE_KINDS),
    propulsion: z.enum(PROPULSIONS),
    band: z.strictObject({ label: z.string(), annualAmount: z.number().int(), confidence, source: z.string(), note: z.string().optional() }),
    annualAmount: z.number().int(),
    period: z.strictObject({ from: date(), to: date(), days: z.number().int(), daysInYear: z.number().int() }),
    proRated: z.boolean(),
    exemptDays: z.number().int(),
    taxableDays: z.number().int(),
    amount: z.number().int(),
    collectionWindow: z.strictObject({ from: date(), to: date() }),
    ...explained,
  })
  .meta({ id: 'LicenseTaxResult', description: 'Vehicle license tax (使用牌照稅) for the days held, with the steps (lib/tax LicenseTaxResult).' });

const method = z.enum(['combined', 'salary-separate-taxpayer', 'salary-separate-spouse']);

export const incomeTaxResultSchema = z
  .strictObject({
    incomeYear: z.number().int().meta({ description: 'ROC year of the income' }),
    year: z.number().int().meta({ description: 'Gregorian year of the income' }),
    filedIn: z.string(),
    provisional: z.boolean().meta({ description: 'A figure the law needs is not announced yet' }),
    persons: z.number().int(),
    totalIncome: z.number().int(),
    exemptions: z.number().int(),
    generalDeduction: z.strictObject({
      choice: z.enum(['auto', 'standard', 'itemised']),
      method: z.enum(['standard', 'itemised']),
      amount: z.number().int(),
      standard: z.number().int(),
      itemised: z.number().int(),
    }),
    specialDeductions: z.strictObject({
      salaryPerMember: z.array(z.number().int()),
      salary: z.number().int(),
      disability: z.number().int(),
      savings: z.number().int(),
      tuition: z.number().int(),
      preschool: z.number().int(),
      longTermCare: z.number().int(),
      rent: z.number().int(),
      total: z.number().int(),
    }),
    basicLiving: z
      .strictObject({ perPerson: z.number().int(), persons: z.number().int(), total: z.number().int(), compared: z.number().int(), difference: z.number().int() })
      .nullable(),
    netTaxableIncome: z.number().int(),
    computations: z.array(
      z.strictObject({
        method,
        parts: z.array(
          z.strictObject({
            id: z.enum(['all', 'separate-salary', 'rest']),
            net: z.number().int(),
            ratePercent: z.number(),
            progressiveDifference: z.number().int(),
            tax: z.number().int(),
            formula: z.string(),
          }),
        ),
        tax: z.number().int(),
      }),
    ),
    method,
    taxPayable: z.number().int(),
    dividendCredit: z.number().int(),
    withheld: z.number().int(),
    prepaid: z.number().int(),
    balance: z.number().int().meta({ description: 'Positive: still to pay (應補稅額); negative: refund (應退稅額)' }),
    outcome: z.enum(['pay', 'refund', 'settled']),
    marginalRate: z.number(),
    effectiveRate: z.number(),
    ...explained,
  })
  .meta({ id: 'IncomeTaxResult', description: 'Individual income tax (綜合所得稅) with every computation compared and the steps (lib/tax IncomeTaxResult).' });
