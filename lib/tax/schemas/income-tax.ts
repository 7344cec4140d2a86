/** Input of the individual income tax calculator (綜合所得稅試算). */
import { z } from 'zod';
import { incomeTaxYear, SUPPORTED_INCOME_YEARS, type IncomeTaxYear } from '../data/income-tax-years';
import type { TaxMessageCode } from '../messages';
import { ntdAmount, numberFromText, requiredOr, wholeCount } from './common';

export const FILING_STATUSES = ['single', 'married'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

/** 'auto' takes the larger of the standard deduction and the itemised total, as a filer would. */
export const DEDUCTION_METHODS = ['auto', 'standard', 'itemised'] as const;
export type DeductionMethod = (typeof DEDUCTION_METHODS)[number];

/**
 * One member of the return. `age70Plus` raises the exemption for the taxpayer, the spouse and
 * dependent lineal ascendants (本人、配偶及受扶養直系尊親屬年滿70歲); forms should offer it only there.
 */
export const householdMemberSchema = z.object({
  salary: ntdAmount.default(0),
  /** Interest that counts for the savings and investment deduction (deposits and the like). */
  interest: ntdAmount.default(0),
  /** Dividends, taxed with the rest of the income (the 8.5% credit applies). */
  dividends: ntdAmount.default(0),
  /** All other consolidated income (rent received, business, professional…), not interest or dividends. */
  otherIncome: ntdAmount.default(0),
  age70Plus: z.boolean(requiredOr('field_invalid')).default(false),
  disabled: z.boolean(requiredOr('field_invalid')).default(false),
}, requiredOr('field_invalid'));

export const incomeTaxInputSchema = z
  .object({
    /** ROC income year (113 = 2024 income, filed May 2025). */
    // One check for a number that is a year we have (being in the list implies a whole ROC
    // year), so the message always names the years; text that is no number says so instead.
    incomeYear: numberFromText('income_year_invalid').pipe(
      z.number().refine((year) => SUPPORTED_INCOME_YEARS.includes(year), {
        message: 'income_year_not_supported',
        params: { years: SUPPORTED_INCOME_YEARS.join(', ') },
      }),
    ),
    filingStatus: z.enum(FILING_STATUSES, requiredOr('filing_status_unknown')),
    taxpayer: householdMemberSchema,
    spouse: householdMemberSchema.optional(),
    dependants: z.array(householdMemberSchema, requiredOr('field_invalid')).max(20, 'too_many_dependants').default([]),
    /**
     * Older API form: interest already included in `otherIncome` that counts for the savings
     * deduction. Prefer each member's `interest`; both are added, never the same amount twice.
     */
    savingsInterest: ntdAmount.default(0),
    deduction: z.enum(DEDUCTION_METHODS, requiredOr('deduction_method_unknown')).default('auto'),
    /** Itemised deductions, already within their statutory limits. */
    itemisedDeductions: ntdAmount.default(0),
    /** Tuition paid for each dependent child at college or university. */
    tuitionPerStudent: z.array(ntdAmount, requiredOr('field_invalid')).max(20, 'students_exceed_dependants').default([]),
    /** Dependent children aged 6 and under. */
    preschoolChildren: wholeCount.default(0),
    /** Household members who meet the long-term care conditions. */
    longTermCarePersons: wholeCount.default(0),
    /** Rent paid for the household's home during the year. */
    rentPaid: ntdAmount.default(0),
    /** Tax already withheld (扣繳稅額) on the household's income, from the withholding slips. */
    withheld: ntdAmount.default(0),
    /** Tax already paid in advance for the year (e.g. 暫繳 or an earlier self-payment). */
    prepaid: ntdAmount.default(0),
  }, requiredOr('field_invalid'))
  .superRefine((input, ctx) => {
    for (const issue of crossFieldIssues(input)) ctx.addIssue({ code: 'custom', ...issue });
  });

type CrossFieldIssue = { path: (string | number)[]; message: TaxMessageCode; params?: { year: number } };

/**
 * The rules between fields, for an input whose fields are each valid: the schema reports them,
 * and the quick path (income-tax-quick.ts) leaves any input that breaks one to the schema.
 */
export function crossFieldIssues(input: IncomeTaxParsedInput): CrossFieldIssue[] {
  const issues: CrossFieldIssue[] = [];
  if (input.filingStatus === 'married' && !input.spouse) issues.push({ path: ['spouse'], message: 'spouse_required' });
  if (input.filingStatus === 'single' && input.spouse) issues.push({ path: ['spouse'], message: 'spouse_not_allowed' });
  const members = [input.taxpayer, ...(input.spouse ? [input.spouse] : []), ...input.dependants];
  const otherIncome = members.reduce((sum, m) => sum + m.otherIncome, 0);
  if (input.savingsInterest > otherIncome) issues.push({ path: ['savingsInterest'], message: 'savings_exceeds_income' });
  if (input.preschoolChildren > input.dependants.length) {
    issues.push({ path: ['preschoolChildren'], message: 'preschool_exceeds_dependants' });
  }
  if (input.tuitionPerStudent.length > input.dependants.length) {
    issues.push({ path: ['tuitionPerStudent'], message: 'students_exceed_dependants' });
  }
  if (input.longTermCarePersons > members.length) {
    issues.push({ path: ['longTermCarePersons'], message: 'long_term_care_exceeds_household' });
  }
  const year = incomeTaxYear(input.incomeYear);
  if (year) {
    for (const path of missingFigureIssues(year, input, members)) issues.push({ path, message: 'deduction_not_available_for_year', params: { year: year.rocYear } });
  }
  return issues;
}

/** Paths of inputs that need a figure the year's data does not have (e.g. 115's special deductions). */
function missingFigureIssues(
  year: IncomeTaxYear,
  input: { savingsInterest: number; tuitionPerStudent: number[]; preschoolChildren: number; longTermCarePersons: number; rentPaid: number; spouse?: unknown; dependants: unknown[] },
  members: ReadonlyArray<{ disabled: boolean; interest: number }>,
): (string | number)[][] {
  const paths: (string | number)[][] = [];
  if (!year.savingsDeduction && input.savingsInterest > 0) paths.push(['savingsInterest']);
  if (!year.savingsDeduction) {
    const roles = [['taxpayer'], ...(input.spouse ? [['spouse']] : []), ...input.dependants.map((_, i) => ['dependants', i])];
    members.forEach((m, i) => {
      if (m.interest > 0) paths.push([...(roles[i] ?? []), 'interest']);
    });
  }
  if (!year.tuitionDeductionPerStudent && input.tuitionPerStudent.some((t) => t > 0)) paths.push(['tuitionPerStudent']);
  if (!year.preschoolDeduction && input.preschoolChildren > 0) paths.push(['preschoolChildren']);
  if (!year.longTermCareDeduction && input.longTermCarePersons > 0) paths.push(['longTermCarePersons']);
  if (!year.rentDeduction && input.rentPaid > 0) paths.push(['rentPaid']);
  if (!year.disabilityDeduction) {
    const roles = [['taxpayer'], ...(input.spouse ? [['spouse']] : []), ...input.dependants.map((_, i) => ['dependants', i])];
    members.forEach((m, i) => {
      if (m.disabled) paths.push([...(roles[i] ?? []), 'disabled']);
    });
  }
  return paths;
}

export type IncomeTaxInput = z.input<typeof incomeTaxInputSchema>;
export type IncomeTaxParsedInput = z.output<typeof incomeTaxInputSchema>;
export type HouseholdMember = z.output<typeof householdMemberSchema>;
