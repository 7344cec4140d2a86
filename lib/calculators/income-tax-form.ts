/**
 * The income tax calculator's form. Each person is a group of fields ('taxpayer.salary',
 * 'spouse.age70Plus', 'dependants.2.tuition'); the household counts the calculator needs
 * (preschool children, people in long-term care, tuition per student) are ticked per person,
 * which is how a filer knows them. A dependant row counts once its relationship is chosen or
 * anything is typed in it; blank rows are ignored, so a form without JavaScript can offer a
 * fixed number of rows.
 */
import {
  calculateIncomeTax,
  DEDUCTION_METHODS,
  FILING_STATUSES,
  SUPPORTED_INCOME_YEARS,
  type IncomeTaxInput,
  type IncomeTaxResult,
  type TaxLocale,
} from '@/lib/tax';
import { isChecked, textOrUndefined, type FormValues } from './form-values';
import { runCalculator, type Mapped, type Outcome } from './outcome';
import { rocYearOf } from '@/lib/taiwan';

/** The schema's limit. */
export const MAX_DEPENDANTS = 20;
/** Dependant rows a form without JavaScript offers (blank ones are ignored). */
export const NO_SCRIPT_DEPENDANT_ROWS = 4;

export const HOUSEHOLD_FIELDS = ['incomeYear', 'filingStatus', 'deduction', 'itemisedDeductions', 'rentPaid', 'withheld', 'prepaid'] as const;
/** Fields of the taxpayer and the spouse. */
export const PERSON_FIELDS = ['salary', 'interest', 'dividends', 'otherIncome', 'age70Plus', 'disabled', 'longTermCare'] as const;
/** Fields of a dependant: the relationship, a person's fields, and the two only children have. */
export const DEPENDANT_FIELDS = ['relation', ...PERSON_FIELDS, 'preschool', 'tuition'] as const;
export type DependantField = (typeof DEPENDANT_FIELDS)[number];
/**
 * Not sent to the calculator: it says which ticks apply (70+ to lineal ascendants, preschool
 * and tuition to children) and makes a row with no income a dependant.
 */
export const RELATIONS = ['child', 'ascendant', 'sibling', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];
export const CHECKBOX_FIELDS: ReadonlySet<string> = new Set(['age70Plus', 'disabled', 'longTermCare', 'preschool']);

const DEPENDANT_NAME = /^dependants\.(\d{1,2})\.([A-Za-z0-9]+)$/;

export function acceptsIncomeTaxField(name: string): boolean {
  if ((HOUSEHOLD_FIELDS as readonly string[]).includes(name)) return true;
  const [role, field] = name.split('.');
  if ((role === 'taxpayer' || role === 'spouse') && (PERSON_FIELDS as readonly string[]).includes(field ?? '') && name.split('.').length === 2) return true;
  const match = DEPENDANT_NAME.exec(name);
  return match !== null && Number(match[1]) < MAX_DEPENDANTS && (DEPENDANT_FIELDS as readonly string[]).includes(match[2] ?? '');
}

export const dependantField = (row: number, field: DependantField) => `dependants.${row}.${field}`;

/** The rows the values hold (a row exists once any of its fields is present, even blank), ascending. */
export function dependantRows(values: FormValues): number[] {
  const rows = new Set<number>();
  for (const name of Object.keys(values)) {
    const match = DEPENDANT_NAME.exec(name);
    if (match) rows.add(Number(match[1]));
  }
  return [...rows].sort((a, b) => a - b);
}

/** The rows that are dependants: blank rows (nothing chosen, typed or ticked) are not. */
export function countedDependantRows(values: FormValues): number[] {
  return dependantRows(values).filter((row) => !isBlankRow(values, row));
}

function isBlankRow(values: FormValues, row: number): boolean {
  return DEPENDANT_FIELDS.every((field) => (values[dependantField(row, field)] ?? '').trim() === '' || (CHECKBOX_FIELDS.has(field) && !isChecked(values[dependantField(row, field)])));
}

/** Values with a new dependant row (the lowest free row number; a child), or unchanged when full. */
export function addDependantRow(values: FormValues): FormValues {
  const used = new Set(dependantRows(values));
  if (used.size >= MAX_DEPENDANTS) return values;
  let row = 0;
  while (used.has(row)) row += 1;
  const blank = Object.fromEntries(DEPENDANT_FIELDS.map((field) => [dependantField(row, field), field === 'relation' ? 'child' : '']));
  return { ...values, ...blank };
}

/**
 * Whether a dependant's tick or field applies to the relationship: 70+ to lineal ascendants,
 * preschool and tuition to children (所得稅法 §17); everything when none is chosen.
 */
export function appliesTo(relation: string | undefined, field: DependantField): boolean {
  const chosen = (relation ?? '').trim();
  if (field === 'age70Plus') return chosen === '' || chosen === 'ascendant';
  if (field === 'preschool' || field === 'tuition') return chosen === '' || chosen === 'child';
  return true;
}

/** A new relationship for a row, clearing the ticks and fields that no longer apply. */
export function setRelation(values: FormValues, row: number, relation: string): FormValues {
  const next: Record<string, string> = { ...values, [dependantField(row, 'relation')]: relation };
  for (const field of DEPENDANT_FIELDS) {
    if (!appliesTo(relation, field)) next[dependantField(row, field)] = '';
  }
  return next;
}

export function removeDependantRow(values: FormValues, row: number): FormValues {
  const prefix = `dependants.${row}.`;
  return Object.fromEntries(Object.entries(values).filter(([name]) => !name.startsWith(prefix)));
}

/** The latest supported income year whose return is due by `today`'s year (114 in 2026). */
export function defaultIncomeYear(today: string): number {
  const latestFiled = rocYearOf(Number(today.slice(0, 4)) - 1);
  const due = SUPPORTED_INCOME_YEARS.filter((year) => year <= latestFiled);
  return due.at(-1) ?? SUPPORTED_INCOME_YEARS[0] ?? latestFiled;
}

export function incomeTaxDefaults(today: string): FormValues {
  return {
    incomeYear: String(defaultIncomeYear(today)),
    filingStatus: FILING_STATUSES[0],
    ...Object.fromEntries(PERSON_FIELDS.map((field) => [`taxpayer.${field}`, ''])),
    deduction: DEDUCTION_METHODS[0],
    itemisedDeductions: '',
    rentPaid: '',
    withheld: '',
    prepaid: '',
  };
}

export function incomeTaxInput(values: FormValues): Mapped<IncomeTaxInput> {
  const amount = (name: string) => textOrUndefined(values[name]);
  const person = (prefix: string, relation?: string) => ({
    salary: amount(`${prefix}.salary`),
    interest: amount(`${prefix}.interest`),
    dividends: amount(`${prefix}.dividends`),
    otherIncome: amount(`${prefix}.otherIncome`),
    age70Plus: isChecked(values[`${prefix}.age70Plus`]) && appliesTo(relation, 'age70Plus'),
    disabled: isChecked(values[`${prefix}.disabled`]),
  });
  const married = values.filingStatus === 'married';
  const rows = countedDependantRows(values);
  const relationOf = (row: number) => values[dependantField(row, 'relation')];
  // A tick or an amount that does not fit the relationship (tuition for a parent) does not count.
  const applies = (row: number, field: DependantField) => appliesTo(relationOf(row), field);
  const students = rows.filter((row) => applies(row, 'tuition') && amount(dependantField(row, 'tuition')) !== undefined);
  const ticked = (name: string) => isChecked(values[name]);
  const careFields = [
    'taxpayer.longTermCare',
    ...(married ? ['spouse.longTermCare'] : []),
    ...rows.map((row) => dependantField(row, 'longTermCare')),
  ].filter(ticked);
  const preschoolFields = rows.filter((row) => applies(row, 'preschool')).map((row) => dependantField(row, 'preschool')).filter(ticked);

  const input = {
    incomeYear: textOrUndefined(values.incomeYear),
    filingStatus: textOrUndefined(values.filingStatus),
    taxpayer: person('taxpayer'),
    ...(married ? { spouse: person('spouse') } : {}),
    dependants: rows.map((row) => person(`dependants.${row}`, relationOf(row))),
    deduction: textOrUndefined(values.deduction),
    itemisedDeductions: amount('itemisedDeductions'),
    tuitionPerStudent: students.map((row) => amount(dependantField(row, 'tuition'))),
    preschoolChildren: preschoolFields.length,
    longTermCarePersons: careFields.length,
    rentPaid: amount('rentPaid'),
    withheld: amount('withheld'),
    prepaid: amount('prepaid'),
  } as IncomeTaxInput;

  const fieldFor = (path: readonly PropertyKey[]): string => {
    const [head, index, field] = path.map(String);
    if (head === 'dependants' && index !== undefined) {
      const row = rows[Number(index)];
      return row === undefined ? 'form' : field ? dependantField(row, field as DependantField) : dependantField(row, 'salary');
    }
    if (head === 'taxpayer' || head === 'spouse') return `${head}.${field ?? index ?? 'salary'}`;
    if (head === 'tuitionPerStudent') {
      const row = students[Number(index ?? 0)] ?? students[0];
      return row === undefined ? 'form' : dependantField(row, 'tuition');
    }
    if (head === 'preschoolChildren') return preschoolFields[0] ?? 'form';
    if (head === 'longTermCarePersons') return careFields[0] ?? 'form';
    return head ?? 'form';
  };
  return { input, fieldFor };
}

export function runIncomeTax(values: FormValues, locale: TaxLocale): Outcome<IncomeTaxResult> {
  return runCalculator(values, locale, incomeTaxInput, calculateIncomeTax);
}
