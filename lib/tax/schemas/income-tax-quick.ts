/**
 * The income-tax input as incomeTaxInputSchema parses it, without zod, for the common body: JSON
 * numbers for amounts and counts, known words for the choices, every rule between fields kept.
 * Anything else (text amounts, a missing or wrong field, a rule broken) returns undefined and is
 * left to the schema, which decides and words the errors. Zod's generic machinery was about a
 * third of the calculation in the server (docs/benchmarks.md, issue 17); a property test holds
 * this to the schema (tests/unit/tax-income-quick-input.test.ts).
 */
import { SUPPORTED_INCOME_YEARS } from '../data/income-tax-years';
import { MAX_AMOUNT } from './common';
import {
  crossFieldIssues,
  DEDUCTION_METHODS,
  FILING_STATUSES,
  type DeductionMethod,
  type FilingStatus,
  type HouseholdMember,
  type IncomeTaxParsedInput,
} from './income-tax';

/** The schema's limits on the two lists (dependants, tuition per student). */
const MAX_LIST = 20;
/** wholeCount's limit. */
const MAX_COUNT = 100;

type Json = Record<string, unknown>;

function isPlainObject(value: unknown): value is Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A whole JSON number from 0 to `max` (default 0 when absent); NaN when the schema must decide. */
function wholeUpTo(value: unknown, max: number): number {
  if (value === undefined) return 0;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max ? value : Number.NaN;
}

/** ntdAmount for a JSON number. */
const amount = (value: unknown): number => wholeUpTo(value, MAX_AMOUNT);

/** wholeCount for a JSON number. */
const count = (value: unknown): number => wholeUpTo(value, MAX_COUNT);

/** A boolean with default false; undefined when the schema must decide. */
function flag(value: unknown): boolean | undefined {
  if (value === undefined) return false;
  return typeof value === 'boolean' ? value : undefined;
}

function member(value: unknown): HouseholdMember | undefined {
  if (!isPlainObject(value)) return undefined;
  const salary = amount(value.salary);
  const interest = amount(value.interest);
  const dividends = amount(value.dividends);
  const otherIncome = amount(value.otherIncome);
  const age70Plus = flag(value.age70Plus);
  const disabled = flag(value.disabled);
  // NaN fails every comparison: one test per amount.
  if (!(salary >= 0 && interest >= 0 && dividends >= 0 && otherIncome >= 0) || age70Plus === undefined || disabled === undefined) return undefined;
  return { salary, interest, dividends, otherIncome, age70Plus, disabled };
}

/** A list of at most MAX_LIST items each read by `item`; undefined when the schema must decide. */
function listOf<T>(value: unknown, item: (value: unknown) => T | undefined): T[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_LIST) return undefined;
  const out: T[] = [];
  for (const entry of value) {
    const parsed = item(entry);
    if (parsed === undefined) return undefined;
    out.push(parsed);
  }
  return out;
}

/** A listed amount: present (a hole or `undefined` in the list is the schema's to word) and not negative or NaN. */
function listedAmount(value: unknown): number | undefined {
  const a = amount(value);
  return a >= 0 && value !== undefined ? a : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback?: T): T | undefined {
  if (value === undefined) return fallback;
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/** What incomeTaxInputSchema.parse(json) returns, or undefined to let the schema decide. */
export function quickIncomeTaxInput(json: unknown): IncomeTaxParsedInput | undefined {
  if (!isPlainObject(json)) return undefined;
  const incomeYear = json.incomeYear;
  if (typeof incomeYear !== 'number' || !SUPPORTED_INCOME_YEARS.includes(incomeYear)) return undefined;
  const filingStatus = oneOf<FilingStatus>(json.filingStatus, FILING_STATUSES);
  const taxpayer = member(json.taxpayer);
  const spouse = json.spouse === undefined ? undefined : member(json.spouse);
  const dependants = listOf(json.dependants, member);
  const deduction = oneOf<DeductionMethod>(json.deduction, DEDUCTION_METHODS, 'auto');
  const tuitionPerStudent = listOf(json.tuitionPerStudent, listedAmount);
  const savingsInterest = amount(json.savingsInterest);
  const itemisedDeductions = amount(json.itemisedDeductions);
  const rentPaid = amount(json.rentPaid);
  const withheld = amount(json.withheld);
  const prepaid = amount(json.prepaid);
  const preschoolChildren = count(json.preschoolChildren);
  const longTermCarePersons = count(json.longTermCarePersons);
  if (
    !filingStatus ||
    !taxpayer ||
    (json.spouse !== undefined && !spouse) ||
    !dependants ||
    !deduction ||
    !tuitionPerStudent ||
    !(savingsInterest >= 0 && itemisedDeductions >= 0 && rentPaid >= 0 && withheld >= 0 && prepaid >= 0) ||
    !(preschoolChildren >= 0 && longTermCarePersons >= 0)
  ) {
    return undefined;
  }
  // The schema's key order (an absent spouse stays absent, as zod leaves it).
  const input: IncomeTaxParsedInput = {
    incomeYear,
    filingStatus,
    taxpayer,
    ...(spouse ? { spouse } : {}),
    dependants,
    savingsInterest,
    deduction,
    itemisedDeductions,
    tuitionPerStudent,
    preschoolChildren,
    longTermCarePersons,
    rentPaid,
    withheld,
    prepaid,
  };
  return crossFieldIssues(input).length === 0 ? input : undefined;
}
