/**
 * Individual income tax trial calculation (綜合所得稅試算) for an income year in the data:
 * exemptions, the standard or itemised deduction, special deductions, the basic-living-expense
 * difference, brackets → tax payable, marginal and effective rates; for couples, each
 * computation §15 allows (combined, or either spouse's salary separately) and the lowest.
 *
 * Rounding: net incomes are whole NTD (inputs are); each computation's tax, net × rate −
 * progressive difference, is rounded once to whole NTD by the rule in data/rounding.ts (half up).
 * A salary-separate result is the sum of its two rounded parts.
 */
import { incomeTaxYear, SUPPORTED_INCOME_YEARS } from './data/income-tax-years';
import { TaxInputError } from './errors';
import { bracketFor } from './income-tax-brackets';
import { householdDeductions, type HouseholdDeductions } from './income-tax-deductions';
import { allComputations, combinedNet, lowest, type IncomeTaxComputation, type IncomeTaxMethod } from './income-tax-methods';
import {
  basicLivingStep,
  choiceStep,
  computationStep,
  exemptionStep,
  generalDeductionStep,
  incomeStep,
  type SpecialTexts,
  netIncomeStep,
  payableStep,
  specialDeductionSteps,
} from './income-tax-steps';
import { formatNtd, smallerOf } from './money';
import { roundingStep, roundingWarning } from './rounding-step';
import { incomeTaxInputSchema, type IncomeTaxInput } from './schemas/income-tax';
import { quickIncomeTaxInput } from './schemas/income-tax-quick';
import { DIVIDEND_CREDIT } from './data/income-tax-credits';
import { creditSteps, excludedStep, settle, settlementStep } from './income-tax-settlement';
import type { LocalizedText, Step, TaxWarning } from './types';
import { caveatFor, uniqueWarnings, warning } from './warnings';

export type { IncomeTaxComputation, IncomeTaxMethod } from './income-tax-methods';

/** 所得稅法 §17: the long-term care and rent deductions stop at this applied rate. */
const RATE_TEST_PERCENT = 20;

export type IncomeTaxResult = Readonly<{
  incomeYear: number;
  /** Gregorian year of the income. */
  year: number;
  filedIn: string;
  /** True when a figure the law needs is not yet announced (115's basic living expense). */
  provisional: boolean;
  persons: number;
  totalIncome: number;
  exemptions: number;
  generalDeduction: HouseholdDeductions['general'];
  specialDeductions: HouseholdDeductions['special'];
  basicLiving: HouseholdDeductions['basicLiving'];
  /** Net taxable income of the combined computation (0 at least). */
  netTaxableIncome: number;
  computations: readonly IncomeTaxComputation[];
  method: IncomeTaxMethod;
  taxPayable: number;
  /** 8.5% of the dividends, at most 80,000 (confidence 'uncertain'); refundable like withholding. */
  dividendCredit: number;
  withheld: number;
  prepaid: number;
  /** Tax payable less the credits: positive = still to pay (應補稅額), negative = refund (應退稅額). */
  balance: number;
  outcome: 'pay' | 'refund' | 'settled';
  /** Rate of the highest bracket the chosen computation reaches, as a fraction; 0 with no net income. */
  marginalRate: number;
  /** Tax payable ÷ total income (0 with no income). */
  effectiveRate: number;
  warnings: readonly TaxWarning[];
  steps: readonly Step[];
}>;

/** A year whose basic living expense is not yet announced: its results are provisional. */
export function isProvisionalIncomeYear(rocYear: number): boolean {
  const year = incomeTaxYear(rocYear);
  return year !== undefined && !year.basicLivingExpense;
}

export function calculateIncomeTax(raw: IncomeTaxInput): IncomeTaxResult {
  // The common well-formed body without zod; the schema decides (and words) everything else.
  const input = quickIncomeTaxInput(raw) ?? incomeTaxInputSchema.parse(raw);
  const year = incomeTaxYear(input.incomeYear);
  if (!year) throw new TaxInputError('income_year_not_supported', ['incomeYear'], { years: SUPPORTED_INCOME_YEARS.join(', ') });
  const married = input.filingStatus === 'married';
  const brackets = year.brackets.value;

  const marginalOf = (c: IncomeTaxComputation) => Math.max(0, ...c.parts.filter((p) => p.net > 0).map((p) => bracketFor(brackets, p.net).ratePercent));
  const compute = (excludeRateTested: boolean) => {
    const d = householdDeductions(year, input, excludeRateTested);
    const computations = allComputations(d, brackets, married);
    return { d, computations, chosen: lowest(computations) };
  };
  // 所得稅法 §17: the long-term care and rent deductions are not allowed when the tax, after
  // deducting them, is still at the 20% rate or above. Computed with them first; if the rate
  // stays at 20% or more, computed again without them (removing them can only raise the rate).
  const first = compute(false);
  const rateTested = first.d.special.longTermCare + first.d.special.rent > 0;
  const { d, computations, chosen } = rateTested && marginalOf(first.chosen) >= RATE_TEST_PERCENT ? compute(true) : first;
  const net = combinedNet(d);
  const marginalPercent = marginalOf(chosen);
  const marginalRate = marginalPercent / 100;
  const effectiveRate = d.totalIncome > 0 ? chosen.tax / d.totalIncome : 0;
  const settlement = settle(chosen.tax, d.dividendIncome, input.withheld, input.prepaid);

  const warnings = uniqueWarnings([
    ...(isProvisionalIncomeYear(year.rocYear) ? [warning('income_year_provisional', { year: year.rocYear })] : []),
    ...(d.agedCount > 0 ? caveatFor(year.exemption70Plus, { 'zh-Hant-TW': '年滿 70 歲免稅額', en: 'the exemption for people aged 70+' }) : []),
    ...(d.basicLiving && (d.basicLiving.difference > 0 || d.special.rent > 0)
      ? caveatFor(year.basicLivingComparison, { 'zh-Hant-TW': '基本生活費比較項目', en: 'the items compared with the basic living expense' })
      : []),
    ...caveatFor(year.brackets, { 'zh-Hant-TW': `${year.rocYear} 年度課稅級距`, en: `the ${year.rocYear} tax brackets` }),
    ...(d.excluded ? [warning('rate_tested_deductions_excluded')] : []),
    ...(rateTested && !d.excluded ? [warning('basic_tax_not_modelled')] : []),
    ...(settlement.dividendCredit > 0 ? caveatFor(DIVIDEND_CREDIT, { 'zh-Hant-TW': '股利可抵減稅額（8.5%，每戶上限 8 萬元）', en: 'the dividend credit (8.5%, at most 80,000 per return)' }) : []),
    ...roundingWarning(),
  ]);

  const steps: Step[] = [
    incomeStep(d),
    exemptionStep(year, d),
    generalDeductionStep(year, d, married),
    ...specialDeductionSteps(year, d, specialFormulas(year, d.interestIncome + input.savingsInterest, d)),
    ...(d.excluded ? [excludedStep(d.excluded)] : []),
    basicLivingStep(year, d),
    netIncomeStep(d, net),
    ...computations.map((c) => computationStep(c, year)),
    ...(computations.length > 1 ? [choiceStep(chosen, computations)] : []),
    roundingStep(),
    payableStep(chosen.tax, marginalRate, effectiveRate),
    ...creditSteps(settlement, d.dividendIncome),
    settlementStep(settlement),
  ];

  return {
    incomeYear: year.rocYear,
    year: year.year,
    filedIn: year.filedIn,
    provisional: isProvisionalIncomeYear(year.rocYear),
    persons: d.members.length,
    totalIncome: d.totalIncome,
    exemptions: d.exemptions,
    generalDeduction: d.general,
    specialDeductions: d.special,
    basicLiving: d.basicLiving,
    netTaxableIncome: Math.max(0, net),
    computations,
    method: chosen.method,
    taxPayable: chosen.tax,
    ...settlement,
    marginalRate,
    effectiveRate,
    warnings,
    steps,
  };
}

/** Arithmetic (collapsed on the page) and the rule in words (shown), per special deduction. */
function specialFormulas(year: NonNullable<ReturnType<typeof incomeTaxYear>>, interest: number, d: HouseholdDeductions): SpecialTexts {
  const salaryCap = year.salaryDeduction.value;
  const earners = d.members.filter((m) => m.salary > 0);
  const capped = earners.map((m) => Math.min(m.salary, salaryCap));
  const each = earners.map((m) => smallerOf(m.salary, salaryCap));
  return {
    salary: {
      formula: `${capped.map(formatNtd).join(' + ')} = ${formatNtd(d.special.salary)}`,
      note: {
        'zh-Hant-TW': `每人薪資所得與上限 ${formatNtd(salaryCap)} 元，兩者取較小者：${each.map((t) => t['zh-Hant-TW']).join('；')}。`,
        en: `For each earner, the salary or the limit of ${formatNtd(salaryCap)}, whichever is smaller: ${each.map((t) => t.en).join('; ')}.`,
      },
    },
    ...(year.savingsDeduction
      ? { savings: { note: withPeriod(smallerOf(interest, year.savingsDeduction.value), '利息與每戶上限：', 'Interest and the household limit: ') } }
      : {}),
    ...(year.disabilityDeduction
      ? { disability: { formula: `${d.special.disability / year.disabilityDeduction.value} × ${formatNtd(year.disabilityDeduction.value)} = ${formatNtd(d.special.disability)}` } }
      : {}),
  };
}

function withPeriod(text: LocalizedText, zhLead: string, enLead: string): LocalizedText {
  return { 'zh-Hant-TW': `${zhLead}${text['zh-Hant-TW']}。`, en: `${enLead}${text.en}.` };
}
